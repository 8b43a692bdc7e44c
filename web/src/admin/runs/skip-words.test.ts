import { expect, it } from 'vitest';
import { skipReasonWords } from './skip-words.ts';

it('says why a weekly run skipped an earner, documents named as sent', () => {
  expect(skipReasonWords(['BELOW_AUTO_PAYOUT_THRESHOLD'])).toBe('Below the threshold.');
  expect(skipReasonWords(['DRIVER_NOT_VERIFIED', 'MISSING_DOCUMENT:NIN', 'MISSING_DOCUMENT:NID|PASSPORT'])).toBe(
    'Driver not verified. Missing document: NIN. Missing document: NID or PASSPORT.',
  );
});
