import { Migration } from '@mikro-orm/migrations';

/**
 * The rows of a ledger history import while it runs, ordered by the date each names (ties in file
 * order), so its operations are applied oldest first whatever the file's order (operations-by-date.ts).
 * Each run stages its own (`run_id`): a run still ending its last chunk after a cancel and the run
 * started next never read or drop each other's. The key is the order a run reads them in; an
 * unreadable date sorts last as 'infinity'.
 */
export class Migration20261208100000_import_operations_by_date extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table import_operation_row (
  workspace_id uuid not null,
  import_id uuid not null,
  run_id uuid not null,
  occurred_at timestamptz not null,
  line integer not null,
  original jsonb not null,
  problem jsonb,
  problem_column text,
  primary key (workspace_id, import_id, run_id, occurred_at, line),
  foreign key (workspace_id, import_id) references import (workspace_id, id) on delete cascade
);`);
  }
}
