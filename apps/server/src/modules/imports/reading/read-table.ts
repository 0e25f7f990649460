import { readCsv } from './csv-reader.js';
import {
  decodeSample,
  detectDelimiter,
  detectEncoding,
  detectFormat,
  type Encoding,
  type FileFormat,
} from './detect.js';
import { fileError } from './file-error.js';
import { MAX_COLUMNS, SAMPLE_BYTES } from './limits.js';
import { type ImportSource, sampleOf } from './source.js';
import type { TableRow } from './table.js';
import { readXlsx, xlsxSheets } from './xlsx-reader.js';

/** How to read a file: detected when it is opened, any part may be chosen by the user instead. */
export interface ReadSettings {
  format: FileFormat;
  encoding: Encoding | null;
  delimiter: string | null;
  sheet: string | null;
}

/** What opening a file learns: its settings, sheets, header and the first rows (for samples). */
export interface Opened {
  settings: ReadSettings;
  sheets: string[];
  header: string[];
  firstRows: TableRow[];
}

export async function detectSettings(
  source: ImportSource,
  chosen: Partial<ReadSettings>,
): Promise<ReadSettings> {
  const sample = await sampleOf(source, SAMPLE_BYTES);
  const format = detectFormat(sample);
  if (format === 'XLSX') return { format, encoding: null, delimiter: null, sheet: chosen.sheet ?? null };
  const encoding = chosen.encoding ?? detectEncoding(sample);
  const delimiter = chosen.delimiter ?? detectDelimiter(decodeSample(sample, encoding));
  return { format, encoding, delimiter, sheet: null };
}

/** Every row of the file after nothing: the header is the first row. */
export function readRows(source: ImportSource, settings: ReadSettings): AsyncGenerator<TableRow> {
  return settings.format === 'XLSX'
    ? readXlsx(source, settings.sheet)
    : readCsv(source.open(), settings.encoding ?? 'utf-8', settings.delimiter ?? ',');
}

/**
 * Opens a file: settings, sheets, the header (checked: not blank, not twice, not too wide) and up
 * to `samples` rows after it. An empty file and a file with a header only are refused.
 */
export async function openTable(
  source: ImportSource,
  chosen: Partial<ReadSettings>,
  samples: number,
): Promise<Opened> {
  const settings = await detectSettings(source, chosen);
  const sheets = settings.format === 'XLSX' ? await xlsxSheets(source.open()) : [];
  if (settings.format === 'XLSX' && settings.sheet === null) settings.sheet = sheets[0] ?? null;
  let header: string[] | null = null;
  const firstRows: TableRow[] = [];
  for await (const row of readRows(source, settings)) {
    if (header === null) {
      header = checkHeader(row.cells);
      continue;
    }
    firstRows.push(row);
    if (firstRows.length >= samples) break;
  }
  if (header === null) throw fileError('IMPORT_FILE_EMPTY');
  if (firstRows.length === 0) throw fileError('IMPORT_HEADER_ONLY');
  return { settings, sheets, header, firstRows };
}

export function checkHeader(cells: string[]): string[] {
  if (cells.length > MAX_COLUMNS) throw fileError('IMPORT_TOO_MANY_COLUMNS', { max: MAX_COLUMNS });
  const header = cells.map((c) => c.trim());
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === '') throw fileError('IMPORT_HEADER_BLANK', { column: i + 1 });
    const key = h.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      throw fileError('IMPORT_HEADER_DUPLICATE', { header: h, first: first + 1, second: i + 1 });
    seen.set(key, i);
  });
  return header;
}
