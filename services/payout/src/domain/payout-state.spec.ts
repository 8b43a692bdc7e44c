import { describe, expect, it } from '@jest/globals';
import { adminActionsFrom, adminMove, type PayoutStatus } from './payout-state.ts';

const STATUSES: PayoutStatus[] = ['REQUESTED', 'BLOCKED', 'PENDING', 'APPROVED', 'PROCESSING', 'PAID', 'FAILED', 'REJECTED', 'REVERSED', 'RETURNED'];

describe('adminActionsFrom', () => {
  it('names what an admin may do next from each status', () => {
    expect(adminActionsFrom('PENDING')).toEqual(['approve', 'reject']);
    expect(adminActionsFrom('APPROVED')).toEqual(['reject']);
    expect(adminActionsFrom('PROCESSING')).toEqual(['mark_paid', 'mark_failed']);
    expect(adminActionsFrom('FAILED')).toEqual(['retry', 'reverse']);
    for (const done of ['PAID', 'REJECTED', 'REVERSED', 'RETURNED', 'BLOCKED', 'REQUESTED'] as const) expect(adminActionsFrom(done)).toEqual([]);
  });

  it('offers exactly the actions adminMove accepts', () => {
    for (const status of STATUSES) {
      for (const action of ['approve', 'reject', 'mark_paid', 'mark_failed', 'retry', 'reverse']) {
        const offered = adminActionsFrom(status).includes(action as never);
        if (offered) expect(() => adminMove(status, action)).not.toThrow();
        else expect(() => adminMove(status, action)).toThrow();
      }
    }
  });
});
