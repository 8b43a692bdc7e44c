import { Migration } from '@mikro-orm/migrations';

/**
 * Every admin approval of a payout, who and when (four-eyes: large payouts need two different
 * admins; the key makes the same admin's second approval impossible), and how many the payout needs.
 */
export class Approvals extends Migration {
  override up(): void {
    this.addSql(`
alter table payout add column approvals_required smallint not null default 1 check (approvals_required between 1 and 2);
create table payout_approval (
  payout_id uuid not null references payout (id),
  admin_id text not null,
  note text,
  approved_at timestamptz not null default now(),
  primary key (payout_id, admin_id)
);
`);
  }
}
