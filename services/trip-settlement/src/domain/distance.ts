import { FOOD_DELIVERY_DISTANCE_METERS, TRIP_DISTANCE_METERS, type DistanceBounds } from '@ziba/contracts';
import { TripErrors } from './trip-state.ts';

/** The bounds live in packages/contracts, so the gateway's request schemas check the same ones. */
export { FOOD_DELIVERY_DISTANCE_METERS, TRIP_DISTANCE_METERS };

/** Refuses a distance that is not a whole number of metres within the bounds (the price is computed from it). */
export function assertDistance(meters: number, { minimum, maximum }: DistanceBounds): void {
  if (!Number.isInteger(meters) || meters < minimum || meters > maximum)
    throw TripErrors.invalid('distanceMeters', `must be a whole number from ${minimum} to ${maximum}`);
}
