import { Money } from './money.ts';

export const BPS_DENOMINATOR = 10_000n;

export type Split = { platform: Money; earner: Money; bps: number };

export function assertBasisPoints(bps: number): void {
  if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) throw new RangeError(`basis points must be an integer 0..10000, got ${bps}`);
}

/**
 * Splits `total` by a platform commission in basis points (SPEC section 2): the platform share is
 * rounded half-up to the minor unit, the earner gets the rest, so the parts always add up.
 */
export function splitByBasisPoints(total: Money, bps: number): Split {
  assertBasisPoints(bps);
  if (total.isNegative()) throw new RangeError('cannot split a negative amount');
  const numerator = total.minor * BigInt(bps);
  const platformMinor = (numerator * 2n + BPS_DENOMINATOR) / (BPS_DENOMINATOR * 2n);
  const platform = Money.of(platformMinor, total.currency);
  return { platform, earner: total.minus(platform), bps };
}
