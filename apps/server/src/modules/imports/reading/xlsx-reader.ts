import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { fileError, ImportFileError } from './file-error.js';
import { MAX_CELL } from './limits.js';
import type { TableRow } from './table.js';

/** The names of the workbook's sheets in order (reads the file through, keeping no rows). */
export async function xlsxSheets(input: Readable): Promise<string[]> {
  const names: string[] = [];
  try {
    const reader = workbook(input);
    for await (const sheet of reader) {
      names.push(sheetName(sheet));
      for await (const _ of sheet) {
        // Rows are drained, never kept: the next sheet's name comes after them.
      }
    }
  } catch (error) {
    throw asFileError(error);
  }
  return names;
}

/**
 * Rows of one sheet (the first when `sheet` is null) as text: dates (stored as serial numbers with
 * a date format) become ISO dates, formulas give their cached value, rich text its plain text.
 */
export async function* readXlsx(input: Readable, sheet: string | null): AsyncGenerator<TableRow> {
  let found = false;
  let width = -1;
  try {
    for await (const ws of workbook(input)) {
      const wanted = !found && (sheet === null || sheetName(ws) === sheet);
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        if (!wanted) continue;
        const values = (row.values as unknown[]).slice(1);
        const cells = values.map(cellText);
        while (cells.length > 0 && cells.at(-1) === '') cells.pop();
        if (cells.length === 0) continue;
        const out: TableRow = { line: row.number, cells };
        if (width < 0) width = cells.length;
        else if (cells.length > width)
          out.problem = { code: 'IMPORT_ROW_RAGGED', params: { got: cells.length, expected: width } };
        for (const cell of cells)
          if (cell.length > MAX_CELL)
            out.problem = { code: 'IMPORT_CELL_TOO_LARGE', params: { line: row.number, max: MAX_CELL } };
        yield out;
      }
      if (wanted) found = true;
    }
  } catch (error) {
    throw asFileError(error);
  }
  if (!found) throw fileError('IMPORT_SHEET_UNKNOWN', { sheet: sheet ?? '' });
}

function workbook(input: Readable) {
  return new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
}

function sheetName(ws: unknown): string {
  return String((ws as { name?: string }).name ?? '');
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return '';
    return '';
  }
  return String(value);
}

/** A date cell: its day when it has no time of day, else the instant (Excel keeps no time zone). */
function isoOf(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

function asFileError(error: unknown): unknown {
  if (error instanceof ImportFileError) return error;
  // The zip and XML parsers throw plain errors on a damaged archive: there is nothing to read then.
  return fileError('IMPORT_XLSX_CORRUPT');
}
