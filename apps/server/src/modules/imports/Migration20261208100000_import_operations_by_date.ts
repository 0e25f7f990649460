import { Migration } from '@mikro-orm/migrations';

/**
 * The rows of a ledger history import while it runs, ordered by the date each names (ties in file
 * order), so its operations are applied oldest first whatever the file's order (operations-by-date.ts).
 * Each run stages its own (`run_id`): a run still ending its last chunk after a cancel and the run
 * started next never read or drop each other's. The key is the order a run reads them in; an
 * unreadable date sorts last as 'infinity'.
 *
 * A ledger history import under way when this version arrives marked its chunks in file order, which
 * the date order would misread (a chunk is known by its first line): it starts over from nothing done.
 * No operation is applied twice, since each carries its key (the operation id or the file's line).
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
    const unfinished = `select workspace_id, id from import where kind = 'OPERATIONS' and state in ('QUEUED', 'RUNNING')`;
    this.addSql(`delete from import_row_problem where (workspace_id, import_id) in (${unfinished});`);
    this.addSql(`delete from import_chunk where (workspace_id, import_id) in (${unfinished});`);
    this.addSql(`update import set done = 0, counts = default
  where kind = 'OPERATIONS' and state in ('QUEUED', 'RUNNING');`);
  }
}
