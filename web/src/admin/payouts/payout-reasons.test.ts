import { expect, it } from 'vitest';
import { payoutReasons } from './payout-reasons.ts';

it('labels each reason by what it is, so a paid payout does not read as failed', () => {
  expect(payoutReasons({ status: 'PAID', reasons: [], rejectionReason: null, failureReason: 'bank down' })).toEqual(['An earlier attempt failed: bank down']);
  expect(payoutReasons({ status: 'FAILED', reasons: [], rejectionReason: null, failureReason: 'bank down' })).toEqual(['Failed: bank down']);
  expect(payoutReasons({ status: 'REVERSED', reasons: [], rejectionReason: null, failureReason: 'account closed' })).toEqual(['Failed: account closed']);
  expect(payoutReasons({ status: 'RETURNED', reasons: [], rejectionReason: null, failureReason: 'R03 account closed' })).toEqual([
    'Returned by the bank: R03 account closed',
  ]);
  expect(payoutReasons({ status: 'REJECTED', reasons: [], rejectionReason: 'name mismatch', failureReason: null })).toEqual(['Rejected: name mismatch']);
  expect(payoutReasons({ status: 'PENDING', reasons: [], rejectionReason: null, failureReason: null })).toEqual([]);
});

it('says which rules refused a blocked payout, and that no money is held for it', () => {
  expect(payoutReasons({ status: 'BLOCKED', reasons: ['INSUFFICIENT_FUNDS', 'BELOW_MINIMUM_WITHDRAWAL'], rejectionReason: null, failureReason: null })).toEqual(
    ['Refused: Insufficient funds; Below minimum withdrawal. No money is held for it.'],
  );
});
