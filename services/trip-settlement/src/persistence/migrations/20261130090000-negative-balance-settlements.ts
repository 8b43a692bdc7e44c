import { Migration } from '@mikro-orm/migrations';

/**
 * Owed commission an admin recorded as paid outside the app, one row per outside receipt: a second
 * request with the same external reference (in the same mode, compared without case) finds it and
 * moves nothing. The row and its trip.negative-balance-settled event are written in one
 * transaction, so a retry after that transaction failed writes both, and only once.
 */
export class NegativeBalanceSettlements extends Migration {
  override up(): void {
    this.addSql(`
create table negative_balance_settlement (
  mode text not null,
  reference_key text not null,
  external_reference text not null,
  owner_id uuid not null,
  wallet_id uuid not null,
  currency char(3) not null,
  amount bigint not null check (amount > 0),
  owed_after bigint not null,
  entry_id text not null,
  reason text not null,
  admin_id text not null,
  request_key text,
  settled_at timestamptz not null default now(),
  primary key (mode, reference_key)
);
`);
  }
}
