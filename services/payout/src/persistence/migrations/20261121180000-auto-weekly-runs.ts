import { Migration } from '@mikro-orm/migrations';

/** One weekly auto-payout run per (week, country); its payouts point back to it. */
export class AutoWeeklyRuns extends Migration {
  override up(): void {
    this.addSql(`
create table auto_payout_run (
  id uuid primary key,
  week_start date not null,
  country_code char(2) not null,
  skipped integer not null default 0,
  started_by text not null,
  created_at timestamptz not null default now(),
  constraint auto_payout_run_week_country_uniq unique (week_start, country_code)
);
alter table payout add column auto_run_id uuid references auto_payout_run (id);
`);
  }
}
