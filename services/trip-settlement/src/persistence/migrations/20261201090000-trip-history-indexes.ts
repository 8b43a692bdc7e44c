import { Migration } from '@mikro-orm/migrations';
import { buildConcurrently } from './concurrent-trip-indexes.ts';

/** The history indexes (name, then what follows `on trip`), shared with TripHistoryIndexesOnNewDatabases. */
export const HISTORY_INDEXES = [
  { name: 'trip_rider_history_idx', on: '(rider_id, created_at desc, id desc)' },
  { name: 'trip_driver_history_idx', on: '(driver_id, created_at desc, id desc) where driver_id is not null' },
  { name: 'trip_restaurant_history_idx', on: '(restaurant_id, created_at desc, id desc) where restaurant_id is not null' },
] as const;

/** The narrower indexes they replace. */
export const REPLACED_INDEXES = ['trip_rider_idx', 'trip_driver_idx', 'trip_restaurant_idx'] as const;

/**
 * Trip history pages each party's trips newest first by keyset on (created_at, id). These indexes
 * end in id so a page is one index range however deep the walk; each replaces the narrower
 * (owner, created_at desc) index it covers.
 *
 * `trip` is written by every ride, parcel and food order, so on a database that already has it the
 * indexes are built with `create index concurrently` and the old ones dropped the same way: trip
 * writes go on during the build. Neither may run inside a transaction, so this migration is not
 * transactional: each statement runs on its own, outside the transaction the other migrations of
 * the run share (it still holds the migration lock, and records this migration once it is done).
 * Every statement can run again: a build that failed half way leaves an invalid index of the
 * name, which is dropped first and built again, and the old indexes go only after the new ones
 * are built.
 *
 * On a new database `trip` is created in this very run, inside that shared transaction, so it is
 * not yet visible from outside it: nothing is built here, and TripHistoryIndexesOnNewDatabases
 * builds the indexes inside the transaction, on the new, empty table no one else can see yet.
 *
 * A concurrent build waits out every transaction with an older snapshot; a second migrator waits
 * for the migration lock outside any transaction (migrateUnderLock tries it again), so two
 * migrators at once (two replicas starting with MIGRATE=on-start) take turns rather than wait on
 * each other.
 */
export class TripHistoryIndexes extends Migration {
  override isTransactional(): boolean {
    return false;
  }

  override async up(): Promise<void> {
    await buildConcurrently(this, HISTORY_INDEXES, REPLACED_INDEXES);
  }
}
