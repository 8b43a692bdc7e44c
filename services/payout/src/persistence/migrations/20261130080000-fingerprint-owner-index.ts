import { Migration } from '@mikro-orm/migrations';

/**
 * Whether another earner has had an account's number (the review list, and every account added)
 * reads inactive methods too, which the partial unique index (active only) does not cover.
 */
export class FingerprintOwnerIndex extends Migration {
  override up(): void {
    this.addSql('create index payout_method_fingerprint_owner_idx on payout_method (account_fingerprint, owner_id);');
  }
}
