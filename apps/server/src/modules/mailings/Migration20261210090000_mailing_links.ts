import { Migration } from '@mikro-orm/migrations';

/**
 * The links of text mailings (SMS, Telegram, push) that track clicks, numbered per mailing: a short
 * click token names the message and a link's number, and the click finds the link here. Only links
 * written in the template are kept (no customer's data): see `mailing-links.ts`. A short token does
 * not carry the workspace (16 bytes an SMS would pay for), so its message is found by id alone:
 * ids come from one identity, unique across workspaces.
 */
export class Migration20261210090000_mailing_links extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table mailing_link (
  workspace_id uuid not null,
  mailing_id uuid not null,
  number int not null check (number between 1 and 16383),
  url text not null,
  primary key (workspace_id, mailing_id, number),
  foreign key (workspace_id, mailing_id) references mailing (workspace_id, id)
);
create index mailing_message_by_id on mailing_message (id);`);
  }
}
