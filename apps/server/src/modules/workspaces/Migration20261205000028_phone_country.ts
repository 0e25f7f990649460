import { Migration } from '@mikro-orm/migrations';

/** Each workspace says which country a phone number written without its country code belongs to. */
export class Migration20261205000028_phone_country extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table workspace add column default_phone_country text not null default 'IR'
  check (default_phone_country ~ '^[A-Z]{2}$');
`);
  }
}
