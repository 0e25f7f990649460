import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { lookup } from './import-classify.js';
import type { ImportRecord } from './import-record.js';
import type { MappedRow } from './import-rows.js';

/**
 * What the history imports (purchases, points and balance operations) share: each row names a
 * customer by the import's match value and carries cells by target, written row by row.
 */

/** The file's header of the column mapped to `target` (where a row's problem is shown), or null. */
export const headerOf =
  (job: ImportRecord) =>
  (target: string): string | null =>
    job.columns.find((c) => c.target === target)?.header ?? null;

/** A row's cell of the column mapped to `target`, trimmed; empty when no column is. */
export const cellsOf =
  (row: MappedRow, job: ImportRecord) =>
  (target: string): string => {
    const column = job.columns.find((c) => c.target === target);
    return column ? (row.original[column.index] ?? '').trim() : '';
  };

/** The live customers the rows name, by their match value: one query for a chunk. */
export async function customersNamed(
  run: Run,
  workspaceId: string,
  matchKey: string,
  matches: readonly (string | null)[],
): Promise<Map<string, string>> {
  const values = [...new Set(matches.filter((m): m is string => !!m))];
  const customers = await lookup(run, workspaceId, matchKey, values, false);
  return new Map(customers.map((c) => [String(c.attributes[matchKey]), c.id]));
}

/** Every 100 rows (each its own transaction) the import's claim is kept alive within a long chunk. */
export async function keepClaim(sql: PreparedPool, job: ImportRecord, rowIndex: number): Promise<void> {
  if (rowIndex > 0 && rowIndex % 100 === 0)
    await sql.query('update import set heartbeat_at = now() where workspace_id = ? and id = ?', [
      job.workspace_id,
      job.id,
    ]);
}
