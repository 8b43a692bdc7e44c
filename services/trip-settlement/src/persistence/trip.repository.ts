import type { SqlExecutor, SqlPart } from '@ziba/messaging';
import { DRIVER_FREE_AT, type PaymentMethod, type ServiceType, type TripStatus } from '../domain/trip-state.ts';

export interface TripRow {
  id: string;
  serviceType: ServiceType;
  status: TripStatus;
  countryCode: string;
  currency: string;
  mode: 'live' | 'test';
  paymentMethod: PaymentMethod;
  riderId: string;
  driverId: string | null;
  distanceMeters: number;
  fare: bigint;
  holdState: 'NONE' | 'REQUESTED' | 'HELD' | 'RELEASED' | 'SETTLED';
  holdAttempt: number;
  holdId: string | null;
  holdRequestedAt: Date | null;
  /** When the open hold was first asked for; null when no hold is open. */
  holdOpenedAt: Date | null;
  settledAt: Date | null;
  createdAt: Date;
  /** Food orders only. */
  restaurantId: string | null;
  foodSubtotal: bigint | null;
  deliveryFee: bigint | null;
}

export interface RawTrip {
  id: string;
  service_type: string;
  status: string;
  country_code: string;
  currency: string;
  mode: string;
  payment_method: string;
  rider_id: string;
  driver_id: string | null;
  distance_meters: number;
  fare: string;
  hold_state: string;
  hold_attempt: number;
  hold_id: string | null;
  hold_requested_at: Date | null;
  hold_opened_at: Date | null;
  settled_at: Date | null;
  created_at: Date;
  restaurant_id: string | null;
  food_subtotal: string | null;
  delivery_fee: string | null;
}

export const toTrip = (r: RawTrip): TripRow => ({
  id: r.id,
  serviceType: r.service_type as ServiceType,
  status: r.status as TripStatus,
  countryCode: r.country_code.trim(),
  currency: r.currency.trim(),
  mode: r.mode as TripRow['mode'],
  paymentMethod: r.payment_method as PaymentMethod,
  riderId: r.rider_id,
  driverId: r.driver_id,
  distanceMeters: r.distance_meters,
  fare: BigInt(r.fare),
  holdState: r.hold_state as TripRow['holdState'],
  holdAttempt: r.hold_attempt,
  holdId: r.hold_id,
  holdRequestedAt: r.hold_requested_at ? new Date(r.hold_requested_at) : null,
  holdOpenedAt: r.hold_opened_at ? new Date(r.hold_opened_at) : null,
  settledAt: r.settled_at ? new Date(r.settled_at) : null,
  createdAt: new Date(r.created_at),
  restaurantId: r.restaurant_id,
  foodSubtotal: r.food_subtotal === null ? null : BigInt(r.food_subtotal),
  deliveryFee: r.delivery_fee === null ? null : BigInt(r.delivery_fee),
});

export const TRIP_COLUMNS = `id, service_type, status, country_code, currency, mode, payment_method, rider_id, driver_id, distance_meters, fare::text as fare,
  hold_state, hold_attempt, hold_id, hold_requested_at, hold_opened_at, settled_at, created_at, restaurant_id, food_subtotal::text as food_subtotal, delivery_fee::text as delivery_fee`;

/** A step of a trip, as its message shows it (TripRepository.transitionsOf). */
export interface TransitionView {
  trip_id: string;
  from_status: string | null;
  to_status: string;
  actor_type: string;
  actor_id: string;
  at: Date;
}

/** A line of a food order, amounts as decimal strings (TripRepository.linesOf). */
export interface OrderLineView {
  trip_id: string;
  menu_item_id: string;
  name: string;
  quantity: number;
  unit_price: string;
  line_total: string;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** One line of the platform's earnings report, amounts in minor units as decimal strings. */
export interface EarningsRow {
  period_start: string;
  service_type: string;
  country_code: string;
  currency: string;
  commission: string;
  gross: string;
  trips: number;
}

/** What a settlement records on its trip (SETTLED): the rules applied and each party's share, in minor units. */
export interface TripSettlementColumns {
  commissionRuleId: string;
  commissionBps: number;
  driverAmount: bigint;
  platformAmount: bigint;
  /** Null when the settlement moved no money. */
  settlementEntryId: string | null;
  /** Food orders only (null otherwise). */
  restaurantAmount: bigint | null;
  restaurantRuleId: string | null;
  restaurantBps: number | null;
}

/** The trip columns a use case may change after the insert. */
export type TripPatch = Partial<
  Pick<TripRow, 'status' | 'driverId' | 'holdState' | 'holdAttempt' | 'holdId' | 'holdRequestedAt' | 'holdOpenedAt' | 'settledAt'> & TripSettlementColumns
>;

const PATCH_COLUMNS: { readonly [K in keyof TripPatch]-?: string } = {
  status: 'status',
  driverId: 'driver_id',
  holdState: 'hold_state',
  holdAttempt: 'hold_attempt',
  holdId: 'hold_id',
  holdRequestedAt: 'hold_requested_at',
  holdOpenedAt: 'hold_opened_at',
  settledAt: 'settled_at',
  commissionRuleId: 'commission_rule_id',
  commissionBps: 'commission_bps',
  driverAmount: 'driver_amount',
  platformAmount: 'platform_amount',
  settlementEntryId: 'settlement_entry_id',
  restaurantAmount: 'restaurant_amount',
  restaurantRuleId: 'restaurant_rule_id',
  restaurantBps: 'restaurant_bps',
};

/**
 * A trip its driver is still on: taken, and not in a status that frees them (DRIVER_FREE_AT). The
 * predicate of trip_driver_on_trip_idx (migration DriverOnTripIndex), word for word, so the planner
 * can use that small index, not a walk of every trip the driver ever made.
 */
export const DRIVER_ON_TRIP = `driver_id is not null and status not in (${DRIVER_FREE_AT.map((s) => `'${s}'`).join(', ')})`;

/** The trip a driver is on other than the one they take (driver id, trip id). */
export const DRIVERS_OTHER_TRIP_SQL = `select service_type from trip where ${DRIVER_ON_TRIP} and driver_id = ? and id <> ? limit 1`;

const toParam = (v: TripPatch[keyof TripPatch]) => (typeof v === 'bigint' ? v.toString() : v);

/** trip, its order lines and its transitions, through the caller's EntityManager (inside its transaction when it has one). */
export const TripRepository = {
  async find(em: SqlExecutor, id: string, options: { lock?: boolean } = {}): Promise<TripRow | null> {
    const rows = await em.execute<RawTrip[]>(`select ${TRIP_COLUMNS} from trip where id = ?${options.lock ? ' for update' : ''}`, [id]);
    return rows[0] ? toTrip(rows[0]) : null;
  },

  /** Several trips locked in one statement, in id order (a batch of settlements: no two batches deadlock), by id; an unknown id is absent. */
  async lockMany(em: SqlExecutor, ids: readonly string[]): Promise<Map<string, TripRow>> {
    const rows = await em.execute<RawTrip[]>(`select ${TRIP_COLUMNS} from trip where id in (${placeholders(ids.length)}) order by id for update`, [...ids]);
    return new Map(rows.map((r) => [r.id, toTrip(r)]));
  },

  /** When each of these trips reached its end of service (COMPLETED, or a food order DELIVERED); a trip not there yet is absent. */
  async finishedAt(em: SqlExecutor, ids: readonly string[]): Promise<Map<string, Date>> {
    const rows = await em.execute<Array<{ trip_id: string; at: Date }>>(
      `select trip_id, max(at) as at from trip_transition where trip_id in (${placeholders(ids.length)}) and to_status in ('COMPLETED', 'DELIVERED') group by trip_id`,
      [...ids],
    );
    return new Map(rows.map((r) => [r.trip_id, new Date(r.at)]));
  },

  async insert(
    em: SqlExecutor,
    t: Omit<TripRow, 'holdState' | 'holdAttempt' | 'holdId' | 'holdRequestedAt' | 'holdOpenedAt' | 'settledAt' | 'createdAt' | 'driverId'>,
  ): Promise<void> {
    await em.execute(
      `insert into trip (id, service_type, status, country_code, currency, mode, payment_method, rider_id, distance_meters, fare, restaurant_id, food_subtotal, delivery_fee)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        t.id,
        t.serviceType,
        t.status,
        t.countryCode,
        t.currency,
        t.mode,
        t.paymentMethod,
        t.riderId,
        t.distanceMeters,
        t.fare.toString(),
        t.restaurantId,
        t.foodSubtotal?.toString() ?? null,
        t.deliveryFee?.toString() ?? null,
      ],
      'run',
    );
  },

  async insertLines(em: SqlExecutor, tripId: string, lines: Array<{ menuItemId: string; name: string; unitPrice: bigint; quantity: number }>): Promise<void> {
    if (lines.length === 0) return;
    await em.execute(
      `insert into order_line (trip_id, menu_item_id, name, unit_price, quantity) values ${lines.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      lines.flatMap((l) => [tripId, l.menuItemId, l.name, l.unitPrice.toString(), l.quantity]),
      'run',
    );
  },

  /** The transitions of several trips in one read, each trip's in the order they happened. */
  async transitionsOf(em: SqlExecutor, tripIds: readonly string[]): Promise<TransitionView[]> {
    if (tripIds.length === 0) return [];
    return em.execute<TransitionView[]>(
      `select trip_id, from_status, to_status, actor_type, actor_id, at from trip_transition where trip_id in (${placeholders(tripIds.length)}) order by trip_id, id`,
      [...tripIds],
    );
  },

  /** What the settlements of several SETTLED trips recorded on them, in one read, by trip id (trips not settled are absent). */
  async settlementsOf(em: SqlExecutor, tripIds: readonly string[]): Promise<Map<string, TripSettlementColumns>> {
    if (tripIds.length === 0) return new Map();
    const rows = await em.execute<
      Array<{
        id: string;
        commission_rule_id: string;
        commission_bps: number;
        driver_amount: string;
        platform_amount: string;
        settlement_entry_id: string | null;
        restaurant_amount: string | null;
        restaurant_rule_id: string | null;
        restaurant_bps: number | null;
      }>
    >(
      `select id, commission_rule_id, commission_bps, driver_amount::text, platform_amount::text, settlement_entry_id,
              restaurant_amount::text, restaurant_rule_id, restaurant_bps
         from trip where id in (${placeholders(tripIds.length)}) and status = 'SETTLED'`,
      [...tripIds],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          commissionRuleId: r.commission_rule_id,
          commissionBps: r.commission_bps,
          driverAmount: BigInt(r.driver_amount),
          platformAmount: BigInt(r.platform_amount),
          settlementEntryId: r.settlement_entry_id,
          restaurantAmount: r.restaurant_amount === null ? null : BigInt(r.restaurant_amount),
          restaurantRuleId: r.restaurant_rule_id,
          restaurantBps: r.restaurant_bps,
        },
      ]),
    );
  },

  /** The order lines of several food orders in one read; the line total is multiplied in SQL (bigint), never in JS floats. */
  async linesOf(em: SqlExecutor, tripIds: readonly string[]): Promise<OrderLineView[]> {
    if (tripIds.length === 0) return [];
    return em.execute<OrderLineView[]>(
      `select trip_id, menu_item_id, name, quantity, unit_price::text as unit_price, (unit_price * quantity)::text as line_total
         from order_line where trip_id in (${placeholders(tripIds.length)}) order by trip_id, name, menu_item_id`,
      [...tripIds],
    );
  },

  /** Writes the columns the patch names (a null clears one; an absent key leaves it as it is). */
  async update(em: SqlExecutor, id: string, patch: TripPatch): Promise<void> {
    const { sql, params } = TripRepository.updateStatement(id, patch);
    await em.execute(sql, params, 'run');
  },

  /** `update` as a statement to run with others in one round trip (enqueueEvents: a trip step, a hold released). */
  updateStatement(id: string, patch: TripPatch): SqlPart {
    const set = (Object.keys(patch) as Array<keyof TripPatch>).filter((k) => patch[k] !== undefined);
    return {
      sql: `update trip set ${set.map((k) => `${PATCH_COLUMNS[k]} = ?`).join(', ')}, updated_at = now() where id = ?`,
      params: [...set.map((k) => toParam(patch[k])), id],
    };
  },

  /** The transition row of a step, as a statement to run with the step's other writes (moved). */
  transitionStatement(tripId: string, from: TripStatus | null, to: TripStatus, actor: { type: string; id: string }, requestKey: string | null): SqlPart {
    return {
      sql: 'insert into trip_transition (trip_id, from_status, to_status, actor_type, actor_id, request_key) values (?, ?, ?, ?, ?, ?)',
      params: [tripId, from, to, actor.type, actor.id, requestKey],
    };
  },

  /** The record of a hold given back (who, why, under which key), as a statement to run with the release's other writes. */
  holdReleaseStatement(t: TripRow, actor: { type: string; id: string }, reason: string | null, requestKey: string | null): SqlPart {
    return {
      sql: 'insert into hold_release (trip_id, hold_attempt, actor_type, actor_id, reason, request_key) values (?, ?, ?, ?, ?, ?)',
      params: [t.id, t.holdAttempt, actor.type, actor.id, reason, requestKey],
    };
  },

  /** The release of a hold of this trip by this actor under this Idempotency-Key, with its reason; null when there is none. */
  async holdReleasedWith(em: SqlExecutor, tripId: string, actorId: string, requestKey: string): Promise<{ reason: string | null } | null> {
    const rows = await em.execute<Array<{ reason: string | null }>>('select reason from hold_release where trip_id = ? and actor_id = ? and request_key = ?', [
      tripId,
      actorId,
      requestKey,
    ]);
    return rows[0] ?? null;
  },

  /** What the settlement of a SETTLED trip recorded on it; null for a trip not settled. */
  async settlement(em: SqlExecutor, id: string): Promise<TripSettlementColumns | null> {
    return (await TripRepository.settlementsOf(em, [id])).get(id) ?? null;
  },

  /**
   * The trip this driver is on, other than `tripId` (DRIVER_ON_TRIP), read after queuing on the
   * driver's own lock to the commit: two takes by one driver at once are decided one after the other.
   */
  async driversOtherTrip(em: SqlExecutor, driverId: string, tripId: string): Promise<{ serviceType: ServiceType } | null> {
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`trip-driver:${driverId}`]);
    const rows = await em.execute<Array<{ service_type: ServiceType }>>(DRIVERS_OTHER_TRIP_SQL, [driverId, tripId]);
    return rows[0] ? { serviceType: rows[0].service_type } : null;
  },

  /** The trip this actor created under this Idempotency-Key (its first step carries the key), if any. */
  async createdWith(em: SqlExecutor, actorId: string, requestKey: string): Promise<string | null> {
    const rows = await em.execute<Array<{ trip_id: string }>>(
      'select trip_id from trip_transition where actor_id = ? and request_key = ? and from_status is null',
      [actorId, requestKey],
    );
    return rows[0]?.trip_id ?? null;
  },

  /** The step of this trip taken by this actor under this Idempotency-Key, if there is one. */
  async stepTakenWith(em: SqlExecutor, tripId: string, actorId: string, requestKey: string): Promise<{ from: TripStatus | null; to: TripStatus } | null> {
    const rows = await em.execute<Array<{ from_status: TripStatus | null; to_status: TripStatus }>>(
      'select from_status, to_status from trip_transition where trip_id = ? and actor_id = ? and request_key = ? order by id limit 1',
      [tripId, actorId, requestKey],
    );
    return rows[0] ? { from: rows[0].from_status, to: rows[0].to_status } : null;
  },

  /**
   * Holds recovery can decide on: asked of the wallet and never recorded (a crash in between), or
   * still open on a trip that has ended (cancelled) and so can never be settled.
   */
  async recoverableHolds(em: SqlExecutor, requestedBefore: Date): Promise<string[]> {
    const rows = await em.execute<Array<{ id: string }>>(
      `select id from trip where hold_state in ('REQUESTED','HELD') and (status like 'CANCELLED%' or (hold_state = 'REQUESTED' and hold_requested_at < ?))
        order by hold_opened_at limit 100`,
      [requestedBefore],
    );
    return rows.map((r) => r.id);
  },

  /** Open holds older than `openedBefore`, oldest first: what recovery leaves to an admin (a trip completed and never settled, say). */
  /** Holds open since before `openedBefore`, oldest first, of one mode and (unless null) one country. */
  async staleHolds(em: SqlExecutor, q: { openedBefore: Date; mode: string; countryCode: string | null; limit: number }): Promise<TripRow[]> {
    const rows = await em.execute<RawTrip[]>(
      `select ${TRIP_COLUMNS} from trip
        where hold_state in ('REQUESTED','HELD') and hold_opened_at < ? and mode = ? and (?::text is null or country_code = ?)
        order by hold_opened_at limit ?`,
      [q.openedBefore, q.mode, q.countryCode, q.countryCode, q.limit],
    );
    return rows.map(toTrip);
  },

  async countStaleHolds(em: SqlExecutor, openedBefore: Date): Promise<number> {
    const [r] = await em.execute<Array<{ n: number }>>(`select count(*)::int as n from trip where hold_state in ('REQUESTED','HELD') and hold_opened_at < ?`, [
      openedBefore,
    ]);
    return r?.n ?? 0;
  },

  /**
   * Platform commission and gross fares of settled trips of one mode, summed per period (day, week
   * or month, UTC), service, country and currency; from and to are dates, both included, and an
   * empty service or country means all.
   */
  async earnings(
    em: SqlExecutor,
    q: { groupBy: string; mode: string; from: string; to: string; serviceType: string; countryCode: string },
  ): Promise<EarningsRow[]> {
    return em.execute<EarningsRow[]>(
      `select date_trunc(?, settled_at at time zone 'UTC')::date::text as period_start, service_type, country_code, currency,
            sum(platform_amount)::text as commission, sum(fare)::text as gross, count(*)::int as trips
       from trip
      where status = 'SETTLED' and mode = ? and settled_at >= ?::date and settled_at < ?::date + 1
        and (? = '' or service_type = ?) and (? = '' or country_code = ?)
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
      [q.groupBy, q.mode, q.from, q.to, q.serviceType, q.serviceType, q.countryCode, q.countryCode],
    );
  },

  /** Earners of the country who may owe commission: drivers and restaurants of settled cash orders with a commission. */
  async cashEarners(em: SqlExecutor, countryCode: string): Promise<Array<{ owner_id: string; currency: string; mode: string }>> {
    return em.execute<Array<{ owner_id: string; currency: string; mode: string }>>(
      `select driver_id as owner_id, currency, mode from trip
        where country_code = ? and status = 'SETTLED' and payment_method = 'CASH' and platform_amount > 0 and driver_id is not null
       union
       select restaurant_id, currency, mode from trip
        where country_code = ? and status = 'SETTLED' and payment_method = 'CASH' and service_type = 'FOOD' and food_subtotal > restaurant_amount`,
      [countryCode, countryCode],
    );
  },
};
