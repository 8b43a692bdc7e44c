import type { SqlExecutor } from '@ziba/messaging';
import { ENDED } from '../domain/trip-state.ts';
import { oldestFirstPageSql, readOldestFirstPage, type AdminListFilter } from './oldest-first-page.ts';
import type { TripRow } from './trip.repository.ts';

/**
 * A trip still under way: not in a status a trip ends in (ENDED), whether it waits for a driver or
 * is on the road. The predicate of trip_under_way_idx (migration TripsUnderWayIndex), word for
 * word, so the planner can use the index.
 */
export const UNDER_WAY = `status not in (${ENDED.map((s) => `'${s}'`).join(', ')})`;

/** A page of a mode's trips under way, in the order they were requested, after the cursor trip. */
export const UNDER_WAY_PAGE_SQL = oldestFirstPageSql(UNDER_WAY);

/**
 * The trips under way through trip_under_way_idx, which holds only them: a few rows per driver on
 * the road however many trips were ever made, and a page is one index range.
 */
export const TripsUnderWayRepository = {
  page: (em: SqlExecutor, filter: AdminListFilter): Promise<TripRow[]> => readOldestFirstPage(em, UNDER_WAY_PAGE_SQL, filter),
};
