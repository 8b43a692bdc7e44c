import { Migration } from '@mikro-orm/migrations';

/** The weekly runs' list counts each run's payouts: found through the run, not by reading every payout. */
export class AutoRunPayoutsIndex extends Migration {
  override up(): void {
    this.addSql(`create index payout_auto_run on payout (auto_run_id) where auto_run_id is not null;`);
  }
}
