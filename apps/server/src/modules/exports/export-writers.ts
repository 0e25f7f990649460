import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvField, harmless } from './cell-text.js';
import type { Cell, ExportColumn } from './export-columns.js';

/** Writes an export file batch by batch; nothing holds more than one batch of rows. */
export interface ExportWriter {
  rows(batch: readonly Cell[][]): Promise<void>;
  finish(): Promise<void>;
}

export type Format = 'CSV' | 'XLSX';

/** readable-stream 2's PassThrough, as exceljs pipes into it. */
interface OldStream {
  _writableState?: { length: number };
  _readableState?: { length: number };
}
const held = (s: OldStream) => (s._writableState?.length ?? 0) + (s._readableState?.length ?? 0);

/** XML the zip may hold before the writer waits for it. */
const ZIP_BACKLOG_BYTES = 4 * 1024 * 1024;

export function openWriter(
  format: Format,
  out: Writable,
  columns: readonly ExportColumn[],
  options: { delimiter: string; rightToLeft: boolean; sheetName: string },
): ExportWriter {
  return format === 'CSV'
    ? new CsvWriter(out, columns, options.delimiter)
    : new XlsxWriter(out, columns, options.rightToLeft, options.sheetName);
}

/**
 * UTF-8 with a byte order mark (without it Excel reads UTF-8 as the local code page), CRLF line ends.
 * Text from people is neutralised; a phone always gets the leading `'`, because Excel otherwise reads
 * `+989121234567` as the number 989121234567.
 */
class CsvWriter implements ExportWriter {
  private readonly phone: boolean[];

  constructor(
    private readonly out: Writable,
    columns: readonly ExportColumn[],
    private readonly delimiter: string,
  ) {
    this.phone = columns.map((c) => c.phone);
    this.out.write(
      `\uFEFF${columns.map((c) => csvField(harmless(c.header), delimiter)).join(delimiter)}\r\n`,
    );
  }

  async rows(batch: readonly Cell[][]): Promise<void> {
    const d = this.delimiter;
    let text = '';
    for (const row of batch) {
      for (let i = 0; i < row.length; i++) {
        const value = row[i];
        if (i > 0) text += d;
        if (value == null) continue;
        if (typeof value === 'number') text += String(value);
        else text += csvField(this.phone[i] ? `'${value}` : harmless(value), d);
      }
      text += '\r\n';
    }
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  async finish(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

/**
 * exceljs's streaming writer: each row is committed to the zip stream as it is written, so memory
 * stays at one batch. Strings are inline (no shared-strings table, which would grow with the file).
 * Cells are typed: a string cell is never evaluated, yet text from people is still neutralised, for
 * whoever edits the cell later; phones are string cells and keep their `+` and every digit.
 */
class XlsxWriter implements ExportWriter {
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly phone: boolean[];

  constructor(out: Writable, columns: readonly ExportColumn[], rightToLeft: boolean, sheetName: string) {
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: false,
      useSharedStrings: false,
    });
    this.sheet = this.book.addWorksheet(sheetName, { views: [{ rightToLeft, state: 'frozen', ySplit: 1 }] });
    this.phone = columns.map((c) => c.phone);
    this.sheet.addRow(columns.map((c) => harmless(c.header))).commit();
  }

  async rows(batch: readonly Cell[][]): Promise<void> {
    for (const row of batch) {
      const values = row.map((v, i) => (typeof v === 'string' && !this.phone[i] ? harmless(v) : v));
      this.sheet.addRow(values).commit();
    }
    await this.drained();
  }

  /**
   * exceljs hands the sheet's XML to the zip without waiting for it (its buffer pipes into an old
   * readable-stream PassThrough and ignores backpressure), so rows arriving faster than they are
   * deflated would pile up in memory: wait until that pipe holds less than a few megabytes. The pipe
   * is an old-style stream (no `writableLength`, no reliable 'drain' for us), so its state is read.
   */
  private async drained(): Promise<void> {
    const sheet = (this.sheet as unknown as { stream: { pipes?: OldStream[] } }).stream;
    for (const pipe of sheet.pipes ?? [])
      while (held(pipe) > ZIP_BACKLOG_BYTES) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setImmediate(resolve));
  }

  async finish(): Promise<void> {
    (this.sheet as unknown as { commit(): void }).commit();
    await this.book.commit();
  }
}
