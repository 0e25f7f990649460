import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLineDetail } from './batch-line-detail.js';
import { type BatchIdentifier, type BatchRow, readBatchCsvChunks } from './batch-rows.js';

/** The whole file at once: every line, and whether the first was a header. */
async function readBatchCsv(
  csv: string,
  identifier: BatchIdentifier,
  decimals: number,
  defaultAmount: number | null,
  path?: (string | number)[],
): Promise<{ rows: BatchRow[]; header: boolean }> {
  const rows: BatchRow[] = [];
  const chunks = readBatchCsvChunks(csv, identifier, decimals, defaultAmount, 3, path);
  for (;;) {
    const next = await chunks.next();
    if (next.done) return { rows, header: next.value.header };
    rows.push(...next.value);
  }
}

const quote = (cell: string, delimiter: string) =>
  /["\n\r]/.test(cell) || cell.includes(delimiter) || cell !== cell.trim()
    ? `"${cell.replaceAll('"', '""')}"`
    : cell;

describe('reading a bulk adjustment file', () => {
  it('gives back every card number and amount with its line number, whatever the delimiter and quoting', async () => {
    const card = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => {
      return s.trim().length > 0 && !/[\r\n]/.test(s);
    });
    const amount = fc.integer({ min: -100_000, max: 100_000 }).filter((n) => {
      return n !== 0;
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ card, cents: amount, blankBefore: fc.boolean() }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
        async (lines, delimiter, header) => {
          const text: string[] = header ? [`card${delimiter}amount`] : [];
          const expected: { line: number; identifier: string; amount: number }[] = [];
          for (const l of lines) {
            if (l.blankBefore) text.push('');
            text.push(`${quote(l.card, delimiter)}${delimiter}${(l.cents / 100).toFixed(2)}`);
            expected.push({ line: text.length, identifier: l.card.trim(), amount: l.cents });
          }
          const { rows } = await readBatchCsv(`\uFEFF${text.join('\n')}\n`, 'CARD_NUMBER', 2, null);
          expect(rows.map((r) => ({ line: r.line, identifier: r.identifier, amount: r.amount }))).toEqual(
            expected,
          );
          expect(rows.every((r) => r.problem === null)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names what is wrong with a line and reads Persian digits', async () => {
    const { rows, header } = await readBatchCsv(
      'mobile,amount\n09121234567,۱۲\nnot a phone,5\n+79161234567,abc\n+79161234567,1.5\n+79161234568\n',
      'MOBILE',
      0,
      null,
    );
    expect(header).toBe(true);
    const detail = (r: { detail: string | null }) => readLineDetail(r.detail).detailProblem;
    expect(rows.map((r) => [r.line, r.identifier, r.amount, r.problem, detail(r)?.code ?? null])).toEqual([
      [2, '+989121234567', 12, null, null],
      [3, 'not a phone', 0, 'INVALID', 'BATCH_LINE_NOT_A_PHONE'],
      [4, '+79161234567', 0, 'INVALID', 'NUMBER_FORMAT'],
      [5, '+79161234567', 0, 'INVALID', 'AMOUNT_WHOLE_ONLY'],
      [6, '+79161234568', 0, 'INVALID', 'BATCH_LINE_NO_AMOUNT'],
    ]);
    expect(readLineDetail(rows[1]?.detail ?? null).detail).toBe('Not a phone number');
  });
});

describe('a first line, a bad file and amounts in other notations', () => {
  const detail = (r: { detail: string | null }) => readLineDetail(r.detail).detailProblem?.code ?? null;

  it('takes a first line as a header only when it names its columns, in en, ru or fa', async () => {
    for (const first of ['mobile,amount', 'Phone number,Sum', 'Телефон,Сумма', 'شماره‌موبایل,مبلغ', 'card']) {
      const csv = `${first}\n+989121234567,5\n`;
      const { rows, header } = await readBatchCsv(csv, 'MOBILE', 0, 1);
      expect(header, first).toBe(true);
      expect(rows.map((r) => r.line)).toEqual([2]);
    }
  });

  it('reports an unreadable first line as a bad line instead of taking it as a header', async () => {
    const { rows, header } = await readBatchCsv('0912-what,5\n+989121234567,abc\n', 'MOBILE', 0, null);
    expect(header).toBe(false);
    expect(rows.map((r) => [r.line, r.problem, detail(r)])).toEqual([
      [1, 'INVALID', 'BATCH_LINE_NOT_A_PHONE'],
      [2, 'INVALID', 'NUMBER_FORMAT'],
    ]);
    const amountFirst = await readBatchCsv('mobile,12\n', 'MOBILE', 0, null);
    expect(amountFirst.header).toBe(false);
    expect(amountFirst.rows.map((r) => [r.line, detail(r)])).toEqual([[1, 'BATCH_LINE_NOT_A_PHONE']]);
  });

  it('credits nothing for hexadecimal, exponents, Infinity or spaced-out digits', async () => {
    const amounts = ['0x10', '1e3', 'Infinity', '1 000', '0b1', '--1', '1.2.3', '٫'];
    const csv = amounts.map((a) => `C-1;${a}`).join('\n');
    const { rows } = await readBatchCsv(csv, 'CARD_NUMBER', 2, null);
    expect(rows.map((r) => [r.problem, detail(r)])).toEqual(amounts.map(() => ['INVALID', 'NUMBER_FORMAT']));
    const persian = await readBatchCsv('C-1;۱۲٫۵\nC-2;-٣\nC-3;+7.25\n', 'CARD_NUMBER', 2, null);
    expect(persian.rows.map((r) => r.amount)).toEqual([1250, -300, 725]);
  });

  it('refuses a quote that never closes, naming the line it opens on', async () => {
    const lines = ['C-1,5', 'C-2,5', '', '"C-3,5', 'C-4,5'];
    await expect(readBatchCsv(lines.join('\n'), 'CARD_NUMBER', 0, null)).rejects.toMatchObject({
      extensions: { problem: { code: 'CSV_QUOTE_NOT_CLOSED', params: { line: 4 } }, path: ['input', 'csv'] },
    });
  });

  it('refuses binary content, naming the first line that is not text', async () => {
    for (const [csv, line] of [
      ['C-1,5\nC-2,5\nPK\u0003\u0004,1\n', 3],
      ['C-1,5\u0000\n', 1],
      ['C-1,5\nC-\ufffd\ufffd,1\n', 2],
      ['C-1,5\n\nC-\ud800,1\n', 3],
    ] as const) {
      await expect(readBatchCsv(csv, 'CARD_NUMBER', 0, null, ['input', 'fileId'])).rejects.toMatchObject({
        extensions: { problem: { code: 'CSV_NOT_TEXT', params: { line } }, path: ['input', 'fileId'] },
      });
    }
  });
});
