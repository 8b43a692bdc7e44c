import { Migration } from '@mikro-orm/migrations';

/** Provider callbacks already applied, by the provider's event id: a repeat is acknowledged and ignored. */
export class ProviderEvents extends Migration {
  override up(): void {
    this.addSql(`
create table provider_event (
  provider text not null,
  event_id text not null,
  payout_id uuid not null,
  status text not null,
  received_at timestamptz not null default now(),
  primary key (provider, event_id)
);
`);
  }
}
