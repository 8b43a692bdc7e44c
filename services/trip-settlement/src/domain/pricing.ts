import type { ServiceType } from './trip-state.ts';

/** Admin-managed tariff of one service in one country, in the currency's minor units. */
export interface Tariff {
  countryCode: string;
  serviceType: ServiceType;
  currency: string;
  baseFare: bigint;
  perKm: bigint;
  minimumFare: bigint;
}

/** The upfront fare: base plus distance (per km, half-up to the minor unit), never below the minimum. */
export function priceTrip(t: Tariff, distanceMeters: number): bigint {
  const distance = (t.perKm * BigInt(distanceMeters) * 2n + 1000n) / 2000n;
  const fare = t.baseFare + distance;
  return fare < t.minimumFare ? t.minimumFare : fare;
}
