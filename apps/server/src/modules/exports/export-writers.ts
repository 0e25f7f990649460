import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { csvField, harmless, numberText } from './cell-text.js';
import type { Cell, ExportColumn } from './export-columns.js';
import { Utf8Batch } from './utf8-batch.js';
import { XlsxWriter } from './xlsx-writer.js';

/**
 * Writes an export file batch by batch; nothing holds more than one batch of rows. `rows` takes the
 * batch at once (it is not kept) and returns a promise only when the caller must wait for the file
 * to take it in (backpressure).
 */
export interface ExportWriter {
  rows(batch: readonly Cell[][]): Promise<void> | undefined;
  finish(): Promise<void>;
}

export type Format = 'CSV' | 'XLSX';

/** What a writer needs of a column: its header, and whether it holds phones. */
export type WrittenColumn = Pick<ExportColumn, 'header' | 'phone'>;

export function openWriter(
  format: Format,
  out: Writable,
  columns: readonly WrittenColumn[],
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
  private readonly bytes = new Utf8Batch();

  constructor(
    private readonly out: Writable,
    columns: readonly WrittenColumn[],
    private readonly delimiter: string,
  ) {
    this.phone = columns.map((c) => c.phone);
    this.out.write(
      `\uFEFF${columns.map((c) => csvField(harmless(c.header), delimiter)).join(delimiter)}\r\n`,
    );
  }

  rows(batch: readonly Cell[][]): Promise<void> | undefined {
    const d = this.delimiter;
    for (const row of batch) {
      let text = '';
      for (let i = 0; i < row.length; i++) {
        const value = row[i];
        if (i > 0) text += d;
        if (value == null) continue;
        if (typeof value === 'number') text += numberText(value);
        else text += csvField(this.phone[i] ? `'${value}` : harmless(value), d);
      }
      this.bytes.add(`${text}\r\n`);
    }
    if (this.out.write(this.bytes.take())) return undefined;
    return once(this.out, 'drain').then(() => {});
  }

  async finish(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}
