import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@ziba/service-kit';
import { meta, ngn, openWallet, startHarness, type Harness } from './harness.ts';
import { codeOf } from '@ziba/testing';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('wallet_access');
});
afterAll(async () => h?.stop());

describe('wallet-ledger checks whom a call acts for', () => {
  it('a call acting for user A cannot read or fund user B’s wallet, and B’s balance does not move', async () => {
    const a = await openWallet(h);
    const b = await openWallet(h);
    const forA = { actor: { type: 'USER', id: a.ownerId, role: 'RIDER' } satisfies Actor };

    expect(await codeOf(h.client.call('GetWallet', { walletId: b.id }, forA))).toBe('WALLET_NOT_FOUND');
    expect(await codeOf(h.client.call('GetWallet', { owner: { ownerId: b.ownerId, currency: 'NGN', mode: 'live' } }, forA))).toBe('WALLET_NOT_FOUND');
    expect(await codeOf(h.client.call('ListTransactions', { walletId: b.id, page: { pageSize: 20, cursor: '' } }, forA))).toBe('WALLET_NOT_FOUND');
    expect(await codeOf(h.client.call('AddFunds', { meta: meta(), walletId: b.id, amount: ngn(1_000) }, forA))).toBe('WALLET_NOT_FOUND');
    // Nor list everyone's wallets: that is a staff view.
    expect(await codeOf(h.client.call('ListWallets', { page: { pageSize: 10, cursor: '' } }, forA))).toBe('ADMIN_ONLY');
    expect((await h.client.call('GetWallet', { walletId: b.id })).availableBalance).toBe('0');
  });

  it('a call acting for user A uses A’s own wallet', async () => {
    const a = await openWallet(h);
    const forA = { actor: { type: 'USER', id: a.ownerId, role: 'RIDER' } satisfies Actor };

    expect((await h.client.call('GetWallet', { walletId: a.id }, forA)).id).toBe(a.id);
    expect((await h.client.call('GetWallet', { owner: { ownerId: a.ownerId, currency: 'NGN', mode: 'live' } }, forA)).id).toBe(a.id);
    await h.client.call('AddFunds', { meta: meta(), walletId: a.id, amount: ngn(1_000) }, forA);
    const statement = await h.client.call('ListTransactions', { walletId: a.id, page: { pageSize: 20, cursor: '' } }, forA);
    expect(statement.transactions).toHaveLength(1);
  });

  it('staff reach any wallet', async () => {
    const b = await openWallet(h);
    const admin = { actor: { type: 'ADMIN', id: 'admin-1' } satisfies Actor };
    expect((await h.client.call('GetWallet', { walletId: b.id }, admin)).id).toBe(b.id);
    expect(await codeOf(h.client.call('ListTransactions', { walletId: b.id, page: { pageSize: 20, cursor: '' } }, admin))).toBe('OK');
    expect((await h.client.call('ListWallets', { ownerId: b.ownerId, page: { pageSize: 10, cursor: '' } }, admin)).wallets.map((w) => w.id)).toEqual([b.id]);
  });
});
