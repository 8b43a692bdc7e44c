import { Migration } from '@mikro-orm/migrations';
import { buildOnNewDatabase } from './concurrent-trip-indexes.ts';
import { UNDER_WAY_INDEXES } from './20261204090000-trips-under-way-index.ts';

/** Builds the trips-under-way index where TripsUnderWayIndex found no committed `trip` (a new database). */
export class TripsUnderWayIndexOnNewDatabases extends Migration {
  override up(): void {
    buildOnNewDatabase(this, UNDER_WAY_INDEXES);
  }
}
