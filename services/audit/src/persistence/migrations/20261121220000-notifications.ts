import { Migration } from '@mikro-orm/migrations';

/** Notifications per owner, one per (event, owner, kind), newest first. */
export class Notifications extends Migration {
  override up(): void {
    this.addSql(`
create table notification (
  id bigint generated always as identity primary key,
  owner_id text not null,
  kind text not null,
  amount bigint not null,
  currency char(3) not null,
  reference text not null,
  event_id uuid not null,
  created_at timestamptz not null default now(),
  constraint notification_event_uniq unique (event_id, owner_id, kind)
);
create index notification_owner_idx on notification (owner_id, id desc);
`);
  }
}
