import { Migration } from '@mikro-orm/migrations';
import { UNDER_WAY } from '../trips-under-way.repository.ts';
import { buildConcurrently, type TripIndex } from './concurrent-trip-indexes.ts';

/**
 * The admins' list of trips under way walks this index: it holds only the trips not yet ended
 * (TripsUnderWayRepository's predicate), a few per driver on the road however many trips were ever
 * made, and it ends in id so a page is one index range. Built concurrently where `trip` exists
 * (trip writes go on), as TripHistoryIndexes is; TripsUnderWayIndexOnNewDatabases builds it on a new database.
 */
export const UNDER_WAY_INDEXES: readonly TripIndex[] = [{ name: 'trip_under_way_idx', on: `(mode, created_at, id) where ${UNDER_WAY}` }];

export class TripsUnderWayIndex extends Migration {
  override isTransactional(): boolean {
    return false;
  }

  override async up(): Promise<void> {
    await buildConcurrently(this, UNDER_WAY_INDEXES);
  }
}
