import { CURRENCIES, decimalString, isCurrencyCode } from '@ziba/money';

const MINOR_UNITS = /^(-?)([0-9]+)$/;

/**
 * "250000" kobo -> "₦2,500.00". The server sends minor units as a decimal string; the decimal point is
 * placed by string operations with the exponent from the platform's currency configuration, and
 * Intl formats the decimal string as it is (no Number, no floating point, no arithmetic on money).
 */
export function formatMoney(minorUnits: string, currency: string, locale?: string): string {
  const match = MINOR_UNITS.exec(minorUnits);
  if (!match || !isCurrencyCode(currency)) return `${minorUnits} ${currency}`;
  const exponent: number = CURRENCIES[currency].exponent;
  // narrowSymbol: ₦, $ and ৳ as people write them, whatever the browser's language.
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl.NumberFormat accepts a decimal string and formats it exactly (ES2023 "Intl.NumberFormat v3").
  // A negative amount takes the minus sign (U+2212) that statements put before a debit, not a hyphen.
  return format
    .formatToParts(toDecimalString(minorUnits, currency) as unknown as number)
    .map((part) => (part.type === 'minusSign' ? '−' : part.value))
    .join('');
}

/**
 * "2500.50" typed by a person -> "250050" minor units (in taka also "1,00,000" and Bengali digits), or null when it is not an amount of this
 * currency. A zero is null too unless `zeroAllowed` (a balance bound, a free part of a tariff): "0".
 */
export function parseAmountInput(text: string, currency: string, { zeroAllowed = false } = {}): string | null {
  if (!isCurrencyCode(currency)) return null;
  const exponent: number = CURRENCIES[currency].exponent;
  // Bengali digits (০ to ৯) as the digits they are.
  const trimmed = text.trim().replace(/[\u09E6-\u09EF]/g, (d) => String(d.charCodeAt(0) - 0x09e6));
  // Commas only as thousands separators ("2,500.50"), or in taka as lakh and crore ("1,00,000"): "1,5" is a decimal comma somewhere, not 15.
  const grouped = /^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?$/.test(trimmed) || (currency === 'BDT' && /^[0-9]{1,2}(,[0-9]{2})*,[0-9]{3}(\.[0-9]*)?$/.test(trimmed));
  if (trimmed.includes(',') && !grouped) return null;
  const cleaned = trimmed.replace(/,/g, '');
  const match = new RegExp(`^([0-9]{1,13})(?:\\.([0-9]{0,${exponent}}))?$`).exec(cleaned);
  if (!match) return null;
  const minor = `${match[1]}${(match[2] ?? '').padEnd(exponent, '0')}`.replace(/^0+(?=[0-9])/, '');
  return minor === '0' && !zeroAllowed ? null : minor;
}

/** An everyday amount of each currency, for the words that show how to type one. */
const EXAMPLES: Record<string, string> = { NGN: '2500', USD: '25', BDT: '500' };

/** What is wrong with an amount that parseAmountInput refused, for the field: zero, too many digits, or not an amount at all. */
export function amountInputProblem(text: string, currency: string): string {
  if (parseAmountInput(text, currency, { zeroAllowed: true }) === '0') return 'Enter an amount above zero';
  if (/^[0-9]{14,}(\.[0-9]*)?$/.test(text.trim().replace(/,/g, ''))) return 'That is more than any wallet can hold';
  const example = EXAMPLES[currency] ?? '100';
  return `Enter an amount like ${example} or ${example}.50`;
}

/** "250050" kobo -> "2500.50": the decimal string of the major unit, for CSV files and chart axes (@ziba/money's decimalString). */
export function toDecimalString(minorUnits: string, currency: string): string {
  if (!MINOR_UNITS.test(minorUnits) || !isCurrencyCode(currency)) return minorUnits;
  return decimalString(BigInt(minorUnits), currency);
}
