import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openTable } from './read-table.js';
import { bufferSource, type ImportSource } from './source.js';
import type { TableRow } from './table.js';
import { readXlsx, xlsxSheets } from './xlsx-reader.js';

async function rowsOf(source: ImportSource, sheet: string | null): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of readXlsx(source, sheet)) rows.push(row);
  return rows;
}

/** A workbook as Excel writes one: shared strings, styles and the workbook after the sheets' data. */
async function book(fill: (book: ExcelJS.Workbook) => void): Promise<ImportSource> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return bufferSource('t.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
}

/** A workbook written by exceljs's streaming writer (inline strings, the workbook part last). */
async function streamedBook(rows: (string | number | Date)[][], dateColumn?: number): Promise<ImportSource> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'patron-xlsx-test-'));
  const file = path.join(dir, 'b.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = wb.addWorksheet('Data');
  for (const cells of rows) {
    const row = sheet.addRow(cells);
    if (dateColumn) row.getCell(dateColumn).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  sheet.commit();
  await wb.commit();
  const { readFile } = await import('node:fs/promises');
  const content = await readFile(file);
  await rm(dir, { recursive: true, force: true });
  return bufferSource('s.xlsx', content);
}

describe('readXlsx', () => {
  const savedTmp = process.env.TMPDIR;
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });

  it('gives text: shared and rich strings, dates, formulas’ cached values, booleans, errors, gaps', async () => {
    const source = await book((wb) => {
      const ws = wb.addWorksheet('Customers');
      ws.addRow(['Name', 'Born', 'Score', 'VIP', 'Error', 'Note']);
      ws.addRow([
        { richText: [{ text: 'Zo', font: { bold: true } }, { text: 'ë & <Ann>' }] },
        new Date(Date.UTC(1991, 2, 4)),
        { formula: '2+3', result: 5 },
        true,
        { error: '#N/A' },
        'Имя سارا',
      ]);
      ws.getColumn(2).numFmt = 'yyyy-mm-dd';
      ws.addRow([]);
      const gap = ws.addRow(['Only first']);
      gap.getCell(4).value = 1.5;
      ws.addRow([new Date(Date.UTC(2024, 0, 2, 10, 30)), { formula: 'A1', result: 'Name' }]);
      ws.getCell('A5').numFmt = 'yyyy-mm-dd hh:mm';
    });
    const rows = await rowsOf(source, null);
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['Name', 'Born', 'Score', 'VIP', 'Error', 'Note']],
      [2, ['Zoë & <Ann>', '1991-03-04', '5', 'true', '', 'Имя سارا']],
      [4, ['Only first', '', '', '1.5']],
      [5, ['2024-01-02T10:30:00Z', 'Name']],
    ]);
    expect(rows[2]?.problem).toBeUndefined();
  });

  it('reads the chosen sheet, refuses an unknown one; lists the sheets in tab order', async () => {
    const source = await book((wb) => {
      wb.addWorksheet('Customers').addRow(['Mobile']);
      wb.addWorksheet('Notes').addRow(['Note']);
      wb.getWorksheet('Notes')?.addRow(['call back']);
    });
    expect(await xlsxSheets(source.open())).toEqual(['Customers', 'Notes']);
    expect((await rowsOf(source, 'Notes')).map((r) => r.cells)).toEqual([['Note'], ['call back']]);
    await expect(rowsOf(source, 'Missing')).rejects.toMatchObject({ code: 'IMPORT_SHEET_UNKNOWN' });
  });

  it('keeps characters whole across the pieces of a long sheet, dates as serials included', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `Ж${i}یک😀`,
      'Санкт-Петербург شیراز',
      new Date(Date.UTC(1980, 0, 1 + i)),
    ]);
    const source = await streamedBook([['Name', 'City', 'Born'], ...rows], 3);
    const read = await rowsOf(source, null);
    expect(read).toHaveLength(3001);
    expect(read.filter((r) => r.cells.join('').includes('\ufffd'))).toEqual([]);
    expect(read[3000]?.cells).toEqual(['Ж2999یک😀', 'Санкт-Петербург شیراز', '1988-03-18']);
    expect(await xlsxSheets(source.open())).toEqual(['Data']);
  });

  it('marks a row with a cell over the limit, and a ragged row, and reads on', async () => {
    const source = await streamedBook([['A', 'B'], ['x'.repeat(50_000), 'y'], ['1', '2', '3'], ['ok']]);
    const rows = await rowsOf(source, null);
    expect(rows.map((r) => r.problem?.code ?? null)).toEqual([
      null,
      'IMPORT_CELL_TOO_LARGE',
      'IMPORT_ROW_RAGGED',
      null,
    ]);
  });

  it('a damaged archive is IMPORT_XLSX_CORRUPT, for the sheets and for the rows', async () => {
    const good = Buffer.from(
      await (() => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('S').addRow(['a']);
        return wb.xlsx.writeBuffer();
      })(),
    );
    const cut = bufferSource('cut.xlsx', Buffer.concat([good.subarray(0, 200), Buffer.alloc(400, 9)]));
    await expect(rowsOf(cut, null)).rejects.toMatchObject({ code: 'IMPORT_XLSX_CORRUPT' });
    const noise = bufferSource(
      'n.xlsx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]),
    );
    await expect(xlsxSheets(noise.open())).rejects.toMatchObject({ code: 'IMPORT_XLSX_CORRUPT' });
    await expect(rowsOf(noise, null)).rejects.toMatchObject({ code: 'IMPORT_XLSX_CORRUPT' });
  });

  it('opening a file (sheets, header, a few rows, stopping early) leaves no temporary file behind', async () => {
    const source = await streamedBook([
      ['Mobile', 'Name'],
      ...Array.from({ length: 2000 }, (_, i) => [`+98912${i}`, 'A']),
    ]);
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'patron-xlsx-tmp-'));
    try {
      process.env.TMPDIR = tmp;
      const opened = await openTable(source, {}, 5);
      expect(opened.sheets).toEqual(['Data']);
      expect(opened.firstRows).toHaveLength(5);
      for await (const _ of readXlsx(source, null)) break;
      expect(await readdir(tmp)).toEqual([]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
