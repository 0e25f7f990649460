import { Migration } from '@mikro-orm/migrations';

/**
 * ledger_apply_batch moves a chunk's balances with one UPDATE, so ledger_operation_apply has nothing
 * to do for its rows. Saying so in the trigger's WHEN clause spares a PL/pgSQL call per line (100,000
 * in a large batch); the function's own early return stays for safety.
 */
export class Migration20261123370000_batch_trigger_when extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
drop trigger ledger_operation_apply on ledger_operation;
create trigger ledger_operation_apply before insert on ledger_operation
  for each row when (current_setting('patron.ledger_batch', true) is distinct from 'on')
  execute function ledger_operation_apply();
`);
  }
}
