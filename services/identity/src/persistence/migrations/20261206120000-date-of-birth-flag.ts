import { Migration } from '@mikro-orm/migrations';

/**
 * A review flag for a date of birth changed after documents were verified with the old one (the
 * provider matched number, name and birth date together): DATE_OF_BIRTH_CHANGED.
 */
export class DateOfBirthFlag extends Migration {
  override up(): void {
    this.addSql(`
alter table review_flag drop constraint review_flag_reason_check;
alter table review_flag add constraint review_flag_reason_check
  check (reason in ('NAME_MISMATCH','ADDRESS_MISMATCH','DOCUMENT_REUSED','PROVIDER_NO_MATCH','PROVIDER_UNAVAILABLE','DATE_OF_BIRTH_CHANGED'));
`);
  }
}
