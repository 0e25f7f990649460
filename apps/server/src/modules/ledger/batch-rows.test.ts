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
): Promise<{ rows: BatchRow[]; header: boolean }> {
  const rows: BatchRow[] = [];
  const chunks = readBatchCsvChunks(csv, identifier, decimals, defaultAmount, 3);
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
      [4, '+79161234567', 0, 'INVALID', 'BATCH_LINE_NO_AMOUNT'],
      [5, '+79161234567', 0, 'INVALID', 'AMOUNT_WHOLE_ONLY'],
      [6, '+79161234568', 0, 'INVALID', 'BATCH_LINE_NO_AMOUNT'],
    ]);
    expect(readLineDetail(rows[1]?.detail ?? null).detail).toBe('Not a phone number');
  });
});
