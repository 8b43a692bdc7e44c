import { CURRENCIES, type CurrencyCode } from '@ziba/money';
import { LedgerErrors } from './ledger-errors.ts';

/**
 * A user's wallet holds at most its currency's maxWalletBalance, available and held together: an
 * entry that credits it beyond is refused (applyEntry, WALLET_BALANCE_LIMIT).
 */
export const beyondWalletLimit = (currency: CurrencyCode, available: bigint, held: bigint): boolean => available + held > CURRENCIES[currency].maxWalletBalance;

/**
 * The most one top-up charges a card (₦1,000,000, $5,000, ৳100,000, GH₵10,000, KSh 100,000): a
 * rider's wallet pays for rides and meals, and a larger charge is a mistyped amount or a stolen card
 * more often than a customer (TOP_UP_LIMIT).
 */
export const TOP_UP_LIMIT: Record<CurrencyCode, bigint> = {
  NGN: 100_000_000n,
  USD: 500_000n,
  BDT: 10_000_000n,
  GHS: 1_000_000n,
  KES: 10_000_000n,
};

/** One top-up is at most TOP_UP_LIMIT: refused before the card is asked, so a mistyped amount is never authorised. */
export function requireTopUpWithinLimit(amount: bigint, currency: CurrencyCode): void {
  if (amount > TOP_UP_LIMIT[currency]) throw LedgerErrors.topUpLimit(TOP_UP_LIMIT[currency], currency);
}

/**
 * The most a top-up can add to a wallet now: one top-up's limit, and no more than the wallet can hold,
 * never below zero. A page says it before the card is charged instead of a refusal after the
 * confirmation. Only riders top up (an earner's wallet fills by earnings), so any other wallet has
 * no room to offer.
 */
export function topUpRoom(ownerType: string, currency: CurrencyCode, available: bigint, held: bigint): bigint {
  if (ownerType !== 'RIDER') return 0n;
  const room = CURRENCIES[currency].maxWalletBalance - available - held;
  const limit = TOP_UP_LIMIT[currency];
  return room <= 0n ? 0n : room < limit ? room : limit;
}
