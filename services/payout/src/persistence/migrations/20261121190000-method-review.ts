import { Migration } from '@mikro-orm/migrations';

/** An admin's decision on a payout method in review, with who decided and why. */
export class MethodReview extends Migration {
  override up(): void {
    this.addSql(`
alter table payout_method drop constraint payout_method_status_check;
alter table payout_method add constraint payout_method_status_check check (status in ('VERIFIED','PENDING_REVIEW','REJECTED'));
alter table payout_method add column reviewed_by text;
alter table payout_method add column review_note text;
alter table payout_method add column reviewed_at timestamptz;
`);
  }
}
