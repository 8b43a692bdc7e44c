import { expect, it } from 'vitest';
import { payoutAccountState } from './payout-account-state.ts';

const now = new Date('2026-11-29T10:00:00Z');

it('says whether the account can be paid to, and from when after a change', () => {
  expect(payoutAccountState({ status: 'VERIFIED', usableFrom: '2026-11-28T10:00:00Z' }, now)).toBe('verified');
  expect(payoutAccountState({ status: 'VERIFIED', usableFrom: '2026-11-30T10:00:00Z' }, now)).toMatch(/^verified; withdrawals to it open .*2026/);
  expect(payoutAccountState({ status: 'PENDING_REVIEW', usableFrom: '2026-11-28T10:00:00Z' }, now)).toBe(
    'waiting for an admin to check it, as when the account name differs from your legal name; withdrawals to it open once it is verified',
  );
  // A changed account under review: the waiting period is said too, so the earner knows both.
  expect(payoutAccountState({ status: 'PENDING_REVIEW', usableFrom: '2026-11-30T10:00:00Z' }, now)).toMatch(
    /^waiting for an admin to check it, .+ once it is verified, and not before .*2026/,
  );
  expect(payoutAccountState({ status: 'REJECTED', usableFrom: '2026-11-28T10:00:00Z' }, now)).toBe('rejected: add another account to withdraw');
});
