import { Migration } from '@mikro-orm/migrations';

/** A method that replaced another is marked, so payouts to it carry a review flag for a while. */
export class MethodChanges extends Migration {
  override up(): void {
    this.addSql(`
alter table payout_method add column replaced_previous boolean not null default false;
create index payout_client_ip_idx on payout (client_ip, created_at) where client_ip is not null;
`);
  }
}
