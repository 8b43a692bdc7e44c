import type { SqlExecutor } from '@ziba/messaging';
import type { Actor } from '@ziba/service-kit';
import { earnerShare, mayHaveShares, type EarnerShare } from '../domain/earner-share.ts';
import { nextActionsFor } from '../domain/trip-access.ts';
import { TripRepository, type OrderLineView, type TransitionView, type TripRow } from '../persistence/trip.repository.ts';

type TransitionRow = Omit<TransitionView, 'trip_id'>;
type LineRow = Omit<OrderLineView, 'trip_id'>;

/** A trip as one message for its reader, its transitions and (food orders) its lines read once. */
export async function toTripMessage(em: SqlExecutor, t: TripRow, reader: Actor | null) {
  const [message] = await toTripMessages(em, [t], reader);
  return message!;
}

/**
 * Several trips as messages for their reader, with their transitions and order lines read in two
 * queries, not two per trip; an earner's settled trips carry their share (a third read, for them only).
 */
export async function toTripMessages(em: SqlExecutor, trips: readonly TripRow[], reader: Actor | null) {
  const ids = trips.map((t) => t.id);
  const foodIds = trips.filter((t) => t.serviceType === 'FOOD').map((t) => t.id);
  const [transitions, lines] = [await TripRepository.transitionsOf(em, ids), await TripRepository.linesOf(em, foodIds)];
  const shares = mayHaveShares(reader, trips) ? await TripRepository.settlementsOf(em, ids) : new Map();
  return trips.map((t) =>
    tripMessage(
      t,
      transitions.filter((x) => x.trip_id === t.id),
      lines.filter((l) => l.trip_id === t.id),
      earnerShare(reader, t, shares.get(t.id) ?? null),
      nextActionsFor(reader, t),
    ),
  );
}

function tripMessage(t: TripRow, transitions: readonly TransitionRow[], lines: readonly LineRow[], share: EarnerShare | null, nextActions: string[]) {
  const money = (amount: bigint | string) => ({ amount: amount.toString(), currency: t.currency });
  return {
    id: t.id,
    serviceType: t.serviceType,
    status: t.status,
    countryCode: t.countryCode,
    paymentMethod: t.paymentMethod,
    riderId: t.riderId,
    driverId: t.driverId ?? '',
    distanceMeters: t.distanceMeters,
    fare: money(t.fare),
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
    foodSubtotal: t.foodSubtotal === null ? null : money(t.foodSubtotal),
    deliveryFee: t.deliveryFee === null ? null : money(t.deliveryFee),
    items: lines.map((l) => ({
      menuItemId: l.menu_item_id,
      name: l.name,
      quantity: l.quantity,
      unitPrice: money(l.unit_price),
      lineTotal: money(l.line_total),
    })),
    yourShare: share && { earned: money(share.earned), commission: money(share.commission), commissionBps: share.commissionBps },
    nextActions,
  };
}
