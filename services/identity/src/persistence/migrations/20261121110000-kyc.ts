import { Migration } from '@mikro-orm/migrations';

/**
 * KYC (SPEC section 3): profiles, documents (numbers only as keyed hashes), review flags.
 * A document number is unique per country and type among live documents, except SSN_LAST4.
 */
export class Kyc extends Migration {
  override up(): void {
    this.addSql(`
alter table app_user add column driver_suspended boolean not null default false;
alter table app_user add column status_reason text;

create table identity_profile (
  user_id uuid primary key references app_user (id),
  legal_first_name text not null,
  legal_last_name text not null,
  date_of_birth date not null,
  country_code char(2) not null,
  residence_line1 text not null,
  residence_city text not null,
  residence_state text,
  residence_postal_code text,
  residence_country_code char(2) not null,
  identity_verified boolean not null default false,
  address_verified boolean not null default false,
  verification_status text not null default 'INCOMPLETE' check (verification_status in ('INCOMPLETE','PENDING_REVIEW','VERIFIED','REJECTED')),
  review text not null default 'NONE' check (review in ('NONE','APPROVED','REJECTED')),
  review_reason text,
  reviewed_by uuid,
  reviewed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index identity_profile_status_idx on identity_profile (verification_status, country_code);

create table identity_document (
  id uuid primary key,
  user_id uuid not null references app_user (id),
  country_code char(2) not null,
  document_type text not null check (document_type in ('DRIVER_LICENSE','NIN','NID','SSN_LAST4','STATE_ID','NATIONAL_ID','PASSPORT')),
  number_hash text not null,
  hash_key_id text not null,
  is_uniqueness_key boolean not null,
  issuing_authority text not null,
  expiry_date date,
  holder_name text not null,
  holder_line1 text,
  holder_city text,
  holder_state text,
  holder_postal_code text,
  holder_country_code char(2),
  name_matches boolean not null,
  address_matches boolean,
  status text not null check (status in ('PENDING','VERIFIED','REJECTED','SUPERSEDED')),
  verification_method text check (verification_method in ('automated','manual')),
  rejection_reason text,
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz not null default now()
);
create index identity_document_user_idx on identity_document (user_id);
create unique index identity_document_number_uniq on identity_document (country_code, document_type, hash_key_id, number_hash)
  where is_uniqueness_key and status in ('PENDING','VERIFIED');
create index identity_document_hash_idx on identity_document (number_hash);

create table review_flag (
  id uuid primary key,
  user_id uuid not null references app_user (id),
  document_id uuid references identity_document (id),
  reason text not null check (reason in ('NAME_MISMATCH','ADDRESS_MISMATCH','DOCUMENT_REUSED','PROVIDER_NO_MATCH','PROVIDER_UNAVAILABLE')),
  detail text not null,
  status text not null default 'OPEN' check (status in ('OPEN','APPROVED','REJECTED','SUPERSEDED')),
  decision_reason text,
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz not null default now()
);
create index review_flag_user_idx on review_flag (user_id);
`);
  }
}
