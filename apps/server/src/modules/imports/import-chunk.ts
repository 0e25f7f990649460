import type { Run } from '../../db/prepared-pool.js';
import type { ImportCounts, ImportRecord } from './import-record.js';
import type { MappedRow, RowProblem } from './import-rows.js';
import { storable } from './reading/table.js';

export interface ChunkProblem {
  row: MappedRow;
  column: string | null;
  problem: RowProblem;
}

/**
 * The end of every chunk, whatever the import's kind: its rows not imported, its done mark
 * (import_chunk, skipped by a later run) and the import's progress and counts, in the caller's transaction.
 */
export async function markChunk(
  run: Run,
  job: ImportRecord,
  rows: MappedRow[],
  counts: ImportCounts,
  problems: ChunkProblem[],
): Promise<void> {
  const ws = job.workspace_id;
  if (problems.length > 0) {
    await run(
      `insert into import_row_problem (workspace_id, import_id, line, column_header, code, params, cells)
       select ?, ?, r.line, r.column_header, r.code, r.params, r.cells
         from jsonb_to_recordset(?::jsonb) as r(line int, column_header text, code text, params jsonb, cells jsonb)
       on conflict do nothing`,
      [
        ws,
        job.id,
        JSON.stringify(
          problems.map((p) => ({
            line: p.row.line,
            column_header: p.column,
            code: p.problem.code,
            params: p.problem.params,
            cells: p.row.original.map(storable),
          })),
        ),
      ],
    );
  }
  await run(
    `insert into import_chunk (workspace_id, import_id, first_line, last_line, counts) values (?, ?, ?, ?, ?::jsonb)`,
    [ws, job.id, rows[0]?.line ?? 0, rows.at(-1)?.line ?? 0, JSON.stringify(counts)],
  );
  await run(
    `update import set done = done + ?, heartbeat_at = now(),
       counts = (select jsonb_object_agg(k, coalesce((counts->>k)::int, 0) + coalesce((?::jsonb->>k)::int, 0))
                   from jsonb_object_keys(?::jsonb) k)
     where workspace_id = ? and id = ?`,
    [rows.length, JSON.stringify(counts), JSON.stringify(counts), ws, job.id],
  );
}
