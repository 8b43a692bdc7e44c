import { describe, expect, it } from '@jest/globals';
import { actionsWhileIneligible, approvalsRequired, creditBarsApproval, ineligibleFlags, nextApproval } from './approval-rules.ts';
import { adminActionsFrom } from './payout-state.ts';

describe('four-eyes approval', () => {
  it('offers no step that could pay an earner who may not be paid now', () => {
    expect(actionsWhileIneligible(adminActionsFrom('PENDING', 'manual'))).toEqual(['reject']);
    expect(actionsWhileIneligible(adminActionsFrom('PROCESSING', 'manual'))).toEqual(adminActionsFrom('PROCESSING', 'manual').filter((a) => a !== 'mark_paid'));
    expect(actionsWhileIneligible(adminActionsFrom('FAILED', 'manual'))).toEqual(['reverse']);
  });
  it('needs two approvals at or above the threshold, one below', () => {
    expect(approvalsRequired(49_999_999n, 50_000_000n)).toBe(1);
    expect(approvalsRequired(50_000_000n, 50_000_000n)).toBe(2);
    expect(approvalsRequired(50_000_001n, 50_000_000n)).toBe(2);
  });
  it('counts different admins and refuses the same one twice', () => {
    expect(nextApproval({ adminId: 'a', approvedBy: [], required: 2 })).toEqual({ given: 1, complete: false });
    expect(nextApproval({ adminId: 'a', approvedBy: ['a'], required: 2 })).toEqual({ refused: 'ALREADY_APPROVED_BY_YOU' });
    expect(nextApproval({ adminId: 'b', approvedBy: ['a'], required: 2 })).toEqual({ given: 2, complete: true });
    expect(nextApproval({ adminId: 'a', approvedBy: [], required: 1 })).toEqual({ given: 1, complete: true });
  });
  it('bars an admin who credited the earner by hand in the last 30 days, and only them', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    expect(creditBarsApproval(null, now)).toBe(false);
    expect(creditBarsApproval(daysAgo(0), now)).toBe(true);
    expect(creditBarsApproval(new Date(daysAgo(30).getTime() + 1), now)).toBe(true);
    expect(creditBarsApproval(daysAgo(30), now)).toBe(false);
  });
  it('records why an earner could not be paid as review flags, once each', () => {
    expect(ineligibleFlags(['RAPID_WITHDRAWAL_ATTEMPTS'], ['DRIVER_SUSPENDED'])).toEqual(['RAPID_WITHDRAWAL_ATTEMPTS', 'EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED']);
    expect(ineligibleFlags(['EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED'], ['DRIVER_SUSPENDED', 'USER_BLOCKED'])).toEqual([
      'EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED',
      'EARNER_NOT_ELIGIBLE:USER_BLOCKED',
    ]);
  });
});
