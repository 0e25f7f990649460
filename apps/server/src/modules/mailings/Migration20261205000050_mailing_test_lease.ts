import { Migration } from '@mikro-orm/migrations';

/**
 * A test send is leased while it goes out and marked SENT only after the channel took it: a crash in
 * between sends it again when the lease ends, instead of reporting a message that never left.
 */
export class Migration20261205000050_mailing_test_lease extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table mailing_test_send add column leased_until timestamptz;');
  }
}
