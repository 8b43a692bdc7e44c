import { Migration } from '@mikro-orm/migrations';

/**
 * Payout lists are newest first, by creation time (a payout's id is random, so ordering by it put
 * the newest attempt anywhere in a driver's list). The owner's lists have payout_owner_idx; the
 * admins' list across owners pages through this one.
 */
export class NewestFirst extends Migration {
  override up(): void {
    this.addSql(`create index payout_created_idx on payout (created_at desc, id desc);`);
  }
}
