import { Migration } from '@mikro-orm/migrations';

/**
 * ledger_apply takes one more argument, p_occurred_at (the date of an operation brought from an
 * earlier system by the ledger history import). `create or replace` cannot change a function's
 * arguments, and would leave the old one beside it (every call of 20 arguments then matches both), so
 * the old one goes here; its changed file (functions/ledger_apply.sql) then creates the new one.
 */
export class Migration20261207000000_ledger_occurred_at extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop function if exists ledger_apply(uuid, uuid, uuid, text, bigint, timestamptz, text, text, text,
  text, bigint, bigint, boolean, text, text, text, text, int, text, jsonb);`);
  }
}
