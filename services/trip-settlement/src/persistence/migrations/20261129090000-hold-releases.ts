import { Migration } from '@mikro-orm/migrations';

/**
 * Who gave each fare hold back, when, why, and under which Idempotency-Key: one row per released
 * attempt, written with the release. An admin's release retried after its answer was lost (a 5xx, a
 * cut connection) finds its row here and is answered with the trip, not refused for a hold no longer
 * open. Releases before this table have no row.
 */
export class HoldReleases extends Migration {
  override up(): void {
    this.addSql(`
create table hold_release (
  trip_id uuid not null references trip (id),
  hold_attempt int not null,
  actor_type text not null,
  actor_id text not null,
  reason text,
  request_key text,
  released_at timestamptz not null default now(),
  primary key (trip_id, hold_attempt)
);
`);
  }
}
