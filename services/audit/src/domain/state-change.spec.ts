import { describe, expect, it } from '@jest/globals';
import { stateChangeOf } from './state-change.ts';

describe('a record’s state change', () => {
  it('is the status event’s from and to', () => {
    expect(stateChangeOf('payout.status-changed.v1', 'PENDING', 'APPROVED')).toEqual({ from: 'PENDING', to: 'APPROVED' });
    expect(stateChangeOf('trip.status-changed.v1', null, 'REQUESTED')).toEqual({ from: '', to: 'REQUESTED' });
  });
  it('is nothing for other events, even with such fields', () => {
    expect(stateChangeOf('wallet.entry-posted.v1', 'A', 'B')).toBeNull();
    expect(stateChangeOf('payout.status-changed.v1', 'PENDING', null)).toBeNull();
  });
});
