import { type Readable, Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { Encoding } from './detect.js';
import { fileError, type ImportFileError } from './file-error.js';
import { MAX_CELL, MAX_RECORD } from './limits.js';
import type { TableRow } from './table.js';

/** NUL and the C0 controls other than tab, CR and LF: what a spreadsheet saved as text never holds. */
function notText(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

/** Line breaks (CRLF, LF or CR) inside a record's quoted cells: the record started that many lines earlier. */
function lineBreaksIn(record: string[]): number {
  // Most records have none: only those with a CR or LF are joined and searched.
  if (!record.some((cell) => cell.includes('\n') || cell.includes('\r'))) return 0;
  return record.join('').match(/\r\n|\n|\r/g)?.length ?? 0;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * UTF-8 bytes with their first BOM dropped, as iconv's decoder drops it (the parser's `bom` then drops
 * a second one, as it did from the decoded text). The parser decodes UTF-8 cells itself: decoding the
 * stream first made it encode the text back to bytes, a third of its reading time.
 */
function withoutBom(): Transform {
  let head: Buffer | null = Buffer.alloc(0);
  return new Transform({
    transform(piece: Buffer, _encoding, done) {
      if (head === null) return done(null, piece);
      head = Buffer.concat([head, piece]);
      if (head.length < UTF8_BOM.length && UTF8_BOM.subarray(0, head.length).equals(head)) return done();
      const rest = head.subarray(0, UTF8_BOM.length).equals(UTF8_BOM) ? head.subarray(UTF8_BOM.length) : head;
      head = null;
      done(null, rest);
    },
    flush(done) {
      done(null, head?.length ? head : undefined);
    },
  });
}

/**
 * Rows of a CSV stream, decoded from `encoding` (a BOM is dropped) and split by `delimiter`. Records
 * end at CRLF, LF or CR, mixed in one file; cells are returned as written. A file that cannot go on
 * (a quote never closed, a record over MAX_RECORD characters) throws ImportFileError naming the line;
 * a row that is only wrong itself carries its problem.
 */
export async function* readCsv(
  input: Readable,
  encoding: Encoding,
  delimiter: string,
): AsyncGenerator<TableRow> {
  const parser = parse({
    delimiter,
    bom: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD,
    info: true,
  });
  // Invalid UTF-8 becomes U+FFFD either way: no ASCII byte (delimiter, quote, line break) is ever part of it.
  const decoder = encoding === 'utf-8' ? withoutBom() : iconv.decodeStream(encoding, { stripBOM: true });
  input.on('error', (e) => decoder.emit('error', e));
  decoder.on('error', (e) => parser.destroy(e));
  input.pipe(decoder).pipe(parser);
  let width = -1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const line = info.lines - lineBreaksIn(record);
      const row: TableRow = { line, cells: record };
      if (width < 0) width = record.length;
      else if (record.length !== width && !(record.length === 1 && record[0] === ''))
        row.problem = { code: 'IMPORT_ROW_RAGGED', params: { got: record.length, expected: width } };
      for (const cell of record) {
        if (cell.length > MAX_CELL)
          row.problem = { code: 'IMPORT_CELL_TOO_LARGE', params: { line, max: MAX_CELL } };
        else if (notText(cell)) row.problem = { code: 'IMPORT_NOT_TEXT', params: { line } };
      }
      yield row;
    }
  } catch (error) {
    throw asFileError(error);
  } finally {
    input.destroy();
  }
}

function asFileError(error: unknown): ImportFileError | unknown {
  if (!(error instanceof CsvError)) return error;
  const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return fileError('IMPORT_QUOTE_NOT_CLOSED', { line });
  if (error.code === 'CSV_MAX_RECORD_SIZE')
    return fileError('IMPORT_CELL_TOO_LARGE', { line, max: MAX_CELL });
  return fileError('IMPORT_CSV_UNREADABLE', { line });
}
