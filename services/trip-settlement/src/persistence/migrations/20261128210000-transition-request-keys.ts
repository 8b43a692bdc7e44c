import { Migration } from '@mikro-orm/migrations';

/**
 * Each step of a trip keeps the Idempotency-Key of the request that took it (null for steps taken
 * by the service itself, and for steps taken before this column). A retry whose first answer was
 * lost (a 5xx, a cut connection) finds its step here and is answered with the trip instead of a
 * refusal of a step already taken.
 */
export class TransitionRequestKeys extends Migration {
  override up(): void {
    this.addSql('alter table trip_transition add column request_key text;');
  }
}
