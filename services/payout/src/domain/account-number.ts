import { AppError } from '@ziba/service-kit/errors';

export const METHOD_TYPES = ['BANK', 'MOBILE_MONEY', 'CARD_FUTURE'] as const;

/** Digits only, 6 to 20 of them (NUBAN is 10, US accounts up to 17, bKash and Nagad wallets 11). */
export function normaliseAccountNumber(raw: string): string {
  const n = String(raw ?? '').replace(/[\s-]/g, '');
  if (!/^\d{6,20}$/.test(n)) throw new AppError('INVALID', 'INVALID_ACCOUNT_NUMBER', 'an account number has 6 to 20 digits');
  return n;
}

export const maskAccountNumber = (n: string): string => `****${n.slice(-4)}`;

/** What is known of a payout account against its earner: whose name it is in, and whether another earner has had its number. */
export interface MethodFacts {
  /** Null when it could not be checked now (identity did not answer). */
  holderIsLegalName: boolean | null;
  usedByAnotherEarner: boolean;
}

/**
 * Why a payout method needs an admin's review, for the reviewer to weigh: a holder who is not the
 * earner's legal name, a number another earner has had (passed between accounts, as account takeover
 * and mule rings do). None: it is usable as it is.
 */
export function methodReviewFlags(f: MethodFacts): string[] {
  const flags: string[] = [];
  if (f.holderIsLegalName === false) flags.push('ACCOUNT_NAME_NOT_LEGAL_NAME');
  if (f.holderIsLegalName === null) flags.push('ACCOUNT_NAME_NOT_CHECKED');
  if (f.usedByAnotherEarner) flags.push('ACCOUNT_NUMBER_OF_ANOTHER_EARNER');
  return flags;
}

/** A new payout method is usable at once only when nothing about it needs a review. */
export const initialMethodStatus = (f: MethodFacts): 'VERIFIED' | 'PENDING_REVIEW' => (methodReviewFlags(f).length === 0 ? 'VERIFIED' : 'PENDING_REVIEW');
