import { Migration } from '@mikro-orm/migrations';

/**
 * A workspace's clock: birthdays, scheduled mailings and automations run on its local days, and no
 * message leaves in its quiet hours (minutes after local midnight; start after end spans midnight).
 */
export class Migration20261205000043_time_zone_quiet_hours extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table workspace
  add column time_zone text not null default 'UTC',
  add column quiet_hours_start smallint check (quiet_hours_start between 0 and 1439),
  add column quiet_hours_end smallint check (quiet_hours_end between 0 and 1439),
  add constraint workspace_quiet_hours_both check ((quiet_hours_start is null) = (quiet_hours_end is null));
`);
  }
}
