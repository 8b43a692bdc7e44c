import { Migration } from '@mikro-orm/migrations';
import { buildOnNewDatabase } from './concurrent-trip-indexes.ts';
import { UNSETTLED_INDEXES } from './20261202090000-unsettled-trip-index.ts';

/** Builds the settlement queue's index where UnsettledTripIndex found no committed `trip` (a new database). */
export class UnsettledTripIndexOnNewDatabases extends Migration {
  override up(): void {
    buildOnNewDatabase(this, UNSETTLED_INDEXES);
  }
}
