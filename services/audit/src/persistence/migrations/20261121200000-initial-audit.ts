import { Migration } from '@mikro-orm/migrations';
import { MESSAGING_DDL } from '@ziba/messaging';

/**
 * The audit log: append-only (triggers refuse UPDATE, DELETE, TRUNCATE), one row per domain event
 * (by event id), each chained to the one before by hash. Indexed for the common questions: by
 * entity, by actor, by action, by time.
 */
export class InitialAudit extends Migration {
  override up(): void {
    this.addSql(`
create table audit_record (
  seq bigint generated always as identity primary key,
  event_id uuid not null unique,
  event_type text not null,
  source text not null,
  action text not null,
  actor_type text,
  actor_id text,
  entity_type text not null,
  entity_id text not null,
  amount bigint,
  currency char(3),
  correlation_id text,
  occurred_at timestamptz not null,
  recorded_at timestamptz not null default now(),
  data jsonb not null,
  prev_hash char(64) not null,
  hash char(64) not null unique
);
create index audit_entity_idx on audit_record (entity_type, entity_id, seq);
create index audit_actor_idx on audit_record (actor_id, seq);
create index audit_action_idx on audit_record (action, seq);
create index audit_occurred_idx on audit_record (occurred_at, seq);

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_record is append-only: % refused', tg_op using errcode = 'P0001';
end $$;
create trigger audit_append_only before update or delete on audit_record for each row execute function audit_refuse_change();
create trigger audit_no_truncate before truncate on audit_record for each statement execute function audit_refuse_change();
`);
    this.addSql(MESSAGING_DDL);
  }
}
