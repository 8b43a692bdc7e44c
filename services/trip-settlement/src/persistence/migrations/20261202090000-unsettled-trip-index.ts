import { Migration } from '@mikro-orm/migrations';
import { WAITING_FOR_SETTLEMENT } from '../settlement-queue.repository.ts';
import { buildConcurrently, type TripIndex } from './concurrent-trip-indexes.ts';

/**
 * The settlement queue (a mode's trips waiting for settlement, in the order they were requested)
 * walks this index: it holds only the waiting trips (SettlementQueueRepository's predicate), so it
 * stays small however many trips were ever settled, and it ends in id so a page is one index range.
 * Built concurrently where `trip` exists (trip writes go on), as TripHistoryIndexes is;
 * UnsettledTripIndexOnNewDatabases builds it on a new database.
 */
export const UNSETTLED_INDEXES: readonly TripIndex[] = [{ name: 'trip_unsettled_idx', on: `(mode, created_at, id) where ${WAITING_FOR_SETTLEMENT}` }];

export class UnsettledTripIndex extends Migration {
  override isTransactional(): boolean {
    return false;
  }

  override async up(): Promise<void> {
    await buildConcurrently(this, UNSETTLED_INDEXES);
  }
}
