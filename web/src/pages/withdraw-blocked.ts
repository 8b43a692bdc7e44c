import { reasonWords, splitReason } from '../api/problem-words.ts';

/** Identity's reasons: what the earner sorts out on the Verification page (a document's carries its names). */
const VERIFICATION_REASONS = new Set([
  'PROFILE_MISSING',
  'PROFILE_REJECTED',
  'IDENTITY_NOT_VERIFIED',
  'ADDRESS_NOT_VERIFIED',
  'DRIVER_NOT_VERIFIED',
  'MISSING_DOCUMENT',
  'DOCUMENT_PENDING',
  'DOCUMENT_REJECTED',
  'DOCUMENT_EXPIRED',
]);

/**
 * Why the withdraw form is closed now, in words; `inProgress` when the only reason is a withdrawal
 * already under way, `lastFailed` when that withdrawal failed and waits for support, `verification`
 * when a reason is the earner's verification (the form then links to where it is done),
 * `payoutAccount` when there is no payout account yet and one can be added (the form points to where).
 */
export interface WithdrawBlock {
  reasons: string[];
  inProgress: boolean;
  lastFailed: boolean;
  verification: boolean;
  payoutAccount: boolean;
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
  return {
    reasons,
    inProgress,
    lastFailed: codes.includes('OPEN_PAYOUT_EXISTS') && openPayoutStatus === 'FAILED',
    verification: codes.some((r) => VERIFICATION_REASONS.has(splitReason(r).code)),
    // Not while the profile is missing: the payout account form itself asks for that first.
    payoutAccount: codes.includes('PAYOUT_METHOD_MISSING') && !codes.includes('PROFILE_MISSING'),
  };
}
