import type { SqlExecutor } from '@ziba/messaging';
import type { Mode } from '@ziba/service-kit/mode';
import { TRIP_COLUMNS, toTrip, type RawTrip, type TripRow } from './trip.repository.ts';

/**
 * The trips waiting for settlement, oldest first, paged by keyset on (created_at, id) through
 * trip_unsettled_idx (migration UnsettledTripIndex), which holds only trips done and not settled.
 * Only those a settle would take are listed (domain/settlement.ts assertSettleable): paid in cash,
 * or paid online with the fare still held. A done online trip whose hold was given back cannot be
 * settled and is not waiting.
 */
export const SettlementQueueRepository = {
  async page(em: SqlExecutor, q: { mode: Mode; countryCode: string | null; after: string | null; limit: number }): Promise<TripRow[]> {
    const rows = await em.execute<RawTrip[]>(
      `select ${TRIP_COLUMNS} from trip
        where status in ('COMPLETED', 'DELIVERED')
          and (payment_method = 'CASH' or hold_state = 'HELD')
          and driver_id is not null
          and mode = ?
          and (?::text is null or country_code = ?)
          and (?::uuid is null or (created_at, id) > (select c.created_at, c.id from trip c where c.id = ?::uuid))
        order by created_at, id limit ?`,
      [q.mode, q.countryCode, q.countryCode, q.after, q.after, q.limit],
    );
    return rows.map(toTrip);
  },

  /** Whether a trip of this id exists (a cursor names one; it may have been settled since its page). */
  async exists(em: SqlExecutor, tripId: string): Promise<boolean> {
    return (await em.execute<unknown[]>(`select 1 from trip where id = ?`, [tripId])).length > 0;
  },
};
