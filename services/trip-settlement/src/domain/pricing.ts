import { MAX_AMOUNT } from '@ziba/money';
import { FOOD_DELIVERY_DISTANCE_METERS, TRIP_DISTANCE_METERS } from './distance.ts';
import { TripErrors, type ServiceType } from './trip-state.ts';

/** Admin-managed tariff of one service in one country, in the currency's minor units. */
export interface Tariff {
  countryCode: string;
  serviceType: ServiceType;
  currency: string;
  baseFare: bigint;
  perKm: bigint;
  minimumFare: bigint;
}

type Prices = Pick<Tariff, 'baseFare' | 'perKm' | 'minimumFare'>;

function fareAt(t: Prices, distanceMeters: number): bigint {
  const distance = (t.perKm * BigInt(distanceMeters) * 2n + 1000n) / 2000n;
  const fare = t.baseFare + distance;
  return fare < t.minimumFare ? t.minimumFare : fare;
}

/** The upfront fare: base plus distance (per km, half-up to the minor unit), never below the minimum. */
export function priceTrip(t: Tariff, distanceMeters: number): bigint {
  return assertFareWithinLimit(fareAt(t, distanceMeters));
}

/** A fare, like every amount, is at most 10^15 minor units: the ledger could not move more. */
export function assertFareWithinLimit(fare: bigint): bigint {
  if (fare > MAX_AMOUNT) throw TripErrors.fareAboveLimit();
  return fare;
}

/**
 * Refuses a tariff whose longest trip would cost more than any amount may be: an admin's typo
 * (a zero too many) would otherwise reach riders as their upfront fare.
 */
export function assertTariffWithinLimit(serviceType: ServiceType, t: Prices): void {
  const longest = (serviceType === 'FOOD' ? FOOD_DELIVERY_DISTANCE_METERS : TRIP_DISTANCE_METERS).maximum;
  const highest = fareAt(t, longest);
  if (highest > MAX_AMOUNT)
    throw TripErrors.invalid(
      'perKm',
      `must price the longest trip (${longest / 1000} km), with baseFare, at most 10^15 minor units, the limit of any amount (it would cost ${highest})`,
    );
}
