import { Migration } from '@mikro-orm/migrations';
import { buildConcurrently, type TripIndex } from './concurrent-trip-indexes.ts';

/**
 * The settlement queue (trips done and not settled, oldest first) walks this index: it holds only
 * the trips waiting, so it stays small however many trips were ever settled, and it ends in id so
 * a page is one index range. Built concurrently where `trip` exists (trip writes go on), as
 * TripHistoryIndexes is; UnsettledTripIndexOnNewDatabases builds it on a new database.
 */
export const UNSETTLED_INDEXES: readonly TripIndex[] = [{ name: 'trip_unsettled_idx', on: "(created_at, id) where status in ('COMPLETED', 'DELIVERED')" }];

export class UnsettledTripIndex extends Migration {
  override isTransactional(): boolean {
    return false;
  }

  override async up(): Promise<void> {
    await buildConcurrently(this, UNSETTLED_INDEXES);
  }
}
