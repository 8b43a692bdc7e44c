import type { TripServiceHandlers } from '@ziba/contracts';
import { refuseUsers, requireUuid, type CallContext, type HandlersOf, type RequestOf } from '@ziba/service-kit';
import { listRules, setRule } from '../application/commission-rules.usecase.ts';
import { getDriverPresence, setDriverOnline } from '../application/driver-presence.usecase.ts';
import { earnings } from '../application/earnings.query.ts';
import { listMenu, placeFoodOrder } from '../application/food-orders.usecase.ts';
import { setMenuItem, setMenuItemAvailability } from '../application/menu-items.usecase.ts';
import { settleNegativeBalance } from '../application/negative-balance.usecase.ts';
import { listTripsUnderWay, listUnsettledTrips } from '../application/admin-trip-lists.query.ts';
import { settleTrip } from '../application/settle-trip.usecase.ts';
import { runWeeklyNetting } from '../application/weekly-netting.usecase.ts';
import { listNettingRuns } from '../application/netting-runs.query.ts';
import type { TripContext } from '../application/trip-context.ts';
import { listStuckHolds, releaseStuckHold } from '../application/stuck-holds.usecase.ts';
import type { TripSettlementConfig } from '../config.ts';
import { SERVICE_TYPES, TripErrors, type ServiceType } from '../domain/trip-state.ts';
import { listTariffs, setTariff } from '../application/tariffs.usecase.ts';
import { listMyTrips } from '../application/trip-history.query.ts';
import { getTrip, requestTrip, transition } from '../application/trips.usecase.ts';

type Req<K extends keyof TripServiceHandlers> = RequestOf<TripServiceHandlers, K>;

const uuid = requireUuid;

/** A request's optional service type: none (any trip), or one of the service's, else INVALID_ARGUMENT. */
function serviceTypeOrAny(type: string): ServiceType | null {
  if (!type) return null;
  if (!(SERVICE_TYPES as readonly string[]).includes(type)) throw TripErrors.invalid('serviceType', `must be one of ${SERVICE_TYPES.join(', ')}`);
  return type as ServiceType;
}

/** Translates gRPC messages to the use cases; the acting user is the call's actor. */
/** A list's page request: its size (0: the default) and the cursor, a trip id when given. */
const pageOf = (page: { pageSize?: number; cursor?: string } | null | undefined) => ({
  pageSize: page?.pageSize ?? 0,
  cursor: page?.cursor ? uuid('cursor', page.cursor) : '',
});

export function tripHandlers(ctx: TripContext, config: Pick<TripSettlementConfig, 'STUCK_HOLD_AFTER_MS'>): HandlersOf<TripServiceHandlers> {
  return {
    RequestTrip: async (r: Req<'RequestTrip'>, c: CallContext) =>
      requestTrip(ctx, c.actor, { serviceType: r.serviceType, paymentMethod: r.paymentMethod, distanceMeters: r.distanceMeters }, c.requestKey),
    PlaceFoodOrder: async (r: Req<'PlaceFoodOrder'>, c: CallContext) =>
      placeFoodOrder(
        ctx,
        c.actor,
        {
          restaurantId: uuid('restaurantId', r.restaurantId),
          lines: r.lines.map((l) => ({ menuItemId: uuid('menuItemId', l.menuItemId), quantity: l.quantity })),
          paymentMethod: r.paymentMethod,
          distanceMeters: r.distanceMeters,
        },
        c.requestKey,
      ),
    SetMenuItem: async (r: Req<'SetMenuItem'>, c: CallContext) =>
      setMenuItem(ctx, c.actor, {
        id: r.id ? uuid('id', r.id) : '',
        name: r.name,
        price: r.price,
        available: r.available,
        keepAvailability: r.keepAvailability,
      }),
    SetMenuItemAvailability: async (r: Req<'SetMenuItemAvailability'>, c: CallContext) =>
      setMenuItemAvailability(ctx, c.actor, { id: uuid('id', r.id), available: r.available }),
    ListMenu: async (r: Req<'ListMenu'>) => listMenu(ctx, uuid('restaurantId', r.restaurantId)),
    GetTrip: async (r: Req<'GetTrip'>, c: CallContext) => getTrip(ctx, c.actor, uuid('tripId', r.tripId)),
    ListMyTrips: async (r: Req<'ListMyTrips'>, c: CallContext) => listMyTrips(ctx, c.actor, { ...pageOf(r.page), serviceType: r.serviceType }),
    Transition: async (r: Req<'Transition'>, c: CallContext) =>
      transition(ctx, c.actor, {
        tripId: uuid('tripId', r.tripId),
        action: r.action,
        requestKey: c.requestKey,
        kind: serviceTypeOrAny(r.serviceType),
        reason: r.reason,
      }),
    SettleTrip: async (r: Req<'SettleTrip'>, c: CallContext) =>
      settleTrip(ctx, c.actor, { tripId: uuid('tripId', r.tripId), requestKey: c.requestKey, kind: serviceTypeOrAny(r.serviceType) }),
    SetDriverOnline: async (r: Req<'SetDriverOnline'>, c: CallContext) => setDriverOnline(ctx, c.actor, r.online),
    GetDriverPresence: async (_r: Req<'GetDriverPresence'>, c: CallContext) => getDriverPresence(ctx, c.actor),
    ListTariffs: async (r: Req<'ListTariffs'>, c: CallContext) => {
      refuseUsers(c.actor, 'tariffs');
      return listTariffs(ctx, r.countryCode);
    },
    SetTariff: async (r: Req<'SetTariff'>, c: CallContext) =>
      setTariff(ctx, c.actor, { countryCode: r.countryCode, serviceType: r.serviceType, baseFare: r.baseFare, perKm: r.perKm, minimumFare: r.minimumFare }),
    ListCommissionRules: async (r: Req<'ListCommissionRules'>, c: CallContext) => {
      refuseUsers(c.actor, 'commission rules');
      return listRules(ctx, { serviceType: r.serviceType, countryCode: r.countryCode });
    },
    SetCommissionRule: async (r: Req<'SetCommissionRule'>, c: CallContext) =>
      setRule(ctx, c.actor, {
        serviceType: r.serviceType,
        countryCode: r.countryCode,
        paymentMethod: r.paymentMethod,
        bps: r.bps,
        effectiveFrom: r.effectiveFrom,
      }),
    RunWeeklyNetting: async (r: Req<'RunWeeklyNetting'>, c: CallContext) => runWeeklyNetting(ctx, c.actor, { weekOf: r.weekOf, countryCode: r.countryCode }),
    ListNettingRuns: async (r: Req<'ListNettingRuns'>, c: CallContext) => listNettingRuns(ctx, c.actor, { countryCode: r.countryCode }),
    SettleNegativeBalance: async (r: Req<'SettleNegativeBalance'>, c: CallContext) =>
      settleNegativeBalance(ctx, c.actor, {
        idempotencyKey: r.idempotencyKey,
        ownerId: uuid('ownerId', r.ownerId),
        amount: r.amount,
        reason: r.reason,
        externalReference: r.externalReference,
      }),
    GetEarnings: async (r: Req<'GetEarnings'>, c: CallContext) => {
      refuseUsers(c.actor, 'earnings reports');
      return earnings(ctx, { from: r.from, to: r.to, groupBy: r.groupBy, serviceType: r.serviceType, countryCode: r.countryCode, mode: r.mode });
    },
    ListStuckHolds: async (r: Req<'ListStuckHolds'>, c: CallContext) => {
      refuseUsers(c.actor, 'stuck holds');
      return listStuckHolds(ctx, config.STUCK_HOLD_AFTER_MS, r);
    },
    ReleaseStuckHold: async (r: Req<'ReleaseStuckHold'>, c: CallContext) =>
      releaseStuckHold(ctx, c.actor, uuid('tripId', r.tripId), r.reason, config.STUCK_HOLD_AFTER_MS, c.requestKey),
    ListUnsettledTrips: async (r: Req<'ListUnsettledTrips'>, c: CallContext) =>
      listUnsettledTrips(ctx, c.actor, { ...pageOf(r.page), countryCode: r.countryCode, mode: r.mode }),
    ListTripsUnderWay: async (r: Req<'ListTripsUnderWay'>, c: CallContext) =>
      listTripsUnderWay(ctx, c.actor, { ...pageOf(r.page), countryCode: r.countryCode, mode: r.mode, serviceType: r.serviceType }),
  };
}
