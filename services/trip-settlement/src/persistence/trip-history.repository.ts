import type { SqlExecutor } from '@ziba/messaging';
import type { HistoryParty } from '../domain/trip-history.ts';
import type { ServiceType } from '../domain/trip-state.ts';
import { TRIP_COLUMNS, toTrip, type RawTrip, type TripRow } from './trip.repository.ts';

/** The column a party's trips are found by (a fixed map, never text from a request). */
const OWNER_COLUMN: Record<HistoryParty, string> = { RIDER: 'rider_id', DRIVER: 'driver_id', RESTAURANT: 'restaurant_id' };

/**
 * A party's trips, newest first, paged by keyset on (created_at, id): the indexes of migration
 * TripHistoryIndexes serve each party's walk, and a page costs the same however deep it is. The
 * page's transitions and order lines are read as any trip's are (TripRepository).
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
};
