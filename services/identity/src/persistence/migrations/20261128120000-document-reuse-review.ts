import { Migration } from '@mikro-orm/migrations';

/**
 * A number another account already holds is kept for review (SPEC section 3, 12.9) instead of being
 * refused outright: the later submission names the holder's document in reuse_of and stays out of
 * the uniqueness index until an admin approves it, so the first holder keeps theirs meanwhile.
 */
export class DocumentReuseReview extends Migration {
  override up(): void {
    this.addSql(`
alter table identity_document add column reuse_of uuid references identity_document (id);
drop index identity_document_number_uniq;
create unique index identity_document_number_uniq on identity_document (country_code, document_type, hash_key_id, number_hash)
  where is_uniqueness_key and status in ('PENDING','VERIFIED') and reuse_of is null;
`);
  }
}
