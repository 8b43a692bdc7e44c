import { Migration } from '@mikro-orm/migrations';
import { DRIVER_ON_TRIP } from '../trip.repository.ts';
import { buildConcurrently, type TripIndex } from './concurrent-trip-indexes.ts';

/**
 * Whether a driver taking a trip is on another one is read through this index: it holds only the
 * trips a driver is still on (TripRepository's DRIVER_ON_TRIP), a few rows however many trips were
 * ever made. Built concurrently where `trip` exists (trip writes go on), as TripHistoryIndexes is;
 * DriverOnTripIndexOnNewDatabases builds it on a new database.
 */
export const DRIVER_ON_TRIP_INDEXES: readonly TripIndex[] = [{ name: 'trip_driver_on_trip_idx', on: `(driver_id) where ${DRIVER_ON_TRIP}` }];

export class DriverOnTripIndex extends Migration {
  override isTransactional(): boolean {
    return false;
  }

  override async up(): Promise<void> {
    await buildConcurrently(this, DRIVER_ON_TRIP_INDEXES);
  }
}
