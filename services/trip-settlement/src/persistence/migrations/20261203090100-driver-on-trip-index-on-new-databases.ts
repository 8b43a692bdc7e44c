import { Migration } from '@mikro-orm/migrations';
import { buildOnNewDatabase } from './concurrent-trip-indexes.ts';
import { DRIVER_ON_TRIP_INDEXES } from './20261203090000-driver-on-trip-index.ts';

/** Builds the drivers' on-trip index where DriverOnTripIndex found no committed `trip` (a new database). */
export class DriverOnTripIndexOnNewDatabases extends Migration {
  override up(): void {
    buildOnNewDatabase(this, DRIVER_ON_TRIP_INDEXES);
  }
}
