import { describe, expect, it } from '@jest/globals';
import { allRefusals, reviewFlags, standingRefusals, velocityLiftsAt, withdrawable, withdrawalRefusals, type WithdrawalFacts } from './withdrawal-rules.ts';

const now = new Date('2026-11-21T12:00:00Z');
const facts = (over: Partial<WithdrawalFacts> = {}): WithdrawalFacts => ({
  amount: 200_000n,
  currency: 'NGN',
  walletCurrency: 'NGN',
  available: 500_000n,
  owed: 0n,
  minimum: 100_000n,
  hasOpenPayout: false,
  method: { status: 'VERIFIED', usableFrom: new Date('2026-11-01') },
  recentAttempts: 0,
  now,
  ...over,
});

describe('withdrawal rules', () => {
  it('allow a withdrawal that meets every rule', () => {
    expect(withdrawalRefusals(facts())).toEqual([]);
  });
  it('name every failed rule at once', () => {
    expect(withdrawalRefusals(facts({ currency: 'USD', hasOpenPayout: true, method: null, recentAttempts: 5 }))).toEqual([
      'CURRENCY_MISMATCH',
      'OPEN_PAYOUT_EXISTS',
      'PAYOUT_METHOD_MISSING',
      'VELOCITY_LIMIT',
    ]);
    expect(withdrawalRefusals(facts({ amount: 99_999n }))).toEqual(['BELOW_MINIMUM_WITHDRAWAL']);
    expect(withdrawalRefusals(facts({ amount: 500_001n }))).toEqual(['INSUFFICIENT_FUNDS']);
    expect(withdrawalRefusals(facts({ amount: 0n }))).toEqual(['AMOUNT_NOT_POSITIVE']);
    expect(withdrawalRefusals(facts({ method: { status: 'VERIFIED', usableFrom: new Date('2026-11-22') } }))).toEqual(['PAYOUT_METHOD_COOLING_DOWN']);
    expect(withdrawalRefusals(facts({ method: { status: 'PENDING_REVIEW', usableFrom: now } }))).toEqual(['PAYOUT_METHOD_NOT_VERIFIED']);
  });
  it('say before any amount what refuses every amount now, as the full rules would', () => {
    expect(standingRefusals(facts())).toEqual([]);
    expect(standingRefusals(facts({ hasOpenPayout: true, recentAttempts: 5 }))).toEqual(['OPEN_PAYOUT_EXISTS', 'VELOCITY_LIMIT']);
    expect(standingRefusals(facts({ recentAttempts: 4 }))).toEqual([]);
    expect(standingRefusals(facts({ method: null }))).toEqual(['PAYOUT_METHOD_MISSING']);
    expect(standingRefusals(facts({ method: { status: 'PENDING_REVIEW', usableFrom: now } }))).toEqual(['PAYOUT_METHOD_NOT_VERIFIED']);
    expect(standingRefusals(facts({ method: { status: 'REJECTED', usableFrom: now } }))).toEqual(['PAYOUT_METHOD_REJECTED']);
    expect(standingRefusals(facts({ method: { status: 'VERIFIED', usableFrom: new Date('2026-11-22') } }))).toEqual(['PAYOUT_METHOD_COOLING_DOWN']);
    // The full rules give every standing refusal too, after the amount's: withdrawalRefusals ends with standingRefusals.
    const f = facts({ amount: 1n, hasOpenPayout: true, method: null, recentAttempts: 7 });
    expect(withdrawalRefusals(f)).toEqual(['BELOW_MINIMUM_WITHDRAWAL', ...standingRefusals(f)]);
  });
  it('say when the hourly limit lifts: an hour after the fifth newest attempt of the hour', () => {
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    expect(velocityLiftsAt([])).toBeNull();
    expect(velocityLiftsAt([2, 10, 20, 30].map(minutesAgo))).toBeNull();
    expect(velocityLiftsAt([2, 10, 20, 30, 40].map(minutesAgo))).toEqual(new Date('2026-11-21T12:20:00Z'));
    // With more than five in the hour (refused attempts count too), the fifth newest must leave the window.
    expect(velocityLiftsAt([1, 2, 10, 20, 30, 40, 50].map(minutesAgo))).toEqual(new Date('2026-11-21T12:30:00Z'));
  });
  it('take at most available minus owed: commission owed on cash trips is not paid out', () => {
    expect(withdrawable(500_000n, 120_000n)).toBe(380_000n);
    expect(withdrawable(100_000n, 120_000n)).toBe(0n);
    expect(withdrawalRefusals(facts({ amount: 380_000n, owed: 120_000n }))).toEqual([]);
    expect(withdrawalRefusals(facts({ amount: 380_001n, owed: 120_000n }))).toEqual(['INSUFFICIENT_WITHDRAWABLE_FUNDS']);
    expect(withdrawalRefusals(facts({ amount: 500_001n, owed: 1n }))).toEqual(['INSUFFICIENT_FUNDS', 'INSUFFICIENT_WITHDRAWABLE_FUNDS']);
    expect(withdrawalRefusals(facts({ amount: 200_000n, available: 100_000n, owed: 300_000n }))).toEqual([
      'INSUFFICIENT_FUNDS',
      'INSUFFICIENT_WITHDRAWABLE_FUNDS',
    ]);
    // Another currency is refused as such, not measured against this wallet.
    expect(withdrawalRefusals(facts({ currency: 'USD', amount: 500_000n, owed: 120_000n }))).toEqual(['CURRENCY_MISMATCH']);
    // Nor against its minimum: 500 US cents is not "below" a minimum of 100,000 kobo.
    expect(withdrawalRefusals(facts({ currency: 'USD', amount: 500n }))).toEqual(['CURRENCY_MISMATCH']);
  });
  it('flag rapid attempts and a recently changed method for the approving admin', () => {
    expect(reviewFlags({ recentAttempts: 0, method: null, now })).toEqual([]);
    expect(reviewFlags({ recentAttempts: 2, method: { replacedPrevious: true, createdAt: new Date('2026-11-19') }, now })).toEqual([
      'RAPID_WITHDRAWAL_ATTEMPTS',
      'PAYOUT_METHOD_RECENTLY_CHANGED',
    ]);
    expect(reviewFlags({ recentAttempts: 0, method: { replacedPrevious: true, createdAt: new Date('2026-11-01') }, now })).toEqual([]);
    // A weekly run's payout is the platform's, not a third attempt of an earner who tried twice this hour.
    expect(reviewFlags({ recentAttempts: 2, origin: 'auto_weekly', method: null, now })).toEqual([]);
    expect(reviewFlags({ recentAttempts: 3, origin: 'auto_weekly', method: null, now })).toEqual(['RAPID_WITHDRAWAL_ATTEMPTS']);
    // Many requests from one address warn the admin; they refuse nobody (earners share carrier NAT addresses).
    expect(reviewFlags({ recentAttempts: 0, recentAttemptsFromIp: 19, method: null, now })).toEqual([]);
    expect(reviewFlags({ recentAttempts: 0, recentAttemptsFromIp: 20, method: null, now })).toEqual(['MANY_REQUESTS_FROM_NETWORK']);
    // An account whose holder is no longer the legal name goes to an admin with that said.
    const linked = { replacedPrevious: false, createdAt: new Date('2026-11-01') };
    expect(reviewFlags({ recentAttempts: 0, method: { ...linked, holderIsLegalName: false }, now })).toEqual(['ACCOUNT_NAME_NOT_LEGAL_NAME']);
    expect(reviewFlags({ recentAttempts: 0, method: { ...linked, holderIsLegalName: true }, now })).toEqual([]);
    // What earlier payouts went through: a bank's return, a payment made after it was reversed.
    expect(reviewFlags({ recentAttempts: 0, method: null, now, returnedBefore: true, paidAfterReversal: true })).toEqual([
      'PAYOUT_RETURNED_BEFORE',
      'PROVIDER_PAID_AFTER_REVERSAL',
    ]);
  });
});

describe('all refusals', () => {
  it('name each reason once, identity first, then the payout rules, then the mode', () => {
    expect(allRefusals(['DRIVER_NOT_VERIFIED', 'TEST_MODE_REAL_PAYOUT'], ['PAYOUT_METHOD_MISSING'], ['TEST_MODE_REAL_PAYOUT'])).toEqual([
      'DRIVER_NOT_VERIFIED',
      'TEST_MODE_REAL_PAYOUT',
      'PAYOUT_METHOD_MISSING',
    ]);
    expect(allRefusals([], [], [])).toEqual([]);
  });
});
