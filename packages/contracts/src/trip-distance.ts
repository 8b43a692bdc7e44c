/**
 * How long a trip or a food delivery may be, in metres. Part of the API's contract: the gateway's
 * request schemas and trip-settlement's own check (its domain/distance.ts) read these same numbers.
 */
export const TRIP_DISTANCE_METERS = { minimum: 100, maximum: 500_000 } as const;
export const FOOD_DELIVERY_DISTANCE_METERS = { minimum: 100, maximum: 50_000 } as const;

export interface DistanceBounds {
  readonly minimum: number;
  readonly maximum: number;
}
