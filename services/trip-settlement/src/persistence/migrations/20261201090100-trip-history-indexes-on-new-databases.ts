import { Migration } from '@mikro-orm/migrations';
import { buildOnNewDatabase } from './concurrent-trip-indexes.ts';
import { HISTORY_INDEXES, REPLACED_INDEXES } from './20261201090000-trip-history-indexes.ts';

/**
 * Builds the history indexes on a database that TripHistoryIndexes found without a committed
 * `trip` table (a new one, whose `trip` the same run created): plainly, inside the run's
 * transaction, on an empty table no one else sees yet. Everywhere else TripHistoryIndexes has built
 * them and dropped the old ones already, so this finds nothing to do and locks nothing (the checks
 * read the catalog; `drop index if exists` of a missing index takes no lock on `trip`).
 */
export class TripHistoryIndexesOnNewDatabases extends Migration {
  override up(): void {
    buildOnNewDatabase(this, HISTORY_INDEXES, REPLACED_INDEXES);
  }
}
