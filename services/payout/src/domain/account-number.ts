import { AppError } from '@ziba/service-kit/errors';

export const METHOD_TYPES = ['BANK', 'MOBILE_MONEY', 'CARD_FUTURE'] as const;

/** Digits only, 6 to 20 of them (NUBAN is 10, US accounts up to 17, bKash and Nagad wallets 11). */
export function normaliseAccountNumber(raw: string): string {
  const n = String(raw ?? '').replace(/[\s-]/g, '');
  if (!/^\d{6,20}$/.test(n)) throw new AppError('INVALID', 'INVALID_ACCOUNT_NUMBER', 'an account number has 6 to 20 digits');
  return n;
}

export const maskAccountNumber = (n: string): string => `****${n.slice(-4)}`;

/**
 * A new payout method is usable at once only when the account's holder is the earner's legal name and
 * no other earner has ever had this number: a number passed between accounts (the first earner moved
 * to a new method, another adds the old one) is what account takeover and mule rings look like.
 */
export const initialMethodStatus = (f: { holderIsLegalName: boolean; usedByAnotherEarner: boolean }): 'VERIFIED' | 'PENDING_REVIEW' =>
  f.holderIsLegalName && !f.usedByAnotherEarner ? 'VERIFIED' : 'PENDING_REVIEW';
