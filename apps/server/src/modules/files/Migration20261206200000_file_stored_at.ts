import { Migration } from '@mikro-orm/migrations';

/**
 * A file is written chunk by chunk in short transactions and becomes visible when `stored_at` is set:
 * one transaction around a whole upload or export held PostgreSQL's oldest running transaction for
 * minutes (a slow upload), and with it every outbox delivery, which waits for older transactions.
 */
export class Migration20261206200000_file_stored_at extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table uploaded_file add column stored_at timestamptz;
update uploaded_file set stored_at = created_at;
`);
  }
}
