import { Migration } from '@mikro-orm/migrations';
import { MESSAGING_DDL } from '@ziba/messaging';

/**
 * The ledger schema. Journal entries and postings are append-only: triggers refuse UPDATE, DELETE
 * and TRUNCATE, and a statement trigger refuses any entry whose postings do not sum to zero.
 */
export class InitialLedger extends Migration {
  override up(): void {
    this.addSql(`
create table wallet (
  id uuid primary key,
  owner_id text not null,
  owner_type text not null check (owner_type in ('RIDER','DRIVER','RESTAURANT','PLATFORM','SYSTEM')),
  country_code char(2),
  currency char(3) not null,
  mode text not null check (mode in ('live','test')),
  shard_count smallint not null default 1 check (shard_count between 1 and 256),
  created_at timestamptz not null default now(),
  constraint wallet_owner_currency_mode_uniq unique (owner_id, currency, mode)
);
create index wallet_owner_type_country_idx on wallet (owner_type, country_code);

-- Balances live on lockable rows; hot platform accounts have several shards so that concurrent
-- settlements do not queue on one row lock. User wallets have exactly one shard (0).
create table wallet_balance (
  wallet_id uuid not null references wallet (id),
  shard smallint not null,
  available bigint not null default 0,
  held bigint not null default 0 check (held >= 0),
  owed bigint not null default 0 check (owed <= 0),
  total_earned bigint not null default 0,
  updated_at timestamptz not null default now(),
  primary key (wallet_id, shard)
);
create index wallet_balance_available_idx on wallet_balance (available);

create table journal_entry (
  id uuid primary key,
  entry_type text not null,
  service_type text not null,
  currency char(3) not null,
  mode text not null,
  reference_type text,
  reference_id text,
  description text not null,
  created_by_admin_id text,
  idempotency_key text not null,
  created_at timestamptz not null default now()
);
create index journal_entry_reference_idx on journal_entry (reference_type, reference_id);

create table posting (
  id bigint generated always as identity primary key,
  entry_id uuid not null references journal_entry (id),
  wallet_id uuid not null references wallet (id),
  shard smallint not null,
  bucket text not null check (bucket in ('AVAILABLE','HELD','OWED')),
  amount bigint not null check (amount <> 0),
  hold_id text,
  available_after bigint not null,
  held_after bigint not null,
  owed_after bigint not null,
  created_at timestamptz not null default now()
);
create index posting_wallet_idx on posting (wallet_id, id desc);
create index posting_entry_idx on posting (entry_id);

create table hold (
  id text primary key,
  wallet_id uuid not null references wallet (id),
  amount bigint not null check (amount > 0),
  remaining bigint not null check (remaining >= 0 and remaining <= amount),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index hold_wallet_idx on hold (wallet_id) where remaining > 0;

create table idempotency_record (
  key text primary key,
  request_hash text not null,
  entry_id uuid,
  response jsonb,
  created_at timestamptz not null default now()
);

create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'ledger table % is append-only: % refused', tg_table_name, tg_op using errcode = 'P0001';
end $$;
create trigger journal_entry_append_only before update or delete on journal_entry for each row execute function ledger_refuse_change();
create trigger journal_entry_no_truncate before truncate on journal_entry for each statement execute function ledger_refuse_change();
create trigger posting_append_only before update or delete on posting for each row execute function ledger_refuse_change();
create trigger posting_no_truncate before truncate on posting for each statement execute function ledger_refuse_change();

-- Defence in depth behind the domain rule: the postings inserted by one statement balance per entry.
create function ledger_check_balanced() returns trigger language plpgsql as $$
declare bad uuid;
begin
  select entry_id into bad from new_postings group by entry_id having sum(amount) <> 0 limit 1;
  if bad is not null then
    raise exception 'journal entry % does not balance', bad using errcode = 'P0002';
  end if;
  return null;
end $$;
create trigger posting_balanced after insert on posting referencing new table as new_postings for each statement execute function ledger_check_balanced();
`);
    this.addSql(MESSAGING_DDL);
  }
}
