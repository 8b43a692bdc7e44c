import { Migration } from '@mikro-orm/migrations';

/** How far the finance feed has published the chain; one row, locked by the one publisher at a time. */
export class FinanceFeed extends Migration {
  override up(): void {
    this.addSql(`
create table finance_feed_cursor (
  id int primary key check (id = 1),
  last_seq bigint not null default 0,
  updated_at timestamptz not null default now()
);
insert into finance_feed_cursor (id) values (1);
`);
  }
}
