import { reasonWords } from '../api/problem-words.ts';

/**
 * Why the withdraw form is closed now, in words; `inProgress` when the only reason is a withdrawal
 * already under way, `lastFailed` when that withdrawal failed and waits for support.
 */
export interface WithdrawBlock {
  reasons: string[];
  inProgress: boolean;
  lastFailed: boolean;
}

/**
 * Why the withdraw form is closed now: identity's eligibility reasons and the payout service's
 * standing ones (which include identity's, as a refused request would). The hourly limit says when it lifts, so the earner is not left guessing. A
 * withdrawal in progress is not a fault (it is what follows a successful one), so the form can say
 * it calmly rather than as a refusal.
 */
export function withdrawBlocked(
  eligibilityReasons: readonly string[],
  terms: { reasons: string[]; velocityLimitLiftsAt: string | null; payoutMethodUsableFrom?: string | null } | undefined,
  openPayoutStatus?: string,
): WithdrawBlock {
  // The terms repeat identity's reasons (a refused request names them all): each is said once.
  const standing = (terms?.reasons ?? []).filter((r) => !eligibilityReasons.includes(r));
  const reasons = [
    ...reasonWords(eligibilityReasons),
    ...reasonWords(standing, {
      velocityLimitLiftsAt: terms?.velocityLimitLiftsAt,
      payoutMethodUsableFrom: terms?.payoutMethodUsableFrom,
      openPayoutStatus,
    }),
  ];
  const inProgress = eligibilityReasons.length === 0 && standing.length > 0 && standing.every((r) => r === 'OPEN_PAYOUT_EXISTS');
  return { reasons, inProgress, lastFailed: standing.includes('OPEN_PAYOUT_EXISTS') && openPayoutStatus === 'FAILED' };
}
