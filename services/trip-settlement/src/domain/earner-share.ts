import type { Actor } from '@ziba/service-kit';
import type { ServiceType, TripStatus } from './trip-state.ts';

/** What a settlement recorded on its trip for the earners, in minor units (food orders: the restaurant's too). */
export interface RecordedShares {
  driverAmount: bigint;
  commissionBps: number;
  restaurantAmount: bigint | null;
  restaurantBps: number | null;
}

/** What the share reads of a trip: who is on it, and the amounts each part was taken from. */
export interface SharedTrip {
  status: TripStatus;
  serviceType: ServiceType;
  driverId: string | null;
  restaurantId: string | null;
  fare: bigint;
  foodSubtotal: bigint | null;
  deliveryFee: bigint | null;
}

/** One earner's part of a settled trip: what they earn, and the platform's commission on their part. */
export interface EarnerShare {
  earned: bigint;
  commission: bigint;
  commissionBps: number;
}

/**
 * The reader's own part of a settled trip, as its settlement recorded it. The driver's part is the
 * fare (a food order: its delivery fee), the restaurant's the food; the commission is the rest of
 * that part, so earned plus commission is the part itself. Nobody else's part: a rider, staff, or
 * another earner gets none, and nobody gets one before the trip is settled.
 */
export function earnerShare(reader: Actor | null, trip: SharedTrip, recorded: RecordedShares | null): EarnerShare | null {
  if (trip.status !== 'SETTLED' || !recorded || reader?.type !== 'USER') return null;
  const share = (part: bigint, earned: bigint, commissionBps: number): EarnerShare => ({ earned, commission: part - earned, commissionBps });
  if (reader.role === 'DRIVER' && reader.id === trip.driverId)
    return share(trip.serviceType === 'FOOD' ? trip.deliveryFee! : trip.fare, recorded.driverAmount, recorded.commissionBps);
  if (reader.role === 'RESTAURANT' && reader.id === trip.restaurantId && recorded.restaurantAmount !== null && recorded.restaurantBps !== null)
    return share(trip.foodSubtotal!, recorded.restaurantAmount, recorded.restaurantBps);
  return null;
}

/** Whether this reader could have a share among these trips: only an earner reading settled trips. Saves a read for everyone else. */
export const mayHaveShares = (reader: Actor | null, trips: readonly { status: TripStatus }[]): boolean =>
  reader?.type === 'USER' && (reader.role === 'DRIVER' || reader.role === 'RESTAURANT') && trips.some((t) => t.status === 'SETTLED');
