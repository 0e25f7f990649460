import type { AttributeTypeName, LocalizedText } from '@patron/sdk';
import { keyLiteral } from '../customer-search/customer-fields.js';
import type { DateWriter } from './dates.js';

export type Locale = 'EN' | 'RU' | 'FA';

/** A column the export can write: an attribute, a system field or a field another module computes. */
export interface ColumnSource {
  key: string;
  label: LocalizedText;
  /** 'attribute', 'system', or the module that contributes it (decides the permission to read it). */
  source: string;
  kind:
    | 'text'
    | 'phone'
    | 'number'
    | 'boolean'
    | 'date'
    | 'datetime'
    | 'choice'
    | 'multi'
    | 'tags'
    | 'address';
  choices: { value: string; label: LocalizedText }[];
  /** The value in SQL over customer row `c`; dates are given as text by `dateSql`. */
  sql: string;
}

/** A cell as the writers take it: text is written as text, a number as a number. */
export type Cell = string | number | null;

export interface ExportColumn {
  key: string;
  header: string;
  /** The value as text (lists joined by `LIST_SEPARATOR`), the i-th column of the select list. */
  sql: string;
  /** Phones: a spreadsheet must keep them as text (or it drops the + and reads a number). */
  phone: boolean;
  cell(value: string | null): Cell;
}

const KIND_BY_TYPE: Record<AttributeTypeName, ColumnSource['kind']> = {
  TEXT: 'text',
  LONG_TEXT: 'text',
  PHONE: 'phone',
  EMAIL: 'text',
  URL: 'text',
  ADDRESS: 'address',
  NUMBER: 'number',
  MONEY: 'number',
  DATE: 'date',
  DATETIME: 'datetime',
  BOOLEAN: 'boolean',
  SINGLE_CHOICE: 'choice',
  MULTIPLE_CHOICE: 'multi',
};

export function attributeColumn(def: {
  key: string;
  type: AttributeTypeName;
  label: LocalizedText;
  choices?: { value: string; label: LocalizedText }[] | null;
}): ColumnSource {
  const k = keyLiteral(def.key);
  const kind = KIND_BY_TYPE[def.type];
  const sql =
    kind === 'multi'
      ? `(c.attributes->${k})`
      : kind === 'address'
        ? `(c.attributes->${k}->>'text')`
        : `(c.attributes->>${k})`;
  return { key: def.key, label: def.label, source: 'attribute', kind, choices: def.choices ?? [], sql };
}

/** Fields of the search registry outside the attributes: status, tags, dates, balances, tiers… */
export function registryColumn(field: {
  key: string;
  label: LocalizedText;
  source: string;
  kind: string;
  choices: { value: string; label: LocalizedText }[];
  sql: { expr: string };
}): ColumnSource {
  const kind: ColumnSource['kind'] =
    field.key === 'tags'
      ? 'tags'
      : field.kind === 'number' ||
          field.kind === 'boolean' ||
          field.kind === 'date' ||
          field.kind === 'datetime' ||
          field.kind === 'choice' ||
          field.kind === 'multi'
        ? field.kind
        : 'text';
  return {
    key: field.key,
    label: field.label,
    source: field.source,
    kind,
    choices: field.choices,
    sql: field.sql.expr,
  };
}

/** Joins a list's values in SQL (the unit separator: not found in names or choice values). */
const LIST_SEPARATOR = '\x1f';

const YES_NO: Record<Locale, [string, string]> = {
  EN: ['Yes', 'No'],
  RU: ['Да', 'Нет'],
  FA: ['بله', 'خیر'],
};

export function localized(text: LocalizedText, locale: Locale, fallback: string): string {
  const lang = locale.toLowerCase() as 'en' | 'ru' | 'fa';
  return text[lang] || text.en || fallback;
}

/**
 * The SQL that reads a date-time as the writer wants it: the workspace's wall clock for the
 * calendar style, an ISO instant in UTC otherwise. The time zone travels as a parameter.
 */
function dateTimeSql(expr: string, style: 'CALENDAR' | 'ISO'): { sql: string; zone: boolean } {
  const instant = `(${expr})::timestamptz`;
  return style === 'ISO'
    ? { sql: `to_char(${instant} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`, zone: false }
    : { sql: `to_char(${instant} at time zone ?, 'YYYY-MM-DD HH24:MI')`, zone: true };
}

/**
 * Builds what the runner selects and how each value becomes a cell. `tagNames` maps tag ids to names.
 * Returns the columns and the parameters their SQL needs, in select-list order.
 */
export function exportColumns(
  sources: readonly ColumnSource[],
  locale: Locale,
  dates: DateWriter,
  timeZone: string,
  tagNames: ReadonlyMap<string, string>,
): { columns: ExportColumn[]; params: unknown[] } {
  const params: unknown[] = [];
  const [yes, no] = YES_NO[locale];
  const columns = sources.map((s): ExportColumn => {
    const header = localized(s.label, locale, s.key);
    const labels = new Map(s.choices.map((c) => [c.value, localized(c.label, locale, c.value)]));
    const base = { key: s.key, header, phone: s.kind === 'phone' };
    switch (s.kind) {
      case 'number':
        return { ...base, sql: `(${s.sql})::text`, cell: (v) => (v == null || v === '' ? null : Number(v)) };
      case 'boolean':
        return {
          ...base,
          sql: `(${s.sql})::text`,
          cell: (v) => (v == null ? null : v === 'true' ? yes : no),
        };
      case 'date':
        return { ...base, sql: `(${s.sql})::text`, cell: (v) => (v == null ? null : dates.date(v)) };
      case 'datetime': {
        const read = dateTimeSql(s.sql, dates.style);
        if (read.zone) params.push(timeZone);
        return { ...base, sql: read.sql, cell: (v) => (v == null ? null : dates.dateTime(v)) };
      }
      case 'choice':
        return { ...base, sql: `(${s.sql})::text`, cell: (v) => (v == null ? null : (labels.get(v) ?? v)) };
      case 'multi':
        return {
          ...base,
          sql: `(case when jsonb_typeof(${s.sql}) = 'array'
            then (select string_agg(e, chr(31)) from jsonb_array_elements_text(${s.sql}) e) end)`,
          cell: (v) =>
            v
              ? v
                  .split(LIST_SEPARATOR)
                  .map((x) => labels.get(x) ?? x)
                  .join(', ')
              : null,
        };
      case 'tags':
        return {
          ...base,
          sql: `array_to_string(${s.sql}, chr(31))`,
          cell: (v) =>
            v
              ? v
                  .split(LIST_SEPARATOR)
                  .map((id) => tagNames.get(id))
                  .filter(Boolean)
                  .join(', ') || null
              : null,
        };
      default:
        return { ...base, sql: `(${s.sql})::text`, cell: (v) => (v == null || v === '' ? null : v) };
    }
  });
  return { columns, params };
}
