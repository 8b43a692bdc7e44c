import { Migration } from '@mikro-orm/migrations';

/**
 * Fewer index writes per entry on the ledger's outbox. The relay deletes a row once the broker
 * confirmed it, so every row left is unpublished and the primary key already orders them: the
 * partial index is redundant. Event ids are random UUIDs, and consumers deduplicate them in their
 * inbox: a unique index here only costs a write per entry.
 */
export class LeanOutbox extends Migration {
  override up(): void {
    this.addSql(`
drop index if exists outbox_event_unpublished_idx;
alter table outbox_event drop constraint if exists outbox_event_id_key;
`);
  }
}
