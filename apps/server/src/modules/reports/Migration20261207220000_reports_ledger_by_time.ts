import { Migration } from '@mikro-orm/migrations';

/**
 * The ledger's operations of a workspace by time, with what the dashboard's balances add up
 * (`ReportsService.balances`): a period's operations are an index-only range instead of a scan of
 * the workspace's whole ledger. Operations are never updated, so the index is written once per
 * operation; `pnpm bench:ledger` measured what that costs the ledger (docs/benchmarks.md, "Reports").
 */
export class Migration20261207220000_reports_ledger_by_time extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create index ledger_operation_time on ledger_operation (workspace_id, created_at)
  include (currency_id, kind, amount);
`);
  }
}
