import { assertCurrencyCode, CURRENCIES, type CurrencyCode } from './currency.ts';

/** Largest amount accepted anywhere (10^15 minor units); keeps every sum far inside int64. */
export const MAX_AMOUNT = 10n ** 15n;

export class CurrencyMismatchError extends Error {
  constructor(a: CurrencyCode, b: CurrencyCode) {
    super(`currency mismatch: ${a} vs ${b}`);
    this.name = 'CurrencyMismatchError';
  }
}

/** An amount of money: bigint minor units (kobo, cents, poisha) and its currency. Immutable. */
export class Money {
  readonly minor: bigint;
  readonly currency: CurrencyCode;

  private constructor(minor: bigint, currency: CurrencyCode) {
    this.minor = minor;
    this.currency = currency;
    Object.freeze(this);
  }

  static of(minor: bigint, currency: CurrencyCode | string): Money {
    if (typeof minor !== 'bigint') throw new TypeError('money amounts are bigint minor units');
    return new Money(minor, assertCurrencyCode(currency));
  }

  static zero(currency: CurrencyCode | string): Money {
    return Money.of(0n, currency);
  }

  /** Parses the decimal-integer string form used in JSON and protos ("12500"). */
  static parse(minor: string, currency: CurrencyCode | string): Money {
    return Money.of(parseMinorUnits(minor), currency);
  }

  plus(other: Money): Money {
    this.sameCurrency(other);
    return new Money(this.minor + other.minor, this.currency);
  }

  minus(other: Money): Money {
    this.sameCurrency(other);
    return new Money(this.minor - other.minor, this.currency);
  }

  min(other: Money): Money {
    this.sameCurrency(other);
    return this.minor <= other.minor ? this : other;
  }

  compare(other: Money): -1 | 0 | 1 {
    this.sameCurrency(other);
    return this.minor < other.minor ? -1 : this.minor > other.minor ? 1 : 0;
  }

  isZero(): boolean {
    return this.minor === 0n;
  }

  isPositive(): boolean {
    return this.minor > 0n;
  }

  isNegative(): boolean {
    return this.minor < 0n;
  }

  equals(other: Money): boolean {
    return this.currency === other.currency && this.minor === other.minor;
  }

  toJSON(): { amount: string; currency: CurrencyCode } {
    return { amount: this.minor.toString(), currency: this.currency };
  }

  toString(): string {
    return `${this.minor} ${this.currency}`;
  }

  private sameCurrency(other: Money): void {
    if (this.currency !== other.currency) throw new CurrencyMismatchError(this.currency, other.currency);
  }
}

const INTEGER = /^-?(0|[1-9][0-9]*)$/;

/** Strict decimal integer string to bigint: no floats, exponents, spaces or leading zeros. */
export function parseMinorUnits(text: string): bigint {
  if (typeof text !== 'string' || !INTEGER.test(text)) throw new RangeError(`not an integer amount: ${String(text)}`);
  return BigInt(text);
}

/**
 * "12.50" from 1250n cents: the amount in the currency's major unit, as a file for spreadsheets and
 * finance tools gives it (no symbol, no grouping). The decimal point is placed by string operations
 * on the integer, never through a float.
 */
export function decimalString(minor: bigint, currency: CurrencyCode): string {
  const exponent = CURRENCIES[currency].exponent;
  const digits = (minor < 0n ? -minor : minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  return `${minor < 0n ? '-' : ''}${whole}${exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : ''}`;
}

/** An amount in words for a message a person reads: "NGN 500,000.00" from 50000000n. */
export function formatMinorUnits(minor: bigint, currency: CurrencyCode): string {
  const [whole, fraction] = decimalString(minor, currency).split('.');
  return `${currency} ${whole!.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}
