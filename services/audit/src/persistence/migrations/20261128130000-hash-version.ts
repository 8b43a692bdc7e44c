import { Migration } from '@mikro-orm/migrations';

/**
 * Which canonical form a record's hash was computed over (domain/hash-chain.ts): 1 for the records
 * written before RFC 8785, 2 for those after. The default stays 1, so a writer of the previous
 * release (a rolling deploy) still labels its records right; this release writes 2.
 */
export class HashVersion extends Migration {
  override up(): void {
    this.addSql(
      `alter table audit_record add column hash_version smallint not null default 1 constraint audit_record_hash_version_check check (hash_version in (1, 2));`,
    );
  }
}
