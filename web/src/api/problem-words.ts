import type { Problem } from '@ziba/api-client';
import { clockTime, dayAndTime } from '../dates.ts';

const BRIEFLY_UNAVAILABLE = 'This is briefly unavailable. Wait a moment, then try again.';

/** The refusal reasons the services send, in words a driver or rider understands. */
const REASONS: Record<string, string> = {
  PROFILE_MISSING: 'Add your identity profile first.',
  PROFILE_REJECTED: 'Your identity profile was rejected; update it.',
  IDENTITY_NOT_VERIFIED: 'Your identity is not verified yet.',
  ADDRESS_NOT_VERIFIED: 'Your address is not verified yet.',
  DRIVER_NOT_VERIFIED: 'Your driver account is not verified yet: the Verification page shows what is missing or being checked.',
  DRIVER_SUSPENDED: 'Your driver account is suspended.',
  SUSPENDED: 'Your account is suspended.',
  USER_BLOCKED: 'Your account is blocked. Contact support.',
  PAYOUT_METHOD_MISSING: 'Add a payout account first.',
  ACCOUNT_ALREADY_LINKED: 'This account is linked to another user. Use an account in your own name.',
  PAYOUT_METHOD_NOT_VERIFIED: 'Your payout account is waiting for an admin to check it; withdrawals to it open once it is verified.',
  PAYOUT_METHOD_REJECTED: 'Your payout account was rejected; add another account to withdraw.',
  PAYOUT_METHOD_COOLING_DOWN: 'Your payout account changed recently; withdrawals to it open after the waiting period.',
  PAYOUT_METHOD_RECENTLY_CHANGED: 'Your payout account changed recently; withdrawals to it open after the waiting period.',
  OPEN_PAYOUT_EXISTS: 'You already have a withdrawal in progress.',
  BELOW_MINIMUM_WITHDRAWAL: 'The amount is below the minimum withdrawal.',
  INSUFFICIENT_FUNDS: 'Your available balance does not cover this amount.',
  INSUFFICIENT_WITHDRAWABLE_FUNDS: 'The amount is more than you can withdraw (commission you owe is taken first).',
  AMOUNT_NOT_POSITIVE: 'Enter an amount above zero.',
  CURRENCY_MISMATCH: 'The currency is not your wallet’s.',
  VELOCITY_LIMIT: 'Too many withdrawals in a short time; try again later.',
  RAPID_WITHDRAWAL_ATTEMPTS: 'Too many withdrawal attempts; try again later.',
  PAYOUT_RETURNED_BEFORE: 'A previous payout to this account was returned by the bank; contact support.',
  TEST_MODE_REAL_PAYOUT: 'Test accounts cannot be paid real money.',
  ROLE_CANNOT_WITHDRAW: 'Only drivers and restaurants withdraw.',
  ROLE_NOT_ALLOWED: 'Your account type cannot do this.',
  ROLE_NOT_DRIVER: 'Only drivers can do this.',
  FUNDS_ON_HOLD: 'Some of your funds are on hold for an active trip.',
  WALLET_BALANCE_LIMIT: 'Your wallet cannot hold that much. Add a smaller amount.',
  // A link to something that is gone, or is not this account's: the server's detail names its table.
  TRIP_NOT_FOUND: 'This trip or order was not found: the link may be wrong or out of date.',
  PAYOUT_NOT_FOUND: 'This payout was not found: the link may be wrong or out of date.',
  WALLET_NOT_FOUND: 'This wallet was not found.',
  USER_NOT_FOUND: 'This account was not found.',
  // An admin's money decisions refused: the server's words name API fields (externalReference).
  EXTERNAL_REFERENCE_USED: 'This receipt reference is recorded already, for another earner or amount. Nothing was recorded; check the reference.',
  OWED_EXCEEDED: 'The amount is more than the commission this earner owes.',
  NO_LOCKED_FARE: 'This online trip has no fare on hold any more (it was given back), so it cannot be settled.',
  // Come back: the server's own words name headers and keys a user never sees. A retry from the same
  // form goes under the same key (attempt-keys.ts), so it cannot move money twice.
  RATE_LIMITED: 'Too many requests right now. Wait a moment, then try again.',
  DATABASE_BUSY: 'We are very busy right now. Wait a moment, then try again.',
  DATABASE_UNAVAILABLE: BRIEFLY_UNAVAILABLE,
  DEPENDENCY_UNAVAILABLE: BRIEFLY_UNAVAILABLE,
  IDEMPOTENCY_STORE_UNAVAILABLE: BRIEFLY_UNAVAILABLE,
};

const DOCUMENT_NAMES: Record<string, string> = {
  DRIVER_LICENSE: 'driver’s licence',
  NIN: 'NIN (National Identification Number)',
  NID: 'national ID card',
  SSN_LAST4: 'last 4 digits of your SSN',
  STATE_ID: 'state ID',
  NATIONAL_ID: 'national ID card',
  PASSPORT: 'passport',
};

/** Identity's document reasons name the documents after a colon: MISSING_DOCUMENT:NIN|PASSPORT means either one. */
const DOCUMENT_REASONS: Record<string, (documents: string) => string> = {
  MISSING_DOCUMENT: (d) => `Upload your ${d}.`,
  DOCUMENT_PENDING: (d) => `Your ${d} is being checked.`,
  DOCUMENT_REJECTED: (d) => `Your ${d} was rejected; upload it again.`,
  DOCUMENT_EXPIRED: (d) => `Your ${d} has expired; upload a current one.`,
};

/** A reason code and what follows its colon, if anything: MISSING_DOCUMENT:NIN|PASSPORT is the code and either document. */
export function splitReason(reason: string): { code: string; documents: string[] } {
  const [code = '', documents] = reason.split(':', 2);
  return { code, documents: documents ? documents.split('|') : [] };
}

function reasonInWords(reason: string): string {
  if (REASONS[reason]) return REASONS[reason];
  const { code, documents } = splitReason(reason);
  const words = DOCUMENT_REASONS[code];
  if (words && documents.length) return words(documents.map((d) => DOCUMENT_NAMES[d] ?? d).join(' or '));
  return reason.replace(/_/g, ' ').toLowerCase();
}

/**
 * What to show for a refused request: the reasons in words when the server gave them, else its
 * detail. `words`: what a code means where it is met, when that differs from its usual words.
 */
export function problemWords(problem: Problem | undefined, words: Readonly<Record<string, string>> = {}): string[] {
  if (!problem) return ['Something went wrong. Try again.'];
  if (problem.reasons?.length) return problem.reasons.map(reasonInWords);
  // A page's address with an id that cannot be one (mistyped, or the 8 characters a list shows).
  if (problem.code === 'VALIDATION_FAILED' && problem.detail?.startsWith('params '))
    return ['The id in this address is incomplete or mistyped (a short id from a list is not enough). Open it from its list, or paste its full id.'];
  return [words[problem.code] ?? REASONS[problem.code] ?? (problem.detail ? asSentence(problem.detail) : problem.title)];
}

/** The server's words as a sentence: they start in lower case (they are also log lines); a field's name (countryCode: ...) stays as sent. */
const asSentence = (words: string) => {
  const s = /^\S+:/.test(words) || /^[a-z]+[A-Z]/.test(words) ? words : `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  return /[.!?]$/.test(s) ? s : `${s}.`;
};

/** What the server can tell beside a reason, which makes its words precise. */
export interface ReasonFacts {
  /** When the hourly withdrawal limit lifts (withdrawal terms' `velocityLimitLiftsAt`). */
  velocityLimitLiftsAt?: string | null;
  /** When withdrawals to a payout account that changed recently open (withdrawal terms' `payoutMethodUsableFrom`). */
  payoutMethodUsableFrom?: string | null;
  /** The state of the earner's withdrawal still open, from their payouts: FAILED waits for support. */
  openPayoutStatus?: string;
}

/** Reasons that say more when a fact is known; null falls back to the general words. */
const PRECISE_REASONS: Record<string, (facts: ReasonFacts) => string | null> = {
  VELOCITY_LIMIT: ({ velocityLimitLiftsAt }) =>
    velocityLimitLiftsAt ? `You have made as many withdrawal requests as an hour allows; you can ask again at ${clockTime(velocityLimitLiftsAt)}.` : null,
  PAYOUT_METHOD_COOLING_DOWN: ({ payoutMethodUsableFrom }) =>
    payoutMethodUsableFrom ? `Your payout account changed recently; withdrawals to it open ${dayAndTime(payoutMethodUsableFrom)}.` : null,
  // A failed payout stays open (its money locked) until support sends it again or gives it back.
  OPEN_PAYOUT_EXISTS: ({ openPayoutStatus }) =>
    openPayoutStatus === 'FAILED'
      ? 'See Payouts for why. You can withdraw again once support sends it again or returns it to your balance.'
      : openPayoutStatus
        ? 'Your withdrawal in progress must be paid, or given back to your balance, before you can ask for another.'
        : null,
};

/** Refusal reasons in words, precise where `facts` allow; none for none. */
export const reasonWords = (reasons: readonly string[], facts: ReasonFacts = {}): string[] =>
  reasons.map((r) => PRECISE_REASONS[r]?.(facts) ?? reasonInWords(r));
