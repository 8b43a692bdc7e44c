import type { Money__Output } from '@ziba/contracts/gen/ziba/common/v1/Money.ts';
import type { CommissionRule__Output } from '@ziba/contracts/gen/ziba/trip/v1/CommissionRule.ts';
import type { EarnerShare__Output } from '@ziba/contracts/gen/ziba/trip/v1/EarnerShare.ts';
import type { DriverPresence__Output } from '@ziba/contracts/gen/ziba/trip/v1/DriverPresence.ts';
import type { EarningsRow__Output } from '@ziba/contracts/gen/ziba/trip/v1/EarningsRow.ts';
import type { MenuItem__Output } from '@ziba/contracts/gen/ziba/trip/v1/MenuItem.ts';
import type { NettingItem__Output } from '@ziba/contracts/gen/ziba/trip/v1/NettingItem.ts';
import type { NettingRun__Output } from '@ziba/contracts/gen/ziba/trip/v1/NettingRun.ts';
import type { OrderItem__Output } from '@ziba/contracts/gen/ziba/trip/v1/OrderItem.ts';
import type { Settlement__Output } from '@ziba/contracts/gen/ziba/trip/v1/Settlement.ts';
import type { StuckHold__Output } from '@ziba/contracts/gen/ziba/trip/v1/StuckHold.ts';
import type { Trip__Output } from '@ziba/contracts/gen/ziba/trip/v1/Trip.ts';
import type { TripPage__Output } from '@ziba/contracts/gen/ziba/trip/v1/TripPage.ts';
import type { Transition__Output } from '@ziba/contracts/gen/ziba/trip/v1/Transition.ts';

import type { FastifyRequest } from 'fastify';
import { isStaff } from '../plugins/auth.ts';
import { nextCursor } from './paging.ts';
import type { Lookup } from './user-lookups.ts';

// Translation from the trip service's proto messages (empty string for "none") to the REST shapes
// (null for "none"). Listed field by field so nothing the service adds later leaks by accident.

const orNull = (s: string) => s || null;
const money = (m: Money__Output | null) => (m ? { amount: m.amount, currency: m.currency } : null);

/** Who reads a trip: staff see which admin moved it; its parties see that an admin did, not who (as on their statements and payouts). */
export interface TripViewer {
  staff: boolean;
  /** Staff whose cancel the gateway would refuse (no MANAGE_PAYOUTS): the service offers staff its cancel, so it is taken off here. */
  mayNotCancel: boolean;
}
export const viewerOf = (request: FastifyRequest): TripViewer => {
  const staff = isStaff(request.principal);
  return { staff, mayNotCancel: staff && !(request.principal?.permissions ?? []).includes('MANAGE_PAYOUTS') };
};

const toTransitionJson = (t: Transition__Output, viewer: TripViewer) => ({
  fromStatus: t.fromStatus || null,
  toStatus: t.toStatus,
  actorType: t.actorType,
  actorId: t.actorType === 'ADMIN' && !viewer.staff ? '' : t.actorId,
  at: t.at,
});

const toOrderItemJson = (i: OrderItem__Output) => ({
  menuItemId: i.menuItemId,
  name: i.name,
  quantity: i.quantity,
  unitPrice: money(i.unitPrice),
  lineTotal: money(i.lineTotal),
});

const toEarnerShareJson = (s: EarnerShare__Output | null) =>
  s?.earned && s.commission
    ? {
        earned: { amount: s.earned.amount, currency: s.earned.currency },
        commission: { amount: s.commission.amount, currency: s.commission.currency },
        commissionBps: s.commissionBps,
      }
    : null;

export const toTripJson = (t: Trip__Output, viewer: TripViewer) => ({
  id: t.id,
  serviceType: t.serviceType,
  status: t.status,
  countryCode: t.countryCode,
  paymentMethod: t.paymentMethod,
  riderId: t.riderId,
  driverId: orNull(t.driverId),
  distanceMeters: t.distanceMeters,
  fare: money(t.fare),
  restaurantId: orNull(t.restaurantId),
  foodSubtotal: money(t.foodSubtotal),
  deliveryFee: money(t.deliveryFee),
  holdState: t.holdState,
  settledAt: orNull(t.settledAt),
  transitions: t.transitions.map((x) => toTransitionJson(x, viewer)),
  createdAt: t.createdAt,
  mode: t.mode,
  items: t.items.map(toOrderItemJson),
  yourShare: toEarnerShareJson(t.yourShare),
  // The service names steps as its actions (pick_up); REST as its path segments (pick-up).
  nextActions: t.nextActions.filter((action) => !(viewer.mayNotCancel && action === 'cancel')).map((action) => action.replace(/_/g, '-')),
});

export const toTripPageJson = (p: TripPage__Output, viewer: TripViewer) => ({
  trips: p.trips.map((t) => toTripJson(t, viewer)),
  page: { nextCursor: nextCursor(p.page) },
});

export const toSettlementJson = (s: Settlement__Output) => ({
  tripId: s.tripId,
  entryId: orNull(s.entryId),
  fare: money(s.fare),
  driverAmount: money(s.driverAmount),
  platformAmount: money(s.platformAmount),
  commissionRuleId: orNull(s.commissionRuleId),
  commissionBps: s.commissionBps,
  paymentMethod: s.paymentMethod,
  settledAt: s.settledAt,
  restaurantAmount: money(s.restaurantAmount),
  restaurantRuleId: orNull(s.restaurantRuleId),
  // proto3 cannot tell 0 bps from unset: a settlement without a restaurant share has no restaurant rate.
  restaurantBps: s.restaurantAmount ? s.restaurantBps : null,
});

export const toMenuItemJson = (i: MenuItem__Output) => ({
  id: i.id,
  restaurantId: i.restaurantId,
  name: i.name,
  price: money(i.price),
  available: i.available,
});

export const toPresenceJson = (p: DriverPresence__Output) => ({ driverId: p.driverId, online: p.online, updatedAt: p.updatedAt || null });

export const toCommissionRuleJson = (r: CommissionRule__Output, emails: Lookup) => ({
  id: r.id,
  serviceType: r.serviceType,
  countryCode: r.countryCode,
  paymentMethod: r.paymentMethod,
  bps: r.bps,
  effectiveFrom: r.effectiveFrom,
  createdBy: orNull(r.createdBy),
  createdByEmail: emails(r.createdBy),
  createdAt: r.createdAt,
});

const toNettingItemJson = (i: NettingItem__Output) => ({
  ownerId: i.ownerId,
  walletId: i.walletId,
  owedBefore: money(i.owedBefore),
  netted: money(i.netted),
  owedAfter: money(i.owedAfter),
  entryId: orNull(i.entryId),
});

export const toNettingRunJson = (r: NettingRun__Output) => ({
  id: r.id,
  weekStart: r.weekStart,
  countryCode: r.countryCode,
  status: r.status,
  replayed: r.replayed,
  items: r.items.map(toNettingItemJson),
  startedAt: r.startedAt,
  completedAt: orNull(r.completedAt),
});

export const toEarningsRowJson = (r: EarningsRow__Output) => ({
  periodStart: r.periodStart,
  serviceType: r.serviceType,
  countryCode: r.countryCode,
  commission: money(r.commission),
  gross: money(r.gross),
  trips: r.trips,
  refunds: money(r.refunds),
  netCommission: money(r.netCommission),
});

export const toStuckHoldJson = (h: StuckHold__Output) => ({
  tripId: h.tripId,
  serviceType: h.serviceType,
  status: h.status,
  paymentMethod: h.paymentMethod,
  countryCode: h.countryCode,
  mode: h.mode,
  riderId: h.riderId,
  driverId: orNull(h.driverId),
  holdId: h.holdId,
  holdState: h.holdState,
  amount: money(h.amount),
  openedAt: h.openedAt,
});
