import { Migration } from '@mikro-orm/migrations';

/**
 * Who is stopped now (the admin user search's `standing`): the blocked accounts and the suspended
 * drivers are few among all accounts, so each list reads its own small index in id order (the
 * search's cursor) instead of every account.
 */
export class StoppedAccounts extends Migration {
  override up(): void {
    this.addSql(`
create index app_user_blocked_idx on app_user (id) where status = 'BLOCKED';
create index app_user_driver_suspended_idx on app_user (id) where driver_suspended;
`);
  }
}
