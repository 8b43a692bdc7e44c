import { Migration } from '@mikro-orm/migrations';

/** A bank's reference is looked up before an admin marks a payout paid with it: it must not be on another payout already. */
export class ExternalReferenceIndex extends Migration {
  override up(): void {
    this.addSql(`create index payout_external_reference on payout (provider, currency, lower(external_reference)) where external_reference is not null;`);
  }
}
