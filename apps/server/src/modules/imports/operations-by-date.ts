import { randomUUID } from 'node:crypto';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { cellsOf } from './history-rows.js';
import { parseImportDate } from './import-dates.js';
import type { ImportRecord } from './import-record.js';
import type { MappedRow, RowProblem } from './import-rows.js';

/**
 * A ledger history import applies its operations oldest first, whatever the file's order (exports
 * newest first, or by customer then date, are common): each balance_after is then the balance after
 * the operations before it in time, and a spend finds the earnings before it.
 *
 * Date order needs the rows in an order the file does not have. Sorting in memory would hold the
 * whole file (a million rows), and reading the file again for each chunk would read it a thousand
 * times; so a first pass writes each row, with the date it names, to `import_operation_row`, whose
 * key is that order, and the chunks are read back from it a page at a time. Every run makes the pass
 * anew under its own id (a run after a crash or cancel reads the same file into the same order, so
 * its chunks are the same and those marked done are skipped, by their first line as ever), and drops
 * its rows when it ends.
 */

/** What a run staged: its rows' id and how many there are. */
export interface StagedOperations {
  run: string;
  rows: number;
}

/**
 * Writes the mapped rows with their dates under a new run id, and the import's total (exact now).
 * Null when the import stopped meanwhile; a stop or a failure drops what was written.
 */
export async function stageOperations(
  sql: PreparedPool,
  job: ImportRecord,
  chunks: AsyncIterable<MappedRow[]>,
  goesOn: () => Promise<boolean>,
): Promise<StagedOperations | null> {
  const staged = { run: randomUUID(), rows: 0 };
  try {
    for await (const rows of chunks) {
      if (!(await goesOn())) {
        await forgetOperations(sql, job, staged.run);
        return null;
      }
      await sql.query(
        `insert into import_operation_row
           (workspace_id, import_id, run_id, occurred_at, line, original, problem, problem_column)
         select ?, ?, ?, coalesce(r.occurred_at, 'infinity'), r.line, r.original, r.problem, r.problem_column
           from jsonb_to_recordset(?::jsonb)
             as r(occurred_at timestamptz, line int, original jsonb, problem jsonb, problem_column text)`,
        [
          job.workspace_id,
          job.id,
          staged.run,
          JSON.stringify(
            rows.map((row) => ({
              // An unreadable date is refused by the run anyway; it sorts last.
              occurred_at: parseImportDate(cellsOf(row, job)('date'))?.toISOString() ?? null,
              line: row.line,
              original: row.original,
              problem: row.problem,
              problem_column: row.problemColumn,
            })),
          ),
        ],
      );
      staged.rows += rows.length;
    }
    await sql.query('update import set total = ? where workspace_id = ? and id = ?', [
      staged.rows,
      job.workspace_id,
      job.id,
    ]);
  } catch (error) {
    await forgetOperations(sql, job, staged.run).catch(() => {});
    throw error;
  }
  return staged;
}

/**
 * A run's staged rows, `size` at a time, oldest first (ties in file order). They are dropped once
 * read to the end or left (a cancel, a failure): a chunk's rows are in memory by then.
 */
export async function* operationsByDate(
  sql: PreparedPool,
  job: ImportRecord,
  run: string,
  size: number,
): AsyncGenerator<MappedRow[]> {
  try {
    let after = { at: '-infinity', line: 0 };
    for (;;) {
      const page = await sql.query<{
        line: number;
        at: string;
        original: string[];
        problem: RowProblem | null;
        problem_column: string | null;
      }>(
        `select line, occurred_at::text as at, original, problem, problem_column from import_operation_row
          where workspace_id = ? and import_id = ? and run_id = ? and (occurred_at, line) > (?::timestamptz, ?)
          order by occurred_at, line limit ?`,
        [job.workspace_id, job.id, run, after.at, after.line, size],
      );
      const last = page.at(-1);
      if (!last) return;
      yield page.map((r) => ({
        line: r.line,
        values: {},
        tags: [],
        balances: [],
        consents: [],
        cells: [],
        problem: r.problem,
        problemColumn: r.problem_column,
        original: r.original,
      }));
      if (page.length < size) return;
      after = { at: last.at, line: last.line };
    }
  } finally {
    await forgetOperations(sql, job, run).catch(() => {});
  }
}

/**
 * Staged rows dropped: a run's own, or (`run` left out, once the import is done) every run's, those
 * of a process that stopped midway included.
 */
export async function forgetOperations(sql: PreparedPool, job: ImportRecord, run?: string): Promise<void> {
  await sql.query(
    'delete from import_operation_row where workspace_id = ? and import_id = ? and (?::uuid is null or run_id = ?::uuid)',
    [job.workspace_id, job.id, run ?? null, run ?? null],
  );
}

/**
 * Staged rows no run will drop: those of a process that stopped midway, of an import then cancelled
 * or failed and never started again. An hour after it ended, no run of the import is still going.
 */
export async function pruneStagedOperations(sql: PreparedPool): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `with gone as (
       delete from import_operation_row r using import i
        where i.workspace_id = r.workspace_id and i.id = r.import_id
          and i.state in ('DONE', 'FAILED', 'CANCELLED') and i.finished_at < now() - interval '1 hour'
       returning 1)
     select count(*)::int as n from gone`,
    [],
  );
  return row?.n ?? 0;
}
