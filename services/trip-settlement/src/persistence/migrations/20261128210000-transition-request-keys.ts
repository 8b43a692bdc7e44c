import { Migration } from '@mikro-orm/migrations';

/**
 * Each step of a trip keeps the Idempotency-Key of the request that took it (null for steps taken
 * by the service itself, and for steps taken before this column). A retry whose first answer was
 * lost (a 5xx, a cut connection) finds its step here and is answered with the trip instead of a
 * refusal of a step already taken. A trip's first step (its creation) is unique per requester and
 * key, so a repeated request for a trip or a food order creates nothing more.
 */
export class TransitionRequestKeys extends Migration {
  override up(): void {
    this.addSql(`
alter table trip_transition add column request_key text;
create unique index trip_transition_created_with_idx on trip_transition (actor_id, request_key) where from_status is null and request_key is not null;
`);
  }
}
