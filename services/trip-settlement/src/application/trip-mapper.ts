import type { SqlExecutor } from '@ziba/messaging';
import { TripRepository, type TripRow } from '../persistence/trip.repository.ts';

export async function toTripMessage(em: SqlExecutor, t: TripRow) {
  const transitions = await TripRepository.transitions(em, t.id);
  return {
    id: t.id,
    serviceType: t.serviceType,
    status: t.status,
    countryCode: t.countryCode,
    paymentMethod: t.paymentMethod,
    riderId: t.riderId,
    driverId: t.driverId ?? '',
    distanceMeters: t.distanceMeters,
    fare: { amount: t.fare.toString(), currency: t.currency },
    holdState: t.holdState,
    settledAt: t.settledAt?.toISOString() ?? '',
    transitions: transitions.map((x) => ({
      fromStatus: x.from_status ?? '',
      toStatus: x.to_status,
      actorType: x.actor_type,
      actorId: x.actor_id,
      at: new Date(x.at).toISOString(),
    })),
    createdAt: t.createdAt.toISOString(),
    mode: t.mode,
    restaurantId: t.restaurantId ?? '',
    foodSubtotal: t.foodSubtotal === null ? null : { amount: t.foodSubtotal.toString(), currency: t.currency },
    deliveryFee: t.deliveryFee === null ? null : { amount: t.deliveryFee.toString(), currency: t.currency },
  };
}
