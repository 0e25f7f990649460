import { Migration } from '@mikro-orm/migrations';

/**
 * The few deleted customers of a workspace, found without reading the live ones: the duplicate
 * candidates' counts subtract the pairs such a customer leaves behind until the next refresh.
 */
export class Migration20261205000060_customer_deleted_index extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index customer_deleted on customer (workspace_id, id) where deleted_at is not null;');
  }
}
