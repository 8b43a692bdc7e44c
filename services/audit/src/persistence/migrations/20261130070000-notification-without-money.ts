import { Migration } from '@mikro-orm/migrations';

/**
 * A notification may carry no money: a KYC decision, a payout account reviewed, a driver suspended.
 * Its amount and currency are null then. Expand only: the rows before keep theirs.
 */
export class NotificationWithoutMoney extends Migration {
  override up(): void {
    this.addSql(`
alter table notification alter column amount drop not null, alter column currency drop not null,
  add constraint notification_money_whole check ((amount is null) = (currency is null));
`);
  }
}
