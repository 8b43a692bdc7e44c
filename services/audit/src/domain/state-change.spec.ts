import { describe, expect, it } from '@jest/globals';
import { stateChangeOf } from './state-change.ts';

describe('a record’s state change', () => {
  it('is the status event’s from and to', () => {
    expect(stateChangeOf('payout.status-changed.v1', 'PENDING', 'APPROVED')).toEqual({ from: 'PENDING', to: 'APPROVED' });
    expect(stateChangeOf('trip.status-changed.v1', null, 'REQUESTED')).toEqual({ from: '', to: 'REQUESTED' });
    // A payout account: an admin's review of one in review, or a new account's first status.
    expect(stateChangeOf('payout.method-changed.v1', 'PENDING_REVIEW', 'VERIFIED')).toEqual({ from: 'PENDING_REVIEW', to: 'VERIFIED' });
    expect(stateChangeOf('payout.method-changed.v1', null, 'PENDING_REVIEW')).toEqual({ from: '', to: 'PENDING_REVIEW' });
  });
  it('is nothing for other events, even with such fields', () => {
    expect(stateChangeOf('wallet.entry-posted.v1', 'A', 'B')).toBeNull();
    // A user's block or a driver's suspension is said by its change: a block reads apart from an unblock.
    expect(stateChangeOf('identity.user-status-changed.v1', null, null, 'BLOCKED')).toEqual({ from: '', to: 'BLOCKED' });
    expect(stateChangeOf('identity.user-status-changed.v1', null, null, 'DRIVER_REINSTATED')).toEqual({ from: '', to: 'DRIVER_REINSTATED' });
    expect(stateChangeOf('identity.user-status-changed.v1', null, null, null)).toBeNull();
    expect(stateChangeOf('identity.admin-access-changed.v1', null, null, 'PERMISSIONS_CHANGED')).toEqual({ from: '', to: 'PERMISSIONS_CHANGED' });
    expect(stateChangeOf('payout.status-changed.v1', 'PENDING', null)).toBeNull();
  });
});
