import { Migration } from '@mikro-orm/migrations';

/**
 * Cheaper writes on the ledger's hot rows. Balance rows change on every entry: without an index on
 * a changing column and with free space on each page, PostgreSQL updates them in place (HOT) rather
 * than writing every index again.
 */
export class LedgerHotPath extends Migration {
  override up(): void {
    this.addSql(`
drop index if exists wallet_balance_available_idx;
alter table wallet_balance set (fillfactor = 50);
`);
  }
}
