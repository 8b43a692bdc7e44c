import { Migration } from '@mikro-orm/migrations';

/** Whom a weekly auto-payout run skipped and why, so its report (and a repeat's) can name them. */
export class AutoRunSkips extends Migration {
  override up(): void {
    this.addSql(`alter table auto_payout_run add column skipped_earners jsonb not null default '[]';`);
  }
}
