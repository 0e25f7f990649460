import { parse } from 'csv-parse';
import { isUuid } from '../attributes/attribute.service.js';
import { normalizeEmail } from '../attributes/values/email.js';
import { e164Candidate, normalizePhone } from '../attributes/values/index.js';
import { amountProblem, toMinor } from './amounts.js';
import { lineDetail, lineDetailOf } from './batch-line-detail.js';

export type BatchIdentifier = 'MOBILE' | 'EMAIL' | 'CARD_NUMBER' | 'CUSTOMER_ID';

/** One line of an uploaded file: ready to match, or INVALID with the reason. */
export interface BatchRow {
  line: number;
  identifier: string;
  amount: number;
  problem: 'INVALID' | null;
  detail: string | null;
}

export const MAX_BATCH_ROWS = 200_000;

const IDENTIFIER: Record<BatchIdentifier, (raw: string) => string | null> = {
  // Checked later, and only if it matches nothing: see e164Candidate.
  MOBILE: (raw) => e164Candidate(raw) ?? normalizePhone(raw),
  EMAIL: (raw) => normalizeEmail(raw),
  CARD_NUMBER: (raw) => (raw.trim() ? raw.trim() : null),
  CUSTOMER_ID: (raw) => (isUuid(raw.trim()) ? raw.trim().toLowerCase() : null),
};

export const IDENTIFIER_PROBLEM: Record<BatchIdentifier, string> = {
  MOBILE: lineDetail('BATCH_LINE_NOT_A_PHONE'),
  EMAIL: lineDetail('BATCH_LINE_NOT_AN_EMAIL'),
  CARD_NUMBER: lineDetail('BATCH_LINE_NO_CARD_NUMBER'),
  CUSTOMER_ID: lineDetail('CUSTOMER_ID_INVALID'),
};

const NUMERIC = /^[+-]?[\d۰-۹٠-٩]+(?:\.[\d۰-۹٠-٩]+)?$/;

/**
 * Tab, semicolon or comma: the one that splits most of the first lines (outside quotes) into an
 * identifier and a number, then into two cells, then the one they use at all; a one-column file has none.
 */
function detectDelimiter(csv: string): string {
  const lines = csv
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20)
    .map((l) => l.replace(/"(?:[^"]|"")*"/g, '""'));
  const score = (d: string) =>
    lines.reduce((sum, l) => {
      const cells = l.split(d);
      if (cells.length !== 2) return sum + (cells.length > 1 ? 1 : 0);
      return sum + (NUMERIC.test((cells[1] ?? '').trim()) ? 10_000 : 100);
    }, 0);
  const [best] = ['\t', ';', ','].sort((a, b) => score(b) - score(a));
  return best && score(best) > 0 ? best : ',';
}

/**
 * Reads a CSV of `identifier[,amount]` (comma, semicolon or tab; quotes as in RFC 4180; a BOM and a
 * header line are allowed). Lines keep their numbers in the file, so the preview can name them.
 * Without an amount column every line gets `defaultAmount`. Amounts are in units of the currency.
 * Yields the lines `size` at a time, so a caller can store one chunk while the next is parsed.
 */
export async function* readBatchCsvChunks(
  csv: string,
  identifier: BatchIdentifier,
  decimals: number,
  defaultAmount: number | null,
  size: number,
): AsyncGenerator<BatchRow[], { header: boolean }> {
  const delimiter = detectDelimiter(csv);
  // Streamed record by record: a 100,000-line file never exists as parsed records all at once.
  const parser = parse(csv, {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  });
  let header = false;
  let rows: BatchRow[] = [];
  let index = -1;
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    index++;
    if (rows.length >= size) {
      yield rows;
      rows = [];
    }
    const [rawId = '', rawAmount] = record;
    const normalized = IDENTIFIER[identifier](rawId);
    const amountText = rawAmount
      ?.replace(/\s/g, '')
      .replace(/[٠-٩۰-۹]/g, (d) => String(d.charCodeAt(0) & 0xf));
    if (
      index === 0 &&
      (normalized === null || (amountText !== undefined && !Number.isFinite(Number(amountText))))
    ) {
      header = true;
      continue;
    }
    const line = info.lines;
    if (normalized === null) {
      rows.push({
        line,
        identifier: rawId,
        amount: 0,
        problem: 'INVALID',
        detail: IDENTIFIER_PROBLEM[identifier],
      });
      continue;
    }
    const amount = amountText === undefined || amountText === '' ? defaultAmount : Number(amountText);
    if (amount === null || !Number.isFinite(amount)) {
      rows.push({
        line,
        identifier: normalized,
        amount: 0,
        problem: 'INVALID',
        detail: lineDetail('BATCH_LINE_NO_AMOUNT'),
      });
      continue;
    }
    const wrong = amountProblem(amount, decimals, ['amount']);
    rows.push(
      wrong
        ? { line, identifier: normalized, amount: 0, problem: 'INVALID', detail: lineDetailOf(wrong) }
        : {
            line,
            identifier: normalized,
            amount: toMinor(amount, decimals, ['amount']),
            problem: null,
            detail: null,
          },
    );
  }
  if (rows.length) yield rows;
  return { header };
}
