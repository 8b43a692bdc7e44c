import { CURRENCIES, type CurrencyCode } from '@ziba/money';

/**
 * A user's wallet holds at most its currency's maxWalletBalance, available and held together: an
 * entry that credits it beyond is refused (applyEntry, WALLET_BALANCE_LIMIT).
 */
export const beyondWalletLimit = (currency: CurrencyCode, available: bigint, held: bigint): boolean => available + held > CURRENCIES[currency].maxWalletBalance;

/**
 * The most a top-up can add to a wallet now, under that limit, never below zero: a page says it
 * before the card is charged instead of a refusal after the confirmation. Only riders top up (an
 * earner's wallet fills by earnings), so any other wallet has no room to offer.
 */
export function topUpRoom(ownerType: string, currency: CurrencyCode, available: bigint, held: bigint): bigint {
  if (ownerType !== 'RIDER') return 0n;
  const room = CURRENCIES[currency].maxWalletBalance - available - held;
  return room > 0n ? room : 0n;
}
