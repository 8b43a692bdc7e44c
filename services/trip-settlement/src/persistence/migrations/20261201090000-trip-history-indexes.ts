import { Migration } from '@mikro-orm/migrations';

/**
 * Trip history pages each party's trips newest first by keyset on (created_at, id). These indexes
 * end in id so a page is one index range however deep the walk; each replaces the narrower
 * (owner, created_at desc) index it covers.
 */
export class TripHistoryIndexes extends Migration {
  override up(): void {
    this.addSql(`
create index trip_rider_history_idx on trip (rider_id, created_at desc, id desc);
create index trip_driver_history_idx on trip (driver_id, created_at desc, id desc) where driver_id is not null;
create index trip_restaurant_history_idx on trip (restaurant_id, created_at desc, id desc) where restaurant_id is not null;
drop index trip_rider_idx;
drop index trip_driver_idx;
drop index trip_restaurant_idx;
`);
  }
}
