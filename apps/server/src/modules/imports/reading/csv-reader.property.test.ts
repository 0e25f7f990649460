import { Readable } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-reader.js';
import { DELIMITERS, detectDelimiter, detectEncoding, type Encoding } from './detect.js';
import { bufferSource } from './source.js';

/** Characters each encoding can carry (a one-byte code page only its script and ASCII). */
const ALPHABETS: Record<Encoding, string[]> = {
  'utf-8': [...'aZ09 ,;|\t"\'\r\nйЖسی‌😀éß-+='],
  'utf-16le': [...'aZ09 ,;|\t"\'\r\nйЖسی😀éß'],
  'utf-16be': [...'aZ09 ,;|\t"\'\r\nйЖسیéß'],
  'windows-1251': [...'aZ09 ,;|\t"\'\r\nабвгдеёжзийАБВЯяэю'],
  'windows-1256': [...'aZ09 ,;|\t"\'\r\nابپتسشیکگنمو،'.replace(/ی/g, 'ي').replace(/ک/g, 'ك')],
};

const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

function write(table: string[][], delimiter: string, encoding: Encoding, lineEnd: string): Buffer {
  const text = table.map((row) => row.map(quoted).join(delimiter)).join(lineEnd) + lineEnd;
  const bom = encoding.startsWith('utf-16');
  return iconv.encode(text, encoding, { addBOM: bom });
}

async function read(content: Buffer, encoding: Encoding, delimiter: string): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of readCsv(bufferSource('t.csv', content).open(), encoding, delimiter))
    rows.push(row.cells);
  return rows;
}

const tables = (encoding: Encoding) =>
  fc.integer({ min: 2, max: 6 }).chain((width) =>
    fc.array(
      fc.array(fc.string({ unit: fc.constantFrom(...ALPHABETS[encoding]), maxLength: 12 }), {
        minLength: width,
        maxLength: width,
      }),
      { minLength: 1, maxLength: 12 },
    ),
  );

describe('CSV reader', () => {
  for (const encoding of Object.keys(ALPHABETS) as Encoding[]) {
    it(`reads back any quoted table written in ${encoding}, for every delimiter and line ending`, async () => {
      await fc.assert(
        fc.asyncProperty(
          tables(encoding),
          fc.constantFrom(...DELIMITERS),
          fc.constantFrom('\r\n', '\n', '\r'),
          async (table, delimiter, lineEnd) => {
            const back = await read(write(table, delimiter, encoding, lineEnd), encoding, delimiter);
            expect(back).toEqual(table);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('reads UTF-8 bytes, broken ones and BOMs included, as it reads their decoded text', async () => {
    // Pieces of UTF-8 files: structure, letters, a BOM, bytes that are no UTF-8, a split character.
    const piece = fc.constantFrom(
      ...[',', ';', '"', '\r', '\n', '\r\n', 'a', ' ', 'й', 'سی', '😀', '\u0000', '\ufeff'].map((t) =>
        Buffer.from(t, 'utf8'),
      ),
      Buffer.from([0xff]),
      Buffer.from([0xc3]),
      Buffer.from([0xe2, 0x82]),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from([0xef, 0xbb]),
    );
    const outcome = async (rows: AsyncGenerator<unknown>) => {
      const out: unknown[] = [];
      try {
        for await (const row of rows) out.push(row);
      } catch (error) {
        out.push({
          failed: (error as { code?: string }).code,
          params: (error as { params?: unknown }).params,
        });
      }
      return out;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(...DELIMITERS),
        async (pieces, size, delimiter) => {
          const bytes = Buffer.concat(pieces);
          const split = [];
          for (let at = 0; at < bytes.length; at += size) split.push(bytes.subarray(at, at + size));
          // The text as iconv decodes it, through a decoding reader (UTF-16 carries any decoded text).
          const text = iconv.encode(iconv.decode(bytes, 'utf-8', { stripBOM: false }), 'utf-16le');
          expect(await outcome(readCsv(Readable.from(split), 'utf-8', delimiter))).toEqual(
            await outcome(readCsv(Readable.from([text]), 'utf-16le', delimiter)),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('detects the delimiter of any table of plain cells with at least two columns', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'abcXYZ019 йسی.@'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 6 })
          .chain((w) =>
            fc.array(fc.array(plain, { minLength: w, maxLength: w }), { minLength: 2, maxLength: 10 }),
          ),
        fc.constantFrom(...DELIMITERS),
        (table, delimiter) => {
          expect(detectDelimiter(table.map((r) => r.join(delimiter)).join('\n'))).toBe(delimiter);
        },
      ),
    );
  });

  it('detects UTF-8 for any text, and a code page for Russian and Persian text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(detectEncoding(Buffer.from(text, 'utf8'))).toBe('utf-8');
      }),
    );
    const ru = 'Фамилия;Имя;Телефон\nПетрова;Ольга;89161234567\nИванов;Сергей;89160000000\n';
    const fa = 'نام خانوادگي,نام,تلفن همراه\nمحمدي,سارا,09121234567\nرضايي,علي,09120000000\n';
    expect(detectEncoding(iconv.encode(ru, 'windows-1251'))).toBe('windows-1251');
    expect(detectEncoding(iconv.encode(fa, 'windows-1256'))).toBe('windows-1256');
  });
});
