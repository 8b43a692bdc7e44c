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
 * Why the withdraw form is closed now: the withdrawal terms name everything a request would be
 * refused for whatever the amount (identity's reasons first, then the payout service's). The hourly
 * limit says when it lifts, so the earner is not left guessing. A withdrawal in progress is not a
 * fault (it is what follows a successful one), so the form can say it calmly rather than as a refusal.
 */
export function withdrawBlocked(
  terms: { reasons: string[]; velocityLimitLiftsAt: string | null; payoutMethodUsableFrom?: string | null } | undefined,
  openPayoutStatus?: string,
): WithdrawBlock {
  const codes = terms?.reasons ?? [];
  const reasons = reasonWords(codes, {
    velocityLimitLiftsAt: terms?.velocityLimitLiftsAt,
    payoutMethodUsableFrom: terms?.payoutMethodUsableFrom,
    openPayoutStatus,
  });
  const inProgress = codes.length > 0 && codes.every((r) => r === 'OPEN_PAYOUT_EXISTS');
  return { reasons, inProgress, lastFailed: codes.includes('OPEN_PAYOUT_EXISTS') && openPayoutStatus === 'FAILED' };
}
