import { expect, it } from 'vitest';
import { withdrawBlocked } from './withdraw-blocked.ts';

it('says when the hourly limit lifts, and every other reason in words', () => {
  const liftsAt = '2026-11-29T14:32:00Z';
  const at = new Date(liftsAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  expect(withdrawBlocked({ reasons: ['VELOCITY_LIMIT'], velocityLimitLiftsAt: liftsAt })).toEqual({
    reasons: [`You have made as many withdrawal requests as an hour allows; you can ask again at ${at}.`],
    inProgress: false,
    lastFailed: false,
    verification: false,
    payoutAccount: false,
  });
  // The terms name identity's reasons too, as a refused request does.
  const { reasons } = withdrawBlocked({ reasons: ['DRIVER_NOT_VERIFIED', 'OPEN_PAYOUT_EXISTS'], velocityLimitLiftsAt: null });
  expect(reasons).toHaveLength(2);
  expect(reasons[1]).toBe('You already have a withdrawal in progress.');
  expect(withdrawBlocked(undefined)).toEqual({ reasons: [], inProgress: false, lastFailed: false, verification: false, payoutAccount: false });
});

it('says when withdrawals to a payout account that changed recently open', () => {
  const opens = '2026-12-01T09:15:00Z';
  const at = new Date(opens).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  expect(withdrawBlocked({ reasons: ['PAYOUT_METHOD_COOLING_DOWN'], velocityLimitLiftsAt: null, payoutMethodUsableFrom: opens }).reasons).toEqual([
    `Your payout account changed recently; withdrawals to it open ${at}.`,
  ]);
  expect(withdrawBlocked({ reasons: ['PAYOUT_METHOD_MISSING'], velocityLimitLiftsAt: null, payoutMethodUsableFrom: null }).reasons).toEqual([
    'Add a payout account first.',
  ]);
});

it('tells a withdrawal in progress apart from a real blocker', () => {
  const open = { reasons: ['OPEN_PAYOUT_EXISTS'], velocityLimitLiftsAt: null };
  expect(withdrawBlocked(open)).toEqual({
    reasons: ['You already have a withdrawal in progress.'],
    inProgress: true,
    lastFailed: false,
    verification: false,
    payoutAccount: false,
  });
  // Once the payouts are read: what to wait for, right under "Withdrawal requested" too.
  expect(withdrawBlocked(open, 'PENDING')).toEqual({
    reasons: ['Your withdrawal in progress must be paid, or given back to your balance, before you can ask for another.'],
    inProgress: true,
    lastFailed: false,
    verification: false,
    payoutAccount: false,
  });
  expect(withdrawBlocked(open, 'FAILED')).toEqual({
    reasons: ['See Payouts for why. You can withdraw again once support sends it again or returns it to your balance.'],
    inProgress: true,
    lastFailed: true,
    verification: false,
    payoutAccount: false,
  });
  expect(withdrawBlocked({ ...open, reasons: ['DRIVER_NOT_VERIFIED', 'OPEN_PAYOUT_EXISTS'] }).inProgress).toBe(false);
  expect(withdrawBlocked({ ...open, reasons: ['OPEN_PAYOUT_EXISTS', 'PAYOUT_METHOD_MISSING'] }).inProgress).toBe(false);
});

it('sends the earner to Verification when identity is what stops a withdrawal', () => {
  const terms = (reasons: string[]) => withdrawBlocked({ reasons, velocityLimitLiftsAt: null }).verification;
  expect(terms(['DRIVER_NOT_VERIFIED'])).toBe(true);
  expect(terms(['PAYOUT_METHOD_MISSING', 'MISSING_DOCUMENT:NIN|PASSPORT'])).toBe(true);
  expect(terms(['PROFILE_MISSING'])).toBe(true);
  expect(terms(['PAYOUT_METHOD_MISSING', 'VELOCITY_LIMIT'])).toBe(false);
  expect(terms([])).toBe(false);
});

it('points to the payout account form when there is no account yet, once the profile it needs is in', () => {
  expect(withdrawBlocked({ reasons: ['MISSING_DOCUMENT:NIN', 'PAYOUT_METHOD_MISSING'], velocityLimitLiftsAt: null })).toMatchObject({
    verification: true,
    payoutAccount: true,
  });
  expect(withdrawBlocked({ reasons: ['PROFILE_MISSING', 'PAYOUT_METHOD_MISSING'], velocityLimitLiftsAt: null })).toMatchObject({
    verification: true,
    payoutAccount: false,
  });
  expect(withdrawBlocked({ reasons: ['VELOCITY_LIMIT'], velocityLimitLiftsAt: null }).payoutAccount).toBe(false);
});
