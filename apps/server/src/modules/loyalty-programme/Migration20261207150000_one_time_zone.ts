import { Migration } from '@mikro-orm/migrations';

/**
 * A workspace has one clock. The programme kept a time zone of its own beside the workspace's, so a
 * club that set one and not the other saw birthdays, weekday rules and the list's dates on one day
 * and the dashboard, mailings and automations on another. A programme zone that was set while the
 * workspace's was left at UTC becomes the workspace's.
 */
export class Migration20261207150000_one_time_zone extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
update workspace w set time_zone = p.time_zone
  from loyalty_programme p
 where p.workspace_id = w.id and w.time_zone = 'UTC' and p.time_zone <> 'UTC';
alter table loyalty_programme drop column time_zone;
`);
  }
}
