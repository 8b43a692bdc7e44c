/**
 * ISO 4217 currencies the platform handles, with their minor-unit exponent and the most a user's
 * wallet may hold (available plus locked, in minor units): far above any real balance, far below
 * where a bigint column would overflow (2^63), so repeated top-ups are refused (422), never a 500.
 */
export const CURRENCIES = {
  NGN: { code: 'NGN', exponent: 2, minor: 'kobo', maxWalletBalance: 10n ** 14n },
  USD: { code: 'USD', exponent: 2, minor: 'cent', maxWalletBalance: 10n ** 12n },
  BDT: { code: 'BDT', exponent: 2, minor: 'poisha', maxWalletBalance: 10n ** 14n },
  GHS: { code: 'GHS', exponent: 2, minor: 'pesewa', maxWalletBalance: 10n ** 13n },
  KES: { code: 'KES', exponent: 2, minor: 'cent', maxWalletBalance: 10n ** 14n },
} as const;

export type CurrencyCode = keyof typeof CURRENCIES;

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.hasOwn(CURRENCIES, value);
}

export function assertCurrencyCode(value: string): CurrencyCode {
  if (!isCurrencyCode(value)) throw new RangeError(`unsupported currency ${value}`);
  return value;
}
