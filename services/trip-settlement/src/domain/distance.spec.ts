import { describe, expect, it } from '@jest/globals';
import { assertDistance, FOOD_DELIVERY_DISTANCE_METERS, TRIP_DISTANCE_METERS } from './distance.ts';

const codeOf = (f: () => void) => {
  try {
    f();
    return 'OK';
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe('assertDistance', () => {
  it('takes whole metres within the bounds, ends included', () => {
    for (const m of [100, 8_400, 500_000]) expect(codeOf(() => assertDistance(m, TRIP_DISTANCE_METERS))).toBe('OK');
    for (const m of [100, 50_000]) expect(codeOf(() => assertDistance(m, FOOD_DELIVERY_DISTANCE_METERS))).toBe('OK');
  });

  it('refuses fractions and distances outside the bounds, saying the bounds', () => {
    for (const m of [99, 500_001, 100.5, Number.NaN]) expect(codeOf(() => assertDistance(m, TRIP_DISTANCE_METERS))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => assertDistance(50_001, FOOD_DELIVERY_DISTANCE_METERS))).toBe('INVALID_ARGUMENT');
    expect(() => assertDistance(50_001, FOOD_DELIVERY_DISTANCE_METERS)).toThrow('distanceMeters must be a whole number from 100 to 50000');
    expect(() => assertDistance(0, TRIP_DISTANCE_METERS)).toThrow('distanceMeters must be a whole number from 100 to 500000');
  });
});
