import { describe, expect, it } from '@jest/globals';
import {
  adminActionsFor,
  adminActionsFrom,
  adminMove,
  isMoveOf,
  moveFields,
  providerMove,
  providerOutcomeTiming,
  reversalAtProvider,
  type PayoutStatus,
} from './payout-state.ts';

const STATUSES: PayoutStatus[] = ['REQUESTED', 'BLOCKED', 'PENDING', 'APPROVED', 'PROCESSING', 'PAID', 'FAILED', 'REJECTED', 'REVERSED', 'RETURNED'];

describe('adminActionsFor', () => {
  it('leaves approve out for the admin who approved already, and only approve', () => {
    expect(adminActionsFor('PENDING', 'manual', false)).toEqual(['approve', 'reject']);
    expect(adminActionsFor('PENDING', 'manual', true)).toEqual(['reject']);
    expect(adminActionsFor('PROCESSING', 'manual', true)).toEqual(adminActionsFrom('PROCESSING', 'manual'));
  });
});

describe('adminActionsFrom', () => {
  it('names what an admin may do next from each status', () => {
    expect(adminActionsFrom('PENDING', 'manual')).toEqual(['approve', 'reject']);
    expect(adminActionsFrom('APPROVED', 'manual')).toEqual(['reject']);
    expect(adminActionsFrom('PROCESSING', 'manual')).toEqual(['mark_paid', 'mark_failed']);
    expect(adminActionsFrom('FAILED', 'manual')).toEqual(['retry', 'reverse']);
    for (const done of ['REJECTED', 'REVERSED', 'RETURNED', 'BLOCKED', 'REQUESTED'] as const) expect(adminActionsFrom(done, 'manual')).toEqual([]);
  });

  it('a paid payout returned by the bank is recorded by an admin for the manual provider only; another provider reports it itself', () => {
    expect(adminActionsFrom('PAID', 'manual')).toEqual(['mark_returned']);
    expect(adminActionsFrom('PAID', 'simulated')).toEqual([]);
    expect(adminActionsFrom('PROCESSING', 'simulated')).toEqual(['mark_paid', 'mark_failed']);
  });

  it('offers exactly the actions adminMove accepts', () => {
    for (const status of STATUSES) {
      for (const action of ['approve', 'reject', 'mark_paid', 'mark_failed', 'retry', 'reverse', 'mark_returned']) {
        const offered = adminActionsFrom(status, 'manual').includes(action as never);
        if (offered) expect(() => adminMove(status, action)).not.toThrow();
        else expect(() => adminMove(status, action)).toThrow();
      }
    }
  });
});

describe('moveFields', () => {
  const note = { reason: 'why', reference: 'ref-1' };
  it('keeps the note each move is for', () => {
    expect(moveFields('reject', note, [])).toEqual({ rejectionReason: 'why' });
    expect(moveFields('mark_failed', note, [])).toEqual({ failureReason: 'why' });
    expect(moveFields('mark_paid', note, [])).toEqual({ externalReference: 'ref-1' });
    expect(moveFields('approve', note, [])).toEqual({});
  });

  it('keeps the failure of a payout sent again: the console says an earlier attempt failed', () => {
    expect(moveFields('retry', note, [])).toEqual({});
  });

  it('flags a returned payout once', () => {
    expect(moveFields('mark_returned', note, ['RAPID_WITHDRAWAL_ATTEMPTS'])).toEqual({
      failureReason: 'why',
      reviewFlags: ['RAPID_WITHDRAWAL_ATTEMPTS', 'PAYOUT_RETURNED'],
    });
    expect(moveFields('mark_returned', note, ['PAYOUT_RETURNED'])).toEqual({ failureReason: 'why', reviewFlags: ['PAYOUT_RETURNED'] });
  });
});

describe('isMoveOf: whether a step recorded under an Idempotency-Key is what a retried decision does', () => {
  it('is the move the action makes from where it started, and nothing else', () => {
    expect(isMoveOf({ from: 'PENDING', to: 'APPROVED' }, 'approve')).toBe(true);
    expect(isMoveOf({ from: 'PROCESSING', to: 'PAID' }, 'mark_paid')).toBe(true);
    expect(isMoveOf({ from: 'PENDING', to: 'APPROVED' }, 'reject')).toBe(false);
    expect(isMoveOf({ from: 'PROCESSING', to: 'PAID' }, 'mark_failed')).toBe(false);
    expect(isMoveOf({ from: null, to: 'REQUESTED' }, 'approve')).toBe(false);
  });
});

describe('a provider’s outcome, as it arrives', () => {
  it('applies from the step it follows, waits before it, and is past once the payout moved on', () => {
    const timing = (status: PayoutStatus, outcome: 'PAID' | 'FAILED' | 'RETURNED') => providerOutcomeTiming(status, outcome);
    expect([timing('PROCESSING', 'PAID'), timing('PROCESSING', 'FAILED'), timing('PAID', 'RETURNED')]).toEqual(['apply', 'apply', 'apply']);
    // Paid after it was reported failed, while its funds are still locked: the money left after all.
    expect(timing('FAILED', 'PAID')).toBe('apply');
    // Out of order: a return before its payment, an outcome before the payout was sent; a failed payout may still be retried and paid.
    for (const status of ['PENDING', 'APPROVED', 'PROCESSING', 'FAILED'] as const) expect(timing(status, 'RETURNED')).toBe('early');
    expect([timing('APPROVED', 'PAID'), timing('PENDING', 'FAILED')]).toEqual(['early', 'early']);
    // Moved on without it: a repeat, or an outcome overtaken by another.
    expect([
      timing('PAID', 'PAID'),
      timing('FAILED', 'FAILED'),
      timing('RETURNED', 'RETURNED'),
      timing('REVERSED', 'RETURNED'),
      timing('REVERSED', 'PAID'),
      timing('REJECTED', 'PAID'),
    ]).toEqual(['past', 'past', 'past', 'past', 'past', 'past']);
  });

  it('captures a payment reported after a failure, which an admin may not mark', () => {
    expect(providerMove('FAILED', 'mark_paid')).toMatchObject({ to: 'PAID', funds: 'capture' });
    expect(providerMove('PROCESSING', 'mark_paid')).toMatchObject({ to: 'PAID', funds: 'capture' });
    expect(() => providerMove('FAILED', 'mark_failed')).toThrow('cannot mark failed a payout that is FAILED');
    expect(() => providerMove('REVERSED', 'mark_paid')).toThrow('cannot mark paid a payout that is REVERSED');
    // An admin retries or reverses a failed payout; only the provider's word makes it paid.
    expect(() => adminMove('FAILED', 'mark_paid')).toThrow('cannot mark paid a payout that is FAILED');
  });
});

describe('a reversal, on what the provider says now', () => {
  it('gives the money back only once the provider confirms the failure or never had the transfer', () => {
    expect(['FAILED', 'NOT_FOUND', 'PAID', 'PROCESSING', 'ACCEPTED', 'UNKNOWN'].map(reversalAtProvider)).toEqual([
      'reverse',
      'reverse',
      'capture',
      'wait',
      'wait',
      'wait',
    ]);
  });
});
