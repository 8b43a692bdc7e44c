import type { SqlExecutor } from '@ziba/messaging';
import type { Mode } from '@ziba/service-kit/mode';
import { TRIP_COLUMNS, toTrip, type RawTrip, type TripRow } from './trip.repository.ts';

/**
 * Which trips wait for settlement: done, with a driver, and what a settle would take
 * (domain/settlement.ts assertSettleable): paid in cash, or paid online with the fare still held. A
 * done online trip whose hold was given back cannot be settled and is not waiting. The predicate of
 * trip_unsettled_idx (migration UnsettledTripIndex), word for word, so the planner can use the index.
 */
export const WAITING_FOR_SETTLEMENT = `status in ('COMPLETED', 'DELIVERED') and (payment_method = 'CASH' or hold_state = 'HELD') and driver_id is not null`;

/** A page of the queue: a mode's waiting trips in the order they were requested, after the cursor trip. */
export const QUEUE_PAGE_SQL = `select ${TRIP_COLUMNS} from trip
  where ${WAITING_FOR_SETTLEMENT}
    and mode = ?
    and (?::text is null or country_code = ?)
    and (?::uuid is null or (created_at, id) > (select c.created_at, c.id from trip c where c.id = ?::uuid))
  order by mode, created_at, id limit ?`;

/**
 * The trips waiting for settlement, paged by keyset on (created_at, id) within a mode through
 * trip_unsettled_idx, which holds only the waiting trips: it stays small however many trips were
 * ever settled, and a page is one index range.
 */
export const SettlementQueueRepository = {
  async page(em: SqlExecutor, q: { mode: Mode; countryCode: string | null; after: string | null; limit: number }): Promise<TripRow[]> {
    const rows = await em.execute<RawTrip[]>(QUEUE_PAGE_SQL, [q.mode, q.countryCode, q.countryCode, q.after, q.after, q.limit]);
    return rows.map(toTrip);
  },

  /** Whether a trip of this id exists (a cursor names one; it may have been settled since its page). */
  async exists(em: SqlExecutor, tripId: string): Promise<boolean> {
    return (await em.execute<unknown[]>(`select 1 from trip where id = ?`, [tripId])).length > 0;
  },
};
