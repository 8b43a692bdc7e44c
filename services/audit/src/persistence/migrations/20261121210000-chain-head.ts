import { Migration } from '@mikro-orm/migrations';

/** The chain's head, one row: appends lock it, so the records after it are one line, never a fork. */
export class ChainHead extends Migration {
  override up(): void {
    this.addSql(`
create table audit_chain_head (
  id smallint primary key check (id = 1),
  last_hash char(64) not null
);
insert into audit_chain_head (id, last_hash) values (1, coalesce((select hash from audit_record order by seq desc limit 1), repeat('0', 64)));
`);
  }
}
