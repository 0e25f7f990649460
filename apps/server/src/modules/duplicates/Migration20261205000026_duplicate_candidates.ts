import { Migration } from '@mikro-orm/migrations';

/**
 * The index the duplicate-candidates screen reads for shared emails: one index-only walk over
 * (workspace, email) finds every email two live customers share. (Name pairs come from one pass over
 * the customers, see candidates.service.ts.)
 */
export class Migration20261205000026_duplicate_candidates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create index customer_dup_email on customer (workspace_id, email, id)
  where deleted_at is null and email is not null;
`);
  }
}
