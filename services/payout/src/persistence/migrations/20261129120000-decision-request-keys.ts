import { Migration } from '@mikro-orm/migrations';

/**
 * An admin's decision keeps the Idempotency-Key of the request that made it (a step, or the first of
 * two approvals; null before this column and for the service's own steps). A retry whose first answer
 * was lost (a 5xx, a cut connection) finds its decision here and is answered with the payout instead
 * of a refusal of a decision already made.
 */
export class DecisionRequestKeys extends Migration {
  override up(): void {
    this.addSql(`
alter table payout_transition add column request_key text;
alter table payout_approval add column request_key text;
`);
  }
}
