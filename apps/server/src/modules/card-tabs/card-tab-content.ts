import { CARD_TAB_LIMITS, type CardTabValueKind, type LocalizedText } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';

/** The kinds and tones as the API names them. */
export const VALUE_KINDS = ['text', 'number', 'money', 'date', 'datetime', 'link', 'status'] as const;
export const TONES = ['good', 'warning', 'bad', 'neutral'] as const;

export type ShownKind = Uppercase<CardTabValueKind>;
export type ShownTone = Uppercase<(typeof TONES)[number]>;

/** One value as the API sends it: its kind and the parts that kind has (the others null). */
export interface ShownValue {
  kind: ShownKind;
  text: string | null;
  number: number | null;
  currency: string | null;
  date: string | null;
  at: Date | null;
  url: string | null;
  customerId: string | null;
  tone: ShownTone | null;
}

export interface ShownTable {
  columns: { label: LocalizedText; kind: ShownKind }[];
  rows: { cells: (ShownValue | null)[] }[];
  empty: LocalizedText | null;
}

export interface ShownSection {
  title: LocalizedText | null;
  fields: { label: LocalizedText; value: ShownValue | null }[] | null;
  table: ShownTable | null;
}

export interface ShownContent {
  sections: ShownSection[];
  empty: LocalizedText | null;
}

/** Where a tab's content is wrong (`sections[1].table.rows[3][0]`) and how, for the log. */
export class ContentProblem extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path || 'content'}: ${reason}`);
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const LANGUAGES = ['en', 'ru', 'fa'] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new ContentProblem(path, 'expected a list');
  if (value.length > max) throw new ContentProblem(path, `at most ${max} items`);
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ContentProblem(path, 'expected text');
  if (value.length > CARD_TAB_LIMITS.text)
    throw new ContentProblem(path, `at most ${CARD_TAB_LIMITS.text} characters`);
  return value;
}

/** A label or title: one text for every language, or `{ en, ru, fa }` with at least one of them. */
function text(value: unknown, path: string): LocalizedText {
  if (typeof value === 'string') {
    const one = string(value, path);
    if (!one.trim()) throw new ContentProblem(path, 'expected text, got an empty one');
    return { en: one, ru: one, fa: one };
  }
  if (!isObject(value)) throw new ContentProblem(path, 'expected text or { en, ru, fa }');
  const unknown = Object.keys(value).find((k) => !(LANGUAGES as readonly string[]).includes(k));
  if (unknown) throw new ContentProblem(at(path, unknown), 'not a language (en, ru, fa)');
  const out: LocalizedText = {};
  for (const language of LANGUAGES) {
    const given = value[language];
    out[language] = given == null ? null : string(given, at(path, language)) || null;
  }
  if (!LANGUAGES.some((l) => out[l]?.trim())) throw new ContentProblem(path, 'no text in any language');
  return out;
}

const optionalText = (value: unknown, path: string) => (value == null ? null : text(value, path));

function kind(value: unknown, path: string): CardTabValueKind {
  if (!(VALUE_KINDS as readonly unknown[]).includes(value))
    throw new ContentProblem(path, `expected one of ${VALUE_KINDS.join(', ')}`);
  return value as CardTabValueKind;
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ContentProblem(path, 'expected a finite number');
  return value;
}

/** Only addresses a browser opens as a page: javascript:, data: and relative links are refused. */
function webAddress(value: unknown, path: string): string {
  const url = string(value, path);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ContentProblem(path, 'expected an absolute http(s) address');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ContentProblem(path, 'only http and https addresses');
  return parsed.href;
}

function day(value: unknown, path: string): string {
  const given = string(value, path);
  const match = DAY.exec(given);
  const date = match ? new Date(`${given}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== given)
    throw new ContentProblem(path, 'expected a day as YYYY-MM-DD');
  return given;
}

function moment(value: unknown, path: string): Date {
  const date =
    value instanceof Date ? value : typeof value === 'string' && MOMENT.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()))
    throw new ContentProblem(path, 'expected a Date or an ISO date-time with its offset');
  return date;
}

const blank = (k: CardTabValueKind): ShownValue => ({
  kind: k.toUpperCase() as ShownKind,
  text: null,
  number: null,
  currency: null,
  date: null,
  at: null,
  url: null,
  customerId: null,
  tone: null,
});

/** A value of this kind, or null for none. */
export function readValue(k: CardTabValueKind, value: unknown, path: string): ShownValue | null {
  if (value == null) return null;
  const v = blank(k);
  switch (k) {
    case 'text':
      return { ...v, text: string(value, path) };
    case 'number':
      return { ...v, number: finite(value, path) };
    case 'money': {
      if (!isObject(value)) throw new ContentProblem(path, 'expected { amount, currency }');
      const currency = string(value.currency, at(path, 'currency')).trim();
      if (!currency || currency.length > 40)
        throw new ContentProblem(at(path, 'currency'), 'expected a currency code or name');
      return { ...v, number: finite(value.amount, at(path, 'amount')), currency };
    }
    case 'date':
      return { ...v, date: day(value, path) };
    case 'datetime':
      return { ...v, at: moment(value, path) };
    case 'link': {
      if (!isObject(value)) throw new ContentProblem(path, 'expected { url, text } or { customerId, text }');
      const shown = value.text == null ? null : string(value.text, at(path, 'text'));
      if (value.customerId != null) {
        if (typeof value.customerId !== 'string' || !isUuid(value.customerId))
          throw new ContentProblem(at(path, 'customerId'), 'expected a customer id');
        if (!shown?.trim()) throw new ContentProblem(at(path, 'text'), 'a link to a card needs a text');
        return { ...v, customerId: value.customerId.toLowerCase(), text: shown };
      }
      const url = webAddress(value.url, at(path, 'url'));
      return { ...v, url, text: shown?.trim() ? shown : url };
    }
    case 'status': {
      if (!isObject(value)) throw new ContentProblem(path, 'expected { text, tone }');
      if (!(TONES as readonly unknown[]).includes(value.tone))
        throw new ContentProblem(at(path, 'tone'), `expected one of ${TONES.join(', ')}`);
      return {
        ...v,
        text: string(value.text, at(path, 'text')),
        tone: (value.tone as string).toUpperCase() as ShownTone,
      };
    }
  }
}

function readTable(value: unknown, path: string): ShownTable {
  if (!isObject(value)) throw new ContentProblem(path, 'expected { columns, rows }');
  const columns = list(value.columns, at(path, 'columns'), CARD_TAB_LIMITS.columns).map((c, i) => {
    const where = at(at(path, 'columns'), i);
    if (!isObject(c)) throw new ContentProblem(where, 'expected { label, kind }');
    return { label: text(c.label, at(where, 'label')), kind: kind(c.kind, at(where, 'kind')) };
  });
  if (!columns.length) throw new ContentProblem(at(path, 'columns'), 'a table needs a column');
  const rows = list(value.rows, at(path, 'rows'), CARD_TAB_LIMITS.rows).map((row, r) => {
    const where = at(at(path, 'rows'), r);
    const cells = list(row, where, columns.length);
    if (cells.length !== columns.length)
      throw new ContentProblem(where, `expected ${columns.length} values, one per column`);
    return { cells: columns.map((c, i) => readValue(c.kind, cells[i], at(where, i))) };
  });
  return {
    columns: columns.map((c) => ({ label: c.label, kind: c.kind.toUpperCase() as ShownKind })),
    rows,
    empty: optionalText(value.empty, at(path, 'empty')),
  };
}

function readSection(value: unknown, path: string): ShownSection {
  if (!isObject(value)) throw new ContentProblem(path, 'expected a section');
  const title = optionalText(value.title, at(path, 'title'));
  if ((value.fields == null) === (value.table == null))
    throw new ContentProblem(path, 'expected either fields or a table');
  if (value.table != null) return { title, fields: null, table: readTable(value.table, at(path, 'table')) };
  const fields = list(value.fields, at(path, 'fields'), CARD_TAB_LIMITS.fields).map((f, i) => {
    const where = at(at(path, 'fields'), i);
    if (!isObject(f)) throw new ContentProblem(where, 'expected { label, kind, value }');
    const k = kind(f.kind, at(where, 'kind'));
    return { label: text(f.label, at(where, 'label')), value: readValue(k, f.value, at(where, 'value')) };
  });
  return { title, fields, table: null };
}

/**
 * What a tab's `load` returned, checked and put in the API's shape; a ContentProblem names the first
 * thing that is wrong. Nothing of it is trusted: it comes from a module, maybe a third party's.
 */
export function readCardTabContent(value: unknown): ShownContent {
  if (!isObject(value)) throw new ContentProblem('', 'expected { sections }');
  return {
    sections: list(value.sections, 'sections', CARD_TAB_LIMITS.sections).map((s, i) =>
      readSection(s, at('sections', i)),
    ),
    empty: optionalText(value.empty, 'empty'),
  };
}
