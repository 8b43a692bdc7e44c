/** The markets the platform runs in, and the currency each one's wallets hold. */
export const COUNTRY_CURRENCY = { NG: 'NGN', US: 'USD', BD: 'BDT' } as const;
export type Country = keyof typeof COUNTRY_CURRENCY;
export const COUNTRIES = Object.keys(COUNTRY_CURRENCY) as Country[];
export const isCountry = (value: unknown): value is Country => typeof value === 'string' && value in COUNTRY_CURRENCY;
