import type { SqlExecutor } from '@ziba/messaging';
import type { HistoryParty } from '../domain/trip-history.ts';
import type { ServiceType } from '../domain/trip-state.ts';
import { TRIP_COLUMNS, toTrip, type RawTrip, type TripRow } from './trip.repository.ts';

/** The column a party's trips are found by (a fixed map, never text from a request). */
const OWNER_COLUMN: Record<HistoryParty, string> = { RIDER: 'rider_id', DRIVER: 'driver_id', RESTAURANT: 'restaurant_id' };

export interface TransitionView {
  trip_id: string;
  from_status: string | null;
  to_status: string;
  actor_type: string;
  actor_id: string;
  at: Date;
}

export interface OrderLineView {
  trip_id: string;
  menu_item_id: string;
  name: string;
  quantity: number;
  unit_price: string;
  line_total: string;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * A party's trips, newest first, paged by keyset on (created_at, id): the indexes of migration
 * TripHistoryIndexes serve each party's walk, and a page costs the same however deep it is.
 */
export const TripHistoryRepository = {
  /** Whether this trip is one of the party's (a cursor must name a row of the list it pages). */
  async isOwnedBy(em: SqlExecutor, party: HistoryParty, ownerId: string, tripId: string): Promise<boolean> {
    const rows = await em.execute<unknown[]>(`select 1 from trip where id = ? and ${OWNER_COLUMN[party]} = ?`, [tripId, ownerId]);
    return rows.length > 0;
  },

  /**
   * Up to `limit` of the party's trips after the cursor trip (none: from the newest). The cursor's
   * position is read in SQL, so its microseconds are compared as stored (a JS Date would cut them
   * to milliseconds and skip or repeat rows).
   */
  async page(em: SqlExecutor, q: { party: HistoryParty; ownerId: string; kind: ServiceType | null; after: string | null; limit: number }): Promise<TripRow[]> {
    const rows = await em.execute<RawTrip[]>(
      `select ${TRIP_COLUMNS} from trip
        where ${OWNER_COLUMN[q.party]} = ?
          and (?::text is null or service_type = ?)
          and (?::uuid is null or (created_at, id) < (select c.created_at, c.id from trip c where c.id = ?::uuid))
        order by created_at desc, id desc limit ?`,
      [q.ownerId, q.kind, q.kind, q.after, q.after, q.limit],
    );
    return rows.map(toTrip);
  },

  /** The transitions of several trips in one read, each trip's in the order they happened. */
  async transitionsOf(em: SqlExecutor, tripIds: readonly string[]): Promise<TransitionView[]> {
    if (tripIds.length === 0) return [];
    return em.execute<TransitionView[]>(
      `select trip_id, from_status, to_status, actor_type, actor_id, at from trip_transition where trip_id in (${placeholders(tripIds.length)}) order by trip_id, id`,
      [...tripIds],
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
};
