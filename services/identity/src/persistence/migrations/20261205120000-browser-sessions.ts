import { Migration } from '@mikro-orm/migrations';

/**
 * Browser sessions (issue 14): one family per sign-in, and its refresh tokens, each kept only as the
 * SHA-256 of the token (the token itself is never stored). A family ends once (sign-out, reuse of a
 * used token, a blocked user); a token is used once (the rotation that replaced it).
 */
export class BrowserSessions extends Migration {
  override up(): void {
    this.addSql(`
create table session_family (
  id uuid primary key,
  user_id uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoked_reason text check (revoked_reason in ('SIGNED_OUT','REUSE_DETECTED','USER_BLOCKED')),
  check ((revoked_at is null) = (revoked_reason is null))
);
create index session_family_user_idx on session_family (user_id);

create table refresh_token (
  id uuid primary key,
  family_id uuid not null references session_family (id) on delete cascade,
  token_hash char(64) not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  constraint refresh_token_hash_uniq unique (token_hash)
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_expires_idx on refresh_token (expires_at);
`);
  }
}
