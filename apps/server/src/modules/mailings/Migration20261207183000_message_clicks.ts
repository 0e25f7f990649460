import { Migration } from '@mikro-orm/migrations';

/**
 * Clicks and opens of mailings' messages: whether a mailing tracks them, the first click and open of
 * each message, and the mailing's counters of messages clicked and opened (kept with them, like the
 * counters by state). Adding a column with a constant default rewrites no rows.
 */
export class Migration20261207183000_message_clicks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table mailing
      add column track_clicks boolean not null default true,
      add column clicked integer not null default 0,
      add column opened integer not null default 0;`);
    this.addSql(`alter table mailing_message
      add column clicked_at timestamptz,
      add column opened_at timestamptz;`);
  }
}
