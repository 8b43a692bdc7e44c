import { Migration } from '@mikro-orm/migrations';
import { MESSAGING_DDL } from '@ziba/messaging';

/**
 * Trips with their fare and hold state, every transition (who and when), tariffs, versioned
 * commission rules and driver presence. Settled trips keep the rule and split they were settled with.
 */
export class InitialTrips extends Migration {
  override up(): void {
    this.addSql(`
create table tariff (
  country_code char(2) not null,
  service_type text not null,
  currency char(3) not null,
  base_fare bigint not null check (base_fare >= 0),
  per_km bigint not null check (per_km >= 0),
  minimum_fare bigint not null check (minimum_fare > 0),
  updated_at timestamptz not null default now(),
  primary key (country_code, service_type)
);

create table commission_rule (
  id uuid primary key,
  service_type text not null check (service_type in ('RIDE','PARCEL','FOOD_RESTAURANT','FOOD_DELIVERY')),
  country_code char(2) not null,
  payment_method text not null check (payment_method in ('CASH','ONLINE')),
  bps integer not null check (bps between 0 and 10000),
  effective_from timestamptz not null,
  created_by text not null,
  created_at timestamptz not null default now()
);
create index commission_rule_lookup_idx on commission_rule (service_type, country_code, payment_method, effective_from desc);

create table trip (
  id uuid primary key,
  service_type text not null check (service_type in ('RIDE','PARCEL')),
  status text not null,
  country_code char(2) not null,
  currency char(3) not null,
  mode text not null check (mode in ('live','test')),
  payment_method text not null check (payment_method in ('CASH','ONLINE')),
  rider_id uuid not null,
  driver_id uuid,
  distance_meters integer not null check (distance_meters > 0),
  fare bigint not null check (fare > 0),
  hold_state text not null default 'NONE' check (hold_state in ('NONE','REQUESTED','HELD','RELEASED','SETTLED')),
  hold_attempt integer not null default 0,
  hold_id text,
  hold_requested_at timestamptz,
  commission_rule_id text,
  commission_bps integer,
  driver_amount bigint,
  platform_amount bigint,
  settlement_entry_id text,
  settled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'SETTLED' or settled_at is not null)
);
create index trip_rider_idx on trip (rider_id, created_at desc);
create index trip_driver_idx on trip (driver_id, created_at desc);
create index trip_settled_idx on trip (settled_at) where settled_at is not null;
create index trip_hold_requested_idx on trip (hold_requested_at) where hold_state = 'REQUESTED';

create table trip_transition (
  id bigint generated always as identity primary key,
  trip_id uuid not null references trip (id),
  from_status text,
  to_status text not null,
  actor_type text not null,
  actor_id text not null,
  at timestamptz not null default now()
);
create index trip_transition_trip_idx on trip_transition (trip_id, id);

create table driver_presence (
  driver_id uuid primary key,
  online boolean not null,
  updated_at timestamptz not null default now()
);
`);
    this.addSql(MESSAGING_DDL);
  }
}
