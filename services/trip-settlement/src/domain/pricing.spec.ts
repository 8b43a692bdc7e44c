import { describe, expect, it } from '@jest/globals';
import { MAX_AMOUNT } from '@ziba/money';
import { assertFareWithinLimit, assertTariffWithinLimit, priceTrip, type Tariff } from './pricing.ts';

const ride: Tariff = { countryCode: 'NG', serviceType: 'RIDE', currency: 'NGN', baseFare: 50_000n, perKm: 15_000n, minimumFare: 100_000n };

describe('priceTrip', () => {
  it('is base plus distance, half-up to the minor unit, never below the minimum', () => {
    expect(priceTrip(ride, 8_300)).toBe(174_500n);
    expect(priceTrip({ ...ride, perKm: 3n }, 500)).toBe(100_000n); // 50,000 + 1.5 -> 50,002, below the minimum
    expect(priceTrip({ ...ride, minimumFare: 1n, perKm: 3n }, 500)).toBe(50_002n); // 1.5 rounds half up
  });

  it('refuses a fare above 10^15 minor units', () => {
    const typo = { ...ride, perKm: MAX_AMOUNT };
    expect(() => priceTrip(typo, 2_000)).toThrow(expect.objectContaining({ code: 'FARE_ABOVE_LIMIT' }));
    expect(() => assertFareWithinLimit(MAX_AMOUNT + 1n)).toThrow(expect.objectContaining({ code: 'FARE_ABOVE_LIMIT' }));
    expect(assertFareWithinLimit(MAX_AMOUNT)).toBe(MAX_AMOUNT);
  });
});

describe('assertTariffWithinLimit', () => {
  it('refuses prices whose longest trip would cost more than 10^15', () => {
    // rides go up to 500 km, food deliveries up to 50 km
    expect(() => assertTariffWithinLimit('RIDE', { baseFare: 0n, perKm: 2_000_000_000_000n, minimumFare: 1n })).not.toThrow();
    expect(() => assertTariffWithinLimit('RIDE', { baseFare: 1n, perKm: 2_000_000_000_000n, minimumFare: 1n })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => assertTariffWithinLimit('FOOD', { baseFare: 1n, perKm: 2_000_000_000_000n, minimumFare: 1n })).not.toThrow();
    expect(() => assertTariffWithinLimit('FOOD', { baseFare: MAX_AMOUNT, perKm: 0n, minimumFare: 1n })).not.toThrow();
    expect(() => assertTariffWithinLimit('FOOD', { baseFare: MAX_AMOUNT, perKm: 1n, minimumFare: 1n })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
