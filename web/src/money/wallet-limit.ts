import { CURRENCIES, isCurrencyCode } from '@ziba/money';

/**
 * The most a wallet may hold in all (available plus locked), in minor units: the ledger refuses a
 * top-up beyond it (WALLET_BALANCE_LIMIT). Null for a currency this build does not know.
 */
export const walletLimit = (currency: string): string | null => (isCurrencyCode(currency) ? CURRENCIES[currency].maxWalletBalance.toString() : null);

/** Whether adding `minor` would take a wallet with these balances past its limit (the server decides; this spares a charge confirmed only to be refused). */
export function beyondWalletLimit(currency: string, balances: { available: string; locked: string }, minor: string): boolean {
  const limit = walletLimit(currency);
  return limit !== null && BigInt(balances.available) + BigInt(balances.locked) + BigInt(minor) > BigInt(limit);
}
