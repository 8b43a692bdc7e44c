import { expect, it } from 'vitest';
import { flagAdvice, flagLabel } from './flag-label.ts';

it('says a flag in words, and what to check for it', () => {
  expect(flagLabel('PAYOUT_METHOD_CHANGED_SINCE_REQUEST')).toBe('Payout method changed since request');
  expect(flagAdvice('PAYOUT_METHOD_CHANGED_SINCE_REQUEST')).toMatch(/still goes to the account shown here.*reject the payout so they can ask again/);
  expect(flagAdvice('RAPID_WITHDRAWAL_ATTEMPTS')).toMatch(/^Several withdrawal requests within the hour/);
  expect(flagAdvice('PROVIDER_PAID_AFTER_REVERSAL')).toMatch(/paid twice: approve only once finance has recovered that amount/);
  // An earner who may not be paid is not a check for the admin: paying is not offered at all.
  expect(flagAdvice('EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED')).toBeNull();
});
