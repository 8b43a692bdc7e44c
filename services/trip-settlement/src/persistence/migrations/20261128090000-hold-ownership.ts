import { Migration } from '@mikro-orm/migrations';

/**
 * Every open hold has an age (`hold_opened_at`, set when the hold is asked for, cleared when it is
 * released or settled), so recovery and the admin list find old ones through one small index.
 * Commission rule versions are unique per service, country, method and effective-from: two rules
 * in force from the same instant made settlement pick one arbitrarily. Existing ties are broken
 * by creation order (the later-created rule moves one microsecond later, so it wins, as it would
 * have been meant to), then the unique index keeps new ties out.
 */
export class HoldOwnership extends Migration {
  override up(): void {
    this.addSql(`
alter table trip add column hold_opened_at timestamptz;
update trip set hold_opened_at = coalesce(hold_requested_at, updated_at) where hold_state in ('REQUESTED','HELD');
create index trip_open_hold_idx on trip (hold_opened_at) where hold_state in ('REQUESTED','HELD');

with ranked as (
  select id, row_number() over (partition by service_type, country_code, payment_method, effective_from order by created_at, id) - 1 as n
    from commission_rule
)
update commission_rule r set effective_from = r.effective_from + ranked.n * interval '1 microsecond'
  from ranked where ranked.id = r.id and ranked.n > 0;
create unique index commission_rule_version_idx on commission_rule (service_type, country_code, payment_method, effective_from);
drop index commission_rule_lookup_idx;
`);
  }
}
