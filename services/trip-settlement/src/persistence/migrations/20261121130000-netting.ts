import { Migration } from '@mikro-orm/migrations';

/**
 * Weekly commission netting runs, one per (week, country), and the item planned for each wallet
 * before the ledger is asked, so a run resumed after a crash repeats exactly the same entries.
 */
export class Netting extends Migration {
  override up(): void {
    this.addSql(`
create table netting_run (
  id uuid primary key,
  week_start date not null,
  country_code char(2) not null,
  status text not null check (status in ('RUNNING','COMPLETED')),
  started_by text not null,
  started_at timestamptz not null default now(),
  completed_at timestamptz,
  constraint netting_run_week_country_uniq unique (week_start, country_code)
);

create table netting_item (
  run_id uuid not null references netting_run (id),
  wallet_id uuid not null,
  owner_id uuid not null,
  currency char(3) not null,
  mode text not null,
  owed_before bigint not null,
  netted bigint not null check (netted > 0),
  entry_id text,
  created_at timestamptz not null default now(),
  primary key (run_id, wallet_id)
);
`);
  }
}
