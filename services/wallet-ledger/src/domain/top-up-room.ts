import { CURRENCIES, type CurrencyCode } from '@ziba/money';

/**
 * The most a top-up can add to a wallet now: its currency's maxWalletBalance less what it holds,
 * available and held (the bound applyEntry refuses beyond, WALLET_BALANCE_LIMIT), never below zero.
 * A page says it before the card is charged instead of a refusal after the confirmation.
 */
export function topUpRoom(currency: CurrencyCode, available: bigint, held: bigint): bigint {
  const room = CURRENCIES[currency].maxWalletBalance - available - held;
  return room > 0n ? room : 0n;
}
