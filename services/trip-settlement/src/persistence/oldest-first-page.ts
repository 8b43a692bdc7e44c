import type { SqlExecutor } from '@ziba/messaging';
import type { Mode } from '@ziba/service-kit/mode';
import { TRIP_COLUMNS, toTrip, type RawTrip, type TripRow } from './trip.repository.ts';

/** What an admin's trip list is filtered by: a mode, and optionally a country and a kind of trip. */
export interface AdminListFilter {
  mode: Mode;
  countryCode: string | null;
  serviceType: string | null;
  /** The trip the last page ended with (a cursor), or null for the first page. */
  after: string | null;
  limit: number;
}

/**
 * A page of the trips matching `predicate`, oldest requested first, after the cursor trip: keyset
 * paging on (created_at, id) within a mode, so a page is one range of a partial index on
 * (mode, created_at, id) whose predicate is `predicate` word for word (the planner can use it only then).
 */
export const oldestFirstPageSql = (predicate: string) => `select ${TRIP_COLUMNS} from trip
  where ${predicate}
    and mode = ?
    and (?::text is null or country_code = ?)
    and (?::text is null or service_type = ?)
    and (?::uuid is null or (created_at, id) > (select c.created_at, c.id from trip c where c.id = ?::uuid))
  order by mode, created_at, id limit ?`;

/** Reads one page with a query oldestFirstPageSql made. */
export async function readOldestFirstPage(em: SqlExecutor, sql: string, f: AdminListFilter): Promise<TripRow[]> {
  const rows = await em.execute<RawTrip[]>(sql, [f.mode, f.countryCode, f.countryCode, f.serviceType, f.serviceType, f.after, f.after, f.limit]);
  return rows.map(toTrip);
}

/** Whether a trip of this id exists: a cursor names one, which may have left the list since its page was read. */
export async function tripExists(em: SqlExecutor, tripId: string): Promise<boolean> {
  return (await em.execute<unknown[]>(`select 1 from trip where id = ?`, [tripId])).length > 0;
}
