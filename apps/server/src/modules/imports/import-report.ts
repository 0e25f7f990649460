import { refusalText } from '../../common/refusal-text.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import type { ImportRecord } from './import-record.js';

const BOM = '\ufeff';

function csvCell(value: string): string {
  // A cell starting like a formula is made harmless for spreadsheets; quotes are doubled.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows not imported as a CSV (UTF-8 with BOM): line, column, the reason in the requester's
 * language and the row's original cells; stored as a file of the requester. Null when every row went in.
 */
export async function writeReport(
  sql: PreparedPool,
  files: { store(ws: string, staff: string, name: string, content: Buffer): Promise<{ id: string }> },
  job: ImportRecord,
): Promise<string | null> {
  const rows = await sql.query<{
    line: number;
    column_header: string | null;
    code: string;
    params: Record<string, string | number>;
    cells: string[];
  }>(
    'select line, column_header, code, params, cells from import_row_problem where workspace_id = ? and import_id = ? order by line',
    [job.workspace_id, job.id],
  );
  if (rows.length === 0) return null;
  const [staff] = await sql.query<{ locale: string }>('select locale from staff where id = ?', [
    job.requested_by,
  ]);
  const locale = (staff?.locale ?? 'EN').toLowerCase();
  const header = ['line', 'column', 'reason', ...job.columns.map((c) => c.header)];
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows)
    lines.push(
      [String(r.line), r.column_header ?? '', refusalText(r.code, r.params, locale), ...r.cells]
        .map(csvCell)
        .join(','),
    );
  const content = Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
  const name = `${job.file_name.replace(/\.[^.]+$/, '')}-not-imported.csv`;
  return (await files.store(job.workspace_id, job.requested_by, name, content)).id;
}
