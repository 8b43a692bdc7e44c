import { Migration } from '@mikro-orm/migrations';
import { MESSAGING_DDL } from '@ziba/messaging';

/**
 * Payout methods (account numbers only encrypted, with a keyed fingerprint for uniqueness) and
 * payouts with every transition. At most one open payout per earner and one active method per
 * earner are enforced by partial unique indexes, so concurrent requests cannot get around them.
 */
export class InitialPayouts extends Migration {
  override up(): void {
    this.addSql(`
create table payout_method (
  id uuid primary key,
  owner_id uuid not null,
  type text not null check (type in ('BANK','MOBILE_MONEY')),
  bank_name text,
  bank_code text,
  provider text,
  account_ciphertext text not null,
  account_key_id text not null,
  account_fingerprint text not null,
  last4 char(4) not null,
  account_name text not null,
  country_code char(2) not null,
  status text not null check (status in ('VERIFIED','PENDING_REVIEW')),
  active boolean not null,
  usable_from timestamptz not null,
  created_at timestamptz not null default now()
);
create unique index payout_method_active_uniq on payout_method (owner_id) where active;
create unique index payout_method_fingerprint_uniq on payout_method (account_fingerprint) where active;

create table payout (
  id uuid primary key,
  owner_id uuid not null,
  owner_type text not null,
  country_code char(2) not null,
  currency char(3) not null,
  mode text not null,
  amount bigint not null,
  status text not null,
  reasons text[] not null default '{}',
  review_flags text[] not null default '{}',
  origin text not null default 'manual_request',
  provider text not null default 'manual',
  provider_reference text,
  method_id uuid,
  masked_account text,
  rejection_reason text,
  failure_reason text,
  external_reference text,
  idempotency_key text not null,
  client_ip text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint payout_idempotency_uniq unique (owner_id, idempotency_key)
);
create unique index payout_one_open_uniq on payout (owner_id) where status in ('REQUESTED','PENDING','APPROVED','PROCESSING','FAILED');
create index payout_status_idx on payout (status, created_at);
create index payout_owner_idx on payout (owner_id, created_at desc);

create table payout_transition (
  id bigint generated always as identity primary key,
  payout_id uuid not null references payout (id),
  from_status text,
  to_status text not null,
  actor_type text not null,
  actor_id text not null,
  note text,
  at timestamptz not null default now()
);
create index payout_transition_payout_idx on payout_transition (payout_id, id);
`);
    this.addSql(MESSAGING_DDL);
  }
}
