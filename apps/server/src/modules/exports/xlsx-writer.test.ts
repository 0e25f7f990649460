import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportColumn } from './export-columns.js';
import { XlsxWriter } from './xlsx-writer.js';

const column = (key: string, phone = false): ExportColumn => ({
  key,
  header: key,
  sql: key,
  phone,
  cell: (v) => v,
});

describe('the XLSX writer', () => {
  it('writes a workbook exceljs reads back: XML characters escaped, control characters dropped, typed cells', async () => {
    const out = new PassThrough();
    const file = buffer(out);
    const writer = new XlsxWriter(out, [column('name'), column('mobile', true), column('n')], true, 'A & B');
    await writer.rows([
      ['<b>Tom & "Jerry"</b>', '+989121234567', 12.5],
      ['bell\u0007 and tab\tkept', null, -3],
      ['=1+1', '+7 916', null],
    ]);
    await writer.finish();
    const book = new ExcelJS.Workbook();
    const bytes = await file;
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    expect(sheet.name).toBe('A & B');
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['name', 'mobile', 'n']);
    expect(values(2)).toEqual(['<b>Tom & "Jerry"</b>', '+989121234567', 12.5]);
    expect(values(3)).toEqual(['bell and tab\tkept', undefined, -3]);
    // A formula-looking text from people is neutralised; a phone is kept as it is.
    expect(values(4)).toEqual(["'=1+1", '+7 916']);
  });
});
