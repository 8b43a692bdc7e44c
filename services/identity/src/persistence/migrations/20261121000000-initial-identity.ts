import { Migration } from '@mikro-orm/migrations';
import { MESSAGING_DDL } from '@ziba/messaging';

export class InitialIdentity extends Migration {
  override up(): void {
    this.addSql(`
create table app_user (
  id uuid primary key,
  email text not null,
  password_hash text not null,
  role text not null check (role in ('RIDER','DRIVER','RESTAURANT','ADMIN')),
  country_code char(2) not null,
  currency char(3) not null,
  status text not null default 'ACTIVE' check (status in ('ACTIVE','BLOCKED')),
  test_mode boolean not null default false,
  permissions text[] not null default '{}',
  driver_status text check (driver_status in ('PENDING_VERIFICATION','VERIFIED','SUSPENDED')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint app_user_email_uniq unique (email)
);
`);
    this.addSql(MESSAGING_DDL);
  }
}
