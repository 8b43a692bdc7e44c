import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CurrencyMismatchError, decimalString, formatMinorUnits, Money, parseMinorUnits } from './money.ts';
import { splitByBasisPoints } from './split.ts';

const amount = fc.bigInt({ min: 0n, max: 10n ** 15n });
const bps = fc.integer({ min: 0, max: 10_000 });

describe('Money', () => {
  it('refuses arithmetic across currencies', () => {
    expect(() => Money.of(1n, 'NGN').plus(Money.of(1n, 'USD'))).toThrow(CurrencyMismatchError);
  });

  it('refuses unknown currencies and non-bigint amounts', () => {
    expect(() => Money.of(1n, 'XXX')).toThrow(RangeError);
    expect(() => Money.of(1.5 as unknown as bigint, 'USD')).toThrow(TypeError);
  });

  it.each(['1.5', '1e3', ' 1', '01', '', 'abc', '--1', '0x10'])('does not parse %j as minor units', (text) => {
    expect(() => parseMinorUnits(text)).toThrow(RangeError);
  });

  it('round-trips through its JSON string form', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (minor) => {
        const json = Money.of(minor, 'BDT').toJSON();
        expect(Money.parse(json.amount, json.currency).minor).toBe(minor);
      }),
    );
  });

  it('adds and subtracts like integers', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const sum = Money.of(a, 'USD').plus(Money.of(b, 'USD'));
        expect(sum.minus(Money.of(b, 'USD')).minor).toBe(a);
      }),
    );
  });
});

describe('formatMinorUnits', () => {
  it('places the decimal point and groups thousands without a float', () => {
    expect(formatMinorUnits(50_000_000n, 'NGN')).toBe('NGN 500,000.00');
    expect(formatMinorUnits(5n, 'USD')).toBe('USD 0.05');
    expect(formatMinorUnits(0n, 'KES')).toBe('KES 0.00');
    expect(formatMinorUnits(-123_456_789n, 'BDT')).toBe('BDT -1,234,567.89');
    expect(formatMinorUnits(10n ** 15n + 1n, 'GHS')).toBe('GHS 10,000,000,000,000.01');
  });
});

describe('decimalString', () => {
  it('gives the major unit with its decimal places, no symbol or grouping, for files', () => {
    expect(decimalString(1250n, 'USD')).toBe('12.50');
    expect(decimalString(5n, 'NGN')).toBe('0.05');
    expect(decimalString(-123_456_789n, 'BDT')).toBe('-1234567.89');
  });

  it('is the minor units with a point inserted: reading it back gives the same amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (minor) => {
        const text = decimalString(minor, 'NGN');
        expect(text).toMatch(/^-?(0|[1-9][0-9]*)\.[0-9]{2}$/);
        expect(BigInt(text.replace('.', ''))).toBe(minor);
      }),
    );
  });
});

describe('splitByBasisPoints', () => {
  it('gives a driver exactly 80% of a ride at 2000 bps', () => {
    const split = splitByBasisPoints(Money.of(250_000n, 'NGN'), 2000);
    expect(split.platform.minor).toBe(50_000n);
    expect(split.earner.minor).toBe(200_000n);
  });

  it('rounds the platform share half-up to the minor unit', () => {
    expect(splitByBasisPoints(Money.of(1n, 'USD'), 5000).platform.minor).toBe(1n); // 0.5 -> 1
    expect(splitByBasisPoints(Money.of(3n, 'USD'), 1500).platform.minor).toBe(0n); // 0.45 -> 0
    expect(splitByBasisPoints(Money.of(10n, 'USD'), 1500).platform.minor).toBe(2n); // 1.5 -> 2
    expect(splitByBasisPoints(Money.of(1001n, 'USD'), 2000).platform.minor).toBe(200n); // 200.2 -> 200
  });

  it('always adds up, with the platform share the half-up rounding of fare x bps', () => {
    fc.assert(
      fc.property(amount, bps, (fare, rate) => {
        const { platform, earner } = splitByBasisPoints(Money.of(fare, 'BDT'), rate);
        expect(platform.minor + earner.minor).toBe(fare);
        expect(platform.minor >= 0n && earner.minor >= 0n).toBe(true);
        // the rounded share is within half a minor unit of the exact fare*rate/10000, and an exact
        // half rounds up (error +1/2 allowed, -1/2 not)
        const twiceError = 2n * (platform.minor * 10_000n - fare * BigInt(rate));
        expect(twiceError > -10_000n && twiceError <= 10_000n).toBe(true);
      }),
      { examples: [[28_990_554_606_957n, 5000]] }, // an exact half, found by an earlier run
    );
  });

  it('refuses fractional or out-of-range basis points', () => {
    expect(() => splitByBasisPoints(Money.of(100n, 'USD'), 20.5)).toThrow(RangeError);
    expect(() => splitByBasisPoints(Money.of(100n, 'USD'), 10_001)).toThrow(RangeError);
  });
});
