/** ISO 4217 currencies the platform handles, with their minor-unit exponent. */
export const CURRENCIES = {
  NGN: { code: 'NGN', exponent: 2, minor: 'kobo' },
  USD: { code: 'USD', exponent: 2, minor: 'cent' },
  BDT: { code: 'BDT', exponent: 2, minor: 'poisha' },
  GHS: { code: 'GHS', exponent: 2, minor: 'pesewa' },
  KES: { code: 'KES', exponent: 2, minor: 'cent' },
} as const;

export type CurrencyCode = keyof typeof CURRENCIES;

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.hasOwn(CURRENCIES, value);
}

export function assertCurrencyCode(value: string): CurrencyCode {
  if (!isCurrencyCode(value)) throw new RangeError(`unsupported currency ${value}`);
  return value;
}
