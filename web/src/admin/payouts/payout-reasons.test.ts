import { expect, it } from 'vitest';
import { payoutReasons } from './payout-reasons.ts';

it('labels each reason by what it is, so a paid payout does not read as failed', () => {
  expect(payoutReasons({ status: 'PAID', rejectionReason: null, failureReason: 'bank down' })).toEqual(['An earlier attempt failed: bank down']);
  expect(payoutReasons({ status: 'FAILED', rejectionReason: null, failureReason: 'bank down' })).toEqual(['Failed: bank down']);
  expect(payoutReasons({ status: 'REVERSED', rejectionReason: null, failureReason: 'account closed' })).toEqual(['Failed: account closed']);
  expect(payoutReasons({ status: 'REJECTED', rejectionReason: 'name mismatch', failureReason: null })).toEqual(['Rejected: name mismatch']);
  expect(payoutReasons({ status: 'PENDING', rejectionReason: null, failureReason: null })).toEqual([]);
});
