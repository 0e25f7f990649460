import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes the duplicate-candidates screen reads at a million customers. Same email: one index-only
 * walk over (workspace, email). Similar names with the same birth date: customers are first paired
 * when they share the birth date and one folded name part (first or last name), read off these two
 * indexes; only those pairs are compared by trigram similarity of the whole name.
 */
export class Migration20261205000026_duplicate_candidates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create index customer_dup_email on customer (workspace_id, email, id)
  where deleted_at is null and email is not null;
create index customer_dup_birth_first on customer (workspace_id, (attributes->>'birthDate'), lower(first_name), id)
  where deleted_at is null and attributes->>'birthDate' is not null and first_name is not null;
create index customer_dup_birth_last on customer (workspace_id, (attributes->>'birthDate'), lower(last_name), id)
  where deleted_at is null and attributes->>'birthDate' is not null and last_name is not null;
`);
  }
}
