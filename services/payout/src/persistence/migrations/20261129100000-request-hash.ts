import { Migration } from '@mikro-orm/migrations';

/**
 * A withdrawal's Idempotency-Key is kept with a hash of the request it answered, so the same key
 * with another amount or currency is refused instead of answered with the first payout. Rows from
 * before have none and are answered as before.
 */
export class RequestHash extends Migration {
  override up(): void {
    this.addSql('alter table payout add column request_hash text;');
  }
}
