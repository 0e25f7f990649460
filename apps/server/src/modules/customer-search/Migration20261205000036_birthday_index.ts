import { Migration } from '@mikro-orm/migrations';

/**
 * Birthdays ("birth date in the next 30 days") read the month-day key of the system attribute
 * birthDate; this is its anniversary index (the name ensureAnniversaryIndex gives it, so the start-up
 * check finds it). Other date attributes get theirs when they are defined (sort-index.ts).
 */
export class Migration20261205000036_birthday_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create index if not exists customer_anniv_a73f4d1304129dda
  on customer (workspace_id, substr((attributes->>'birthDate'), 6, 5)) where deleted_at is null;
`);
  }
}
