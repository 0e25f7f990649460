import type { ParamsOf, ParamValue, ProblemCode } from '@patron/problems';
import { IDENTIFIERS } from '@patron/problems/texts/words';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

/**
 * A refusal to show: its code and parameters as the API sends them (`extensions.problem`, or one
 * entry of `extensions.fields`), and what to show when this SPA has no text for the code.
 */
export interface ProblemMessage {
  code?: string;
  params?: Record<string, ParamValue>;
  /**
   * The server's English message, shown for a code this SPA does not know (a plugin's, a newer
   * server's); or an i18n key of the SPA's own when nothing was refused (a lost connection).
   */
  message: string;
  /**
   * The currency of the amounts a refusal states without naming it (a batch line's balance and
   * total are in the batch's currency): they take its decimals.
   */
  amountsIn?: string;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ProblemTextOptions {
  translate: Translate;
  locale: string;
  /** A currency key as people know it in the language (its name); the key itself by default. */
  currencyName?: (key: string) => string;
  /** The decimal places of a currency, when it is known. */
  currencyDecimals?: (key: string) => number | undefined;
  /** A day (YYYY-MM-DD) in the user's calendar; as sent by default. */
  formatDate?: (isoDate: string) => string;
}

type ParamOf<C extends ProblemCode> = keyof ParamsOf<C>;
type ParamsByCode = { [C in ProblemCode]?: readonly ParamOf<C>[] };

/** Parameters that are sums of the workspace's money: always two decimals (15.00). */
const MONEY: ParamsByCode = {
  SPEND_OVER_INVOICE: ['value'],
  SPEND_CAP_INVOICE: ['max'],
  SPEND_CAP_DAY: ['max', 'used'],
  RETURN_LEFT: ['left'],
};

/** Parameters that are amounts of the currency the refusal is about but does not name (`amountsIn`). */
const AMOUNTS_IN_CONTEXT: ParamsByCode = {
  BATCH_LINE_NEGATIVE: ['balance', 'total'],
};

/** Parameters that are years: digits without grouping (2024, never 2,024). */
const YEARS: ParamsByCode = {
  PURCHASE_TOO_OLD: ['year'],
  VALUE_YEAR_RANGE: ['min', 'max'],
};

/** Parameters that are sizes as the API writes them ("512 MB"): the number in the language's digits and unit. */
const SIZES: ParamsByCode = {
  BODY_TOO_LARGE: ['max'],
  FILE_TOO_LARGE: ['max'],
};
const MEGABYTES = /^(\d+(?:\.\d+)?) MB$/;

const FIELD_KINDS = ['text', 'number', 'date', 'datetime', 'boolean', 'choice', 'multi'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A moment as the server sends it (`2026-12-07T04:35:00.000Z`), e.g. when a card was reported lost. */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');
/** The day of a moment on the reader's clock. */
const localDay = (moment: Date) =>
  `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
const NUMERIC = /^-?\d+(?:\.\d+)?$/;

const listed = (table: ParamsByCode, code: ProblemCode, name: string) =>
  (table[code] as readonly string[] | undefined)?.includes(name) ?? false;

const numbersIn = (locale: string, options: Intl.NumberFormatOptions) =>
  numberFormat(localeTag(locale), options);

/** One parameter as people read it in the language. */
function formatParam(
  code: ProblemCode,
  name: string,
  value: ParamValue,
  problem: ProblemMessage,
  options: ProblemTextOptions,
): string {
  const { locale } = options;
  if (name === 'currency') return options.currencyName?.(String(value)) ?? String(value);
  if (name === 'kind' && FIELD_KINDS.includes(String(value)))
    return options.translate(`patron.problemWords.kind.${value}`, { _: String(value) });
  if (name === 'target' && (IDENTIFIERS as readonly string[]).includes(String(value)))
    return options.translate(`patron.problemWords.identifier.${value}`, { _: String(value) });
  if (name === 'date' && typeof value === 'string' && ISO_DATE.test(value))
    return options.formatDate?.(value) ?? value;
  const size = typeof value === 'string' && listed(SIZES, code, name) ? MEGABYTES.exec(value) : null;
  if (size) return megabytesText(Number(size[1]), options);
  if (typeof value === 'string' && ISO_MOMENT.test(value) && options.formatDate) {
    const moment = new Date(value);
    if (!Number.isNaN(moment.getTime())) return options.formatDate(localDay(moment));
  }

  const money = listed(MONEY, code, name);
  // Money may travel as "15.00"; any other text (a key, a list, what was sent) is shown as it came.
  const number = typeof value === 'number' ? value : money && NUMERIC.test(value) ? Number(value) : null;
  if (number === null || !Number.isFinite(number)) return String(value);
  if (money) return numbersIn(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(number);
  if (listed(YEARS, code, name)) return numbersIn(locale, { useGrouping: false }).format(number);
  // Amounts of a refusal that names its currency, or is about one, have that currency's decimals.
  const currency =
    problem.params?.currency ?? (listed(AMOUNTS_IN_CONTEXT, code, name) ? problem.amountsIn : undefined);
  const decimals = typeof currency === 'string' ? options.currencyDecimals?.(currency) : undefined;
  if (decimals !== undefined)
    return numbersIn(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
      number,
    );
  return numbersIn(locale, { maximumFractionDigits: 10 }).format(number);
}

/** A size in megabytes as people read it in the language: "512 MB", "512 МБ", "۵۱۲ مگابایت". */
export function megabytesText(megabytes: number, options: Pick<ProblemTextOptions, 'translate' | 'locale'>) {
  const size = numbersIn(options.locale, { maximumFractionDigits: 1 }).format(megabytes);
  return options.translate('patron.problemWords.megabytes', { size, _: `${size} MB` });
}

/** The i18n key of a code's text. */
export const problemKey = (code: ProblemCode): string => `patron.problems.${code}`;

/**
 * A refusal in the user's language, by its code: numbers in the language's digits, amounts with
 * their currency's decimals, money with two, a currency key as the currency's name, lists and
 * names as they came. A code this SPA does not know reads as the server's English message.
 */
export function problemText(problem: ProblemMessage, options: ProblemTextOptions): string {
  // Known by the catalogue in use, not by the package's list of codes: that list (every code's
  // English) would weigh the first screen down by 10 KB gzip; a code without a text falls back alike.
  const code = problem.code as ProblemCode | undefined;
  if (code === undefined) return options.translate(problem.message, { _: problem.message });
  const params = problem.params ?? {};
  const formatted = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, formatParam(code, name, value, problem, options)]),
  );
  return options.translate(problemKey(code), { _: problem.message, ...formatted });
}
