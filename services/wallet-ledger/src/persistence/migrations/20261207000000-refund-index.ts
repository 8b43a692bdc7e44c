import { Migration } from '@mikro-orm/migrations';

/**
 * The earnings report sums refunds by time (SumRefunds). Refunds are a sliver of the journal, so a
 * partial index finds them without reading the rest; entries of every other kind never touch it.
 */
export class RefundIndex extends Migration {
  override up(): void {
    this.addSql(`create index journal_entry_refund_time_idx on journal_entry (created_at) where service_type = 'refund';`);
  }
}
