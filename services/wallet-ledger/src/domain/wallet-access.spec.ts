import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { limitedToOwnWallets, mayUseWalletOf } from './wallet-access.ts';

const userA: Actor = { type: 'USER', id: 'user-a', role: 'RIDER' };

describe('mayUseWalletOf', () => {
  it('lets a call acting for a user use that user’s own wallets only', () => {
    expect(mayUseWalletOf(userA, 'user-a')).toBe(true);
    expect(mayUseWalletOf(userA, 'user-b')).toBe(false);
    expect(limitedToOwnWallets(userA)).toBe(true);
  });

  it('lets staff, the jobs and services acting on their own (no actor) use any wallet', () => {
    for (const actor of [{ type: 'ADMIN', id: 'admin-1' }, { type: 'SYSTEM', id: 'weekly-jobs' }, null] as const) {
      expect(mayUseWalletOf(actor, 'user-b')).toBe(true);
      expect(limitedToOwnWallets(actor)).toBe(false);
    }
  });
});
