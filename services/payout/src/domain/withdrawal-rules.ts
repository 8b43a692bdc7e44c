import { PAID_AFTER_REVERSAL } from './payout-state.ts';

/** Facts the payout service knows when a withdrawal is asked for (identity's rules come separately). */
export interface WithdrawalFacts {
  amount: bigint;
  currency: string;
  walletCurrency: string;
  available: bigint;
  /** Commission the earner owes (the wallet's negative balance, from cash trips). */
  owed: bigint;
  minimum: bigint;
  hasOpenPayout: boolean;
  method: { status: string; usableFrom: Date } | null;
  recentAttempts: number;
  now: Date;
}

export const VELOCITY_LIMIT = 5; // requests per earner per hour
// Requests per client address per hour, across earners, from which the approving admin is warned.
// A warning, not a refusal: many earners share one address behind a carrier's NAT, and one of them
// must not be able to stop the others' withdrawals for an hour.
export const NETWORK_FLAG_THRESHOLD = 20;
export const VELOCITY_WINDOW_MS = 3_600_000;

/** What an earner may take out: available minus owed (SPEC 6, 12.8), never below zero. */
export const withdrawable = (available: bigint, owed: bigint): bigint => (available > owed ? available - owed : 0n);

/**
 * SPEC section 6's request rules that belong to payouts, each failure named. Together with
 * identity's eligibility reasons they make the BLOCKED record.
 */
export function withdrawalRefusals(f: WithdrawalFacts): string[] {
  const reasons: string[] = [];
  if (f.currency !== f.walletCurrency) reasons.push('CURRENCY_MISMATCH');
  if (f.amount <= 0n) reasons.push('AMOUNT_NOT_POSITIVE');
  // The minimum is in the wallet's currency: an amount in another one is not compared with it.
  else if (f.currency === f.walletCurrency && f.amount < f.minimum) reasons.push('BELOW_MINIMUM_WITHDRAWAL');
  if (f.currency === f.walletCurrency && f.amount > f.available) reasons.push('INSUFFICIENT_FUNDS');
  // Paying out commission the earner owes would lose it; named apart so the earner knows why.
  if (f.currency === f.walletCurrency && f.owed > 0n && f.amount > withdrawable(f.available, f.owed)) reasons.push('INSUFFICIENT_WITHDRAWABLE_FUNDS');
  return [...reasons, ...standingRefusals(f)];
}

/**
 * Every reason a withdrawal is refused, each once, in the order a BLOCKED record and the withdrawal
 * terms name them: identity's, the payout rules', then the mode's.
 */
export const allRefusals = (identity: readonly string[], payout: readonly string[], mode: readonly string[]): string[] => [
  ...new Set([...identity, ...payout, ...mode]),
];

/**
 * The refusals that hold whatever the amount (a subset of withdrawalRefusals'), so the form can say
 * them before the earner types one: a withdrawal under way, no account that can be paid yet, the
 * hourly limit.
 */
export function standingRefusals(f: Pick<WithdrawalFacts, 'hasOpenPayout' | 'method' | 'recentAttempts' | 'now'>): string[] {
  const reasons: string[] = [];
  if (f.hasOpenPayout) reasons.push('OPEN_PAYOUT_EXISTS');
  if (!f.method) reasons.push('PAYOUT_METHOD_MISSING');
  else if (f.method.status === 'REJECTED')
    reasons.push('PAYOUT_METHOD_REJECTED'); // another account must be added; waiting will not help
  else if (f.method.status !== 'VERIFIED') reasons.push('PAYOUT_METHOD_NOT_VERIFIED');
  else if (f.method.usableFrom > f.now) reasons.push('PAYOUT_METHOD_COOLING_DOWN');
  if (f.recentAttempts >= VELOCITY_LIMIT) reasons.push('VELOCITY_LIMIT');
  return reasons;
}

/**
 * When the earner's hourly limit lifts: once their VELOCITY_LIMIT-th newest attempt of the hour is an
 * hour old, fewer than VELOCITY_LIMIT remain in the window. Null when the limit does not hold now.
 * `attempts`: the creation times of the earner's attempts within the last hour, newest first.
 */
export function velocityLiftsAt(attempts: readonly Date[]): Date | null {
  const oldestThatCounts = attempts[VELOCITY_LIMIT - 1];
  return oldestThatCounts ? new Date(oldestThatCounts.getTime() + VELOCITY_WINDOW_MS) : null;
}

/**
 * The flag an open payout gets when its earner replaces the payout account: it still names the
 * account it was requested to (safe if the change was a takeover, stale if that account was closed),
 * and the admin who approves, retries or marks it paid is told so and notes why.
 */
export const ACCOUNT_CHANGED_SINCE_REQUEST = 'PAYOUT_METHOD_CHANGED_SINCE_REQUEST';

/** Review flags a payout carries to the admin who approves it (an approval then needs a note). */
export function reviewFlags(f: {
  recentAttempts: number;
  /** Who asked: a weekly run's payout is not one more attempt of the earner's (manual_request when left out). */
  origin?: 'manual_request' | 'auto_weekly';
  /** Requests from the client's address this hour, by any earner. */
  recentAttemptsFromIp?: number;
  /** Whether the account holder's name is the earner's legal name now (null: no account to pay). */
  method: { replacedPrevious: boolean; createdAt: Date; holderIsLegalName?: boolean } | null;
  now: Date;
  returnedBefore?: boolean;
  /** A payout of theirs was reversed, then reported paid by its provider: they were paid twice. */
  paidAfterReversal?: boolean;
}): string[] {
  const flags: string[] = [];
  // The name was matched when the account was linked; the legal name may have changed since (SPEC 6:
  // an account in another name is paid only after a manual review).
  if (f.method?.holderIsLegalName === false) flags.push('ACCOUNT_NAME_NOT_LEGAL_NAME');
  if (f.returnedBefore) flags.push('PAYOUT_RETURNED_BEFORE');
  if (f.paidAfterReversal) flags.push(PAID_AFTER_REVERSAL);
  const attempts = f.recentAttempts + (f.origin === 'auto_weekly' ? 0 : 1);
  if (attempts >= 3) flags.push('RAPID_WITHDRAWAL_ATTEMPTS');
  if ((f.recentAttemptsFromIp ?? 0) >= NETWORK_FLAG_THRESHOLD) flags.push('MANY_REQUESTS_FROM_NETWORK');
  if (f.method?.replacedPrevious && f.now.getTime() - f.method.createdAt.getTime() < 7 * 86_400_000) flags.push('PAYOUT_METHOD_RECENTLY_CHANGED');
  return flags;
}
