import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MappedColumn, type MappedRow, type MappingDefinition, mapRow } from './import-rows.js';
import { mappedChunks } from './mapped-chunks.js';
import { ImportFileError } from './reading/file-error.js';
import { type ReadSettings, readRows } from './reading/read-table.js';
import { bufferSource, type ImportSource } from './reading/source.js';

const CSV: ReadSettings = { format: 'CSV', encoding: 'utf-8', delimiter: ',', sheet: null };
const definitions: MappingDefinition[] = [
  { key: 'firstName', type: 'TEXT', required: false, choices: [] },
  { key: 'mobile', type: 'PHONE', required: false, choices: [] },
  { key: 'email', type: 'EMAIL', required: false, choices: [] },
];
const columns: MappedColumn[] = [
  { index: 0, header: 'name', target: 'firstName' },
  { index: 1, header: 'mobile', target: 'mobile' },
  { index: 2, header: 'email', target: 'email' },
  { index: 3, header: 'tags', target: 'tags' },
];

async function viaWorker(source: ImportSource, settings: ReadSettings, chunkSize: number) {
  const chunks: MappedRow[][] = [];
  for await (const chunk of mappedChunks(source, {
    settings,
    columns,
    definitions,
    defaultCountry: 'RU',
    chunkSize,
  }))
    chunks.push(chunk);
  return chunks;
}

/** The same rows mapped on this thread, as the preview maps them (without the preview's cells). */
async function inThread(source: ImportSource, settings: ReadSettings): Promise<MappedRow[]> {
  const context = {
    columns,
    definitions: new Map(definitions.map((d) => [d.key, d])),
    defaultCountry: 'RU' as const,
    keepCells: false,
  };
  const out: MappedRow[] = [];
  let header = true;
  for await (const row of readRows(source, settings)) {
    if (header) header = false;
    else out.push(mapRow(row, context));
  }
  return out;
}

const csvCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('9161234567', '+7 916 123-45-67', 'a@b.ru', 'not-an-email', 'Мария', 'زهرا', 'x, y; z'),
);
const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

describe('mapped chunks (the mapping worker)', () => {
  it('gives the rows the import thread would map, in order, chunkSize at a time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(csvCell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        async (records, chunkSize) => {
          const text = ['name,mobile,email,tags', ...records.map((r) => r.map(quoted).join(','))].join(
            '\r\n',
          );
          const source = bufferSource('p.csv', Buffer.from(text));
          const chunks = await viaWorker(source, CSV, chunkSize);
          expect(chunks.slice(0, -1).every((c) => c.length === chunkSize)).toBe(true);
          expect(chunks.flat()).toEqual(await inThread(source, CSV));
        },
      ),
      { numRuns: 10 },
    );
  });

  it('reads a file of many pieces and an XLSX, which the reader opens twice', async () => {
    const many = ['name,mobile,email,tags'];
    for (let i = 0; i < 5000; i++)
      many.push(`Имя ${i},+7916${String(i).padStart(7, '0')},u${i}@example.com,"a, b"`);
    const big = bufferSource('big.csv', Buffer.from(many.join('\n')));
    const rows = (await viaWorker(big, CSV, 1000)).flat();
    expect(rows).toHaveLength(5000);
    expect(rows.at(-1)?.values).toEqual({
      firstName: 'Имя 4999',
      mobile: '+79160004999',
      email: 'u4999@example.com',
    });
    expect(rows.at(-1)?.original).toEqual(['Имя 4999', '+79160004999', 'u4999@example.com', 'a, b']);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Other').addRow(['x']);
    const sheet = wb.addWorksheet('Data');
    sheet.addRow(['name', 'mobile', 'email', 'tags']);
    sheet.addRow(['زهرا', '9161234567', 'z@example.com', 'gold']);
    const xlsx = bufferSource('b.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const settings: ReadSettings = { format: 'XLSX', encoding: null, delimiter: null, sheet: 'Data' };
    const [chunk] = await viaWorker(xlsx, settings, 10);
    expect(chunk?.map((r) => [r.line, r.values, r.tags])).toEqual(
      [[2, { firstName: 'زهرا', mobile: '+79161234567', email: 'z@example.com' }]].map(([line, values]) => [
        line,
        values,
        ['gold'],
      ]),
    );
  });

  it('a file that breaks midway gives its chunks before, then its coded reason', async () => {
    const text = ['name,mobile,email,tags', 'a,,,', 'b,,,', 'c,,,', '"never closed,,,'].join('\n');
    const got: number[] = [];
    const failure = await (async () => {
      for await (const chunk of mappedChunks(bufferSource('q.csv', Buffer.from(text)), {
        settings: CSV,
        columns,
        definitions,
        chunkSize: 2,
      }))
        got.push(chunk.length);
    })().catch((error: unknown) => error);
    expect(got).toEqual([2]);
    expect(failure).toBeInstanceOf(ImportFileError);
    expect(failure).toMatchObject({ code: 'IMPORT_QUOTE_NOT_CLOSED', params: { line: 5 } });
  });

  it('a file that cannot be read fails the loop; leaving early stops the worker', async () => {
    const broken: ImportSource = {
      name: 'gone.csv',
      hash: async () => '',
      open: () =>
        Readable.from(
          (async function* () {
            yield Buffer.from('name,mobile,email,tags\n');
            throw new Error('the file store went away');
          })(),
        ),
    };
    await expect(viaWorker(broken, CSV, 10)).rejects.toThrow('the file store went away');

    const lines = ['name,mobile,email,tags', ...Array.from({ length: 100 }, (_, i) => `n${i},,,`)];
    let opened = 0;
    let closed = 0;
    const counted: ImportSource = {
      name: 'c.csv',
      hash: async () => '',
      open() {
        opened++;
        const stream = bufferSource('c.csv', Buffer.from(lines.join('\n'))).open();
        stream.on('close', () => closed++);
        return stream;
      },
    };
    for await (const chunk of mappedChunks(counted, { settings: CSV, columns, definitions, chunkSize: 10 })) {
      expect(chunk).toHaveLength(10);
      break;
    }
    expect([opened, closed]).toEqual([1, 1]);
  });
});
