import { CsvError, parse } from 'csv-parse';
import { parseDecimal } from '../../common/decimal.js';
import { isUuid } from '../../common/ids.js';
import { badField } from '../../graphql/errors.js';
import { normalizeEmail } from '../attributes/values/email.js';
import {
  type CountryCode,
  DEFAULT_PHONE_COUNTRY,
  e164Candidate,
  normalizePhone,
} from '../attributes/values/index.js';
import { amountProblem, toMinor } from '../ledger/amounts.js';
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

const IDENTIFIER: Record<BatchIdentifier, (raw: string, country: CountryCode) => string | null> = {
  // Checked later, and only if it matches nothing: see e164Candidate.
  MOBILE: (raw, country) => e164Candidate(raw) ?? normalizePhone(raw, country),
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

/** A line's number in the file: one more than the line breaks before `index`. */
function lineAt(csv: string, index: number): number {
  let line = 1;
  for (let at = csv.indexOf('\n'); at !== -1 && at < index; at = csv.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * Control characters (other than tab and line breaks), U+FFFD (what a decoder makes of bytes that are
 * not UTF-8) and lone surrogates: a spreadsheet, an archive or an image read as text, never a CSV.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]|\p{Cs}/u;

/** The line where a quote opens that is never closed (quotes as csv-parse reads them with relax_quotes). */
function unclosedQuoteLine(csv: string, delimiter: string): number {
  let line = 1;
  let opened = 1;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '\n') line++;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"' && fieldStart) {
      quoted = true;
      opened = line;
    } else if (c === '\n' || c === delimiter) {
      fieldStart = true;
    } else if (!/\s/.test(c ?? '')) {
      fieldStart = false;
    }
  }
  return opened;
}

/** A file the parser cannot read: a coded refusal naming the line, never an internal error. */
function unreadable(error: unknown, csv: string, delimiter: string, path: (string | number)[]): unknown {
  if (!(error instanceof CsvError)) return error;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return badField(path, 'CSV_QUOTE_NOT_CLOSED', { line: unclosedQuoteLine(csv, delimiter) });
  }
  return badField(path, 'CSV_UNREADABLE', { line: (error as CsvError & { lines?: number }).lines ?? 1 });
}

/**
 * What a header cell says, in en/ru/fa, lower-case without spaces, ZWNJ and punctuation. A first line
 * is a header only when its identifier cell is one of these: any other line that reads as nothing is
 * reported as a bad line, never silently skipped.
 */
const HEADER_WORDS = new Set(
  [
    // English
    'mobile mobilenumber phone phonenumber tel telephone msisdn email emailaddress mail card cardnumber',
    'cardno customer customerid id uuid identifier number client clientid',
    // Russian
    'телефон мобильный мобильныйтелефон номер номертелефона почта электроннаяпочта элпочта емейл имейл',
    'карта номеркарты клиент idклиента идентификатор',
    // Persian
    'موبایل شمارهموبایل تلفن تلفنهمراه شمارهتلفن شماره ایمیل رایانامه پستالکترونیک پستالکترونیکی',
    'کارت شمارهکارت مشتری شناسه شناسهمشتری کدمشتری',
  ].flatMap((words) => words.split(' ')),
);

const headerWord = (cell: string) =>
  HEADER_WORDS.has(cell.toLowerCase().replace(/\s|\u200c|\u200d|[_\-.#:№()'"]/g, ''));

/** A first line like "mobile,amount": its identifier cell names a column and its amount is no number. */
function looksLikeHeader([id = '', amount]: string[]): boolean {
  return headerWord(id) && (amount === undefined || amount === '' || parseDecimal(amount) === null);
}

/**
 * Reads a CSV of `identifier[,amount]` (comma, semicolon or tab; quotes as in RFC 4180; a BOM and a
 * header line are allowed). Lines keep their numbers in the file, so the preview can name them.
 * Without an amount column every line gets `defaultAmount`. Amounts are in units of the currency,
 * in decimal notation only (parseDecimal: Persian digits yes, 0x10 or 1e3 no).
 * Yields the lines `size` at a time, so a caller can store one chunk while the next is parsed.
 * A file that is not text (CSV_NOT_TEXT) or whose quotes do not close (CSV_QUOTE_NOT_CLOSED) is
 * refused whole under `path`, naming the line.
 */
export async function* readBatchCsvChunks(
  csv: string,
  identifier: BatchIdentifier,
  decimals: number,
  defaultAmount: number | null,
  size: number,
  path: (string | number)[] = ['input', 'csv'],
  /** The workspace's country for phone numbers without a country code. */
  country: CountryCode = DEFAULT_PHONE_COUNTRY,
): AsyncGenerator<BatchRow[], { header: boolean }> {
  const binary = csv.search(NOT_TEXT);
  if (binary !== -1) throw badField(path, 'CSV_NOT_TEXT', { line: lineAt(csv, binary) });
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
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      index++;
      if (rows.length >= size) {
        yield rows;
        rows = [];
      }
      if (index === 0 && looksLikeHeader(record)) {
        header = true;
        continue;
      }
      rows.push(readLine(record, info.lines, identifier, decimals, defaultAmount, country));
    }
  } catch (error) {
    throw unreadable(error, csv, delimiter, path);
  }
  if (rows.length) yield rows;
  return { header };
}

/** One line: its customer's identifier and its amount in minor units, or INVALID with the reason. */
function readLine(
  [rawId = '', rawAmount]: string[],
  line: number,
  identifier: BatchIdentifier,
  decimals: number,
  defaultAmount: number | null,
  country: CountryCode,
): BatchRow {
  const normalized = IDENTIFIER[identifier](rawId, country);
  if (normalized === null) {
    return { line, identifier: rawId, amount: 0, problem: 'INVALID', detail: IDENTIFIER_PROBLEM[identifier] };
  }
  const invalid = (detail: string): BatchRow => ({
    line,
    identifier: normalized,
    amount: 0,
    problem: 'INVALID',
    detail,
  });
  const written = rawAmount !== undefined && rawAmount !== '';
  const amount = written ? parseDecimal(rawAmount) : defaultAmount;
  if (written && amount === null) return invalid(lineDetail('NUMBER_FORMAT'));
  if (amount === null) return invalid(lineDetail('BATCH_LINE_NO_AMOUNT'));
  const wrong = amountProblem(amount, decimals, ['amount']);
  if (wrong) return invalid(lineDetailOf(wrong));
  return {
    line,
    identifier: normalized,
    amount: toMinor(amount, decimals, ['amount']),
    problem: null,
    detail: null,
  };
}
