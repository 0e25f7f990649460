import { Migration } from '@mikro-orm/migrations';

/**
 * Each workspace's key for the operation ids callers see (`ledger-ids.ts`): 32 random bytes, made
 * with the workspace (gen_random_uuid draws from the operating system's strong random source; two of
 * them hashed give 244 random bits). A volatile default gives every existing workspace its own.
 */
export class Migration20261205000006_ledger_id_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table workspace add column ledger_id_key bytea not null
  default sha256(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
`);
  }
}
