import { Migration } from '@mikro-orm/migrations';

/**
 * mailing_message keeps its customer reference without a foreign key, like history_event: the rows
 * are written by one INSERT … SELECT from customer itself (materialize), and customers are never
 * deleted (erasure keeps the row). The foreign key's check locked every recipient's customer row
 * (FOR KEY SHARE: a heap write and WAL per recipient) and took 60% of writing 100,000 recipients
 * (bench:mailing).
 */
export class Migration20261205000059_mailing_message_customer_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table mailing_message drop constraint if exists mailing_message_workspace_id_customer_id_fkey;',
    );
  }
}
