import {
  type AnniversaryMonth,
  dayWindow,
  type FilterCondition,
  type FilterNode,
  fold,
  gregorianMonthWindow,
  jalaliMonthWindow,
  type KeyWindow,
  localDay,
  windowKeys,
} from '@patron/filter';
import { pgArray } from '../../db/sql-array.js';
import { toLatinDigits } from '../attributes/values/digits.js';
import type { CustomerField, FieldSql } from './customer-fields.js';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const DAY = 86_400_000;

/** LIKE treats %, _ and \ as special; hostile input stays a plain value. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Compiles a validated filter tree to a parameterised SQL condition over the customer row `c`.
 * Values only ever travel as parameters. Each condition is null exactly where evaluateFilter says
 * false (a missing value), and AND/OR are monotone, so outside NOT a null result means false, as
 * WHERE reads it; conditions stay bare there so the planner can use the GIN and btree indexes.
 * Only a negated group is made two-valued (coalesce … false) before NOT. Anniversaries take "today"
 * in `timeZone` (the workspace's).
 */
export function compileFilter(
  node: FilterNode,
  fields: Map<string, CustomerField>,
  now: Date,
  timeZone = 'UTC',
): SqlFragment {
  const params: unknown[] = [];
  const visit = (n: FilterNode): string => {
    if (n.kind === 'group') {
      // Like evaluateFilter: an empty group, AND or OR, filters nothing.
      if (n.children.length === 0) return n.not ? 'false' : 'true';
      const joined = n.children.map(visit).join(n.op === 'AND' ? ' and ' : ' or ');
      return n.not ? `not coalesce((${joined}), false)` : `(${joined})`;
    }
    const field = fields.get(n.field);
    if (!field) throw new Error(`compileFilter: unknown field ${n.field}`);
    const { sql, params: p } = condition(n, field.sql, field.kind, now, timeZone);
    params.push(...p);
    return `(${sql})`;
  };
  return { sql: visit(node), params };
}

/** A text value as the folded column holds it (see FieldSql's `latinDigits`). */
function foldedText(sql: FieldSql, value: unknown): string {
  const text = String(value);
  return fold(sql.form === 'text' && sql.latinDigits ? toLatinDigits(text) : text);
}

function paramOf(sql: FieldSql, value: unknown): { ph: string; value: unknown } {
  switch (sql.form) {
    case 'text':
      return { ph: '?', value: foldedText(sql, value) };
    case 'cast':
      return { ph: `?::${sql.cast}`, value: sql.cast === 'boolean' ? String(value) : value };
    case 'isoText':
      return {
        ph: '?',
        value: typeof value === 'string' && value.includes('T') ? new Date(value).toISOString() : value,
      };
    default:
      return { ph: '?', value };
  }
}

function condition(
  c: FilterCondition,
  sql: FieldSql,
  kind: string,
  now: Date,
  timeZone: string,
): SqlFragment {
  const e = sql.expr;
  const one = (op: string, value: unknown): SqlFragment => {
    const p = paramOf(sql, value);
    return { sql: `${e} ${op} ${p.ph}`, params: [p.value] };
  };
  const list = (negate: boolean): SqlFragment => {
    const values = (c.value as unknown[]).map((v) => paramOf(sql, v));
    return {
      sql: `${e} ${negate ? 'not in' : 'in'} (${values.map((v) => v.ph).join(', ')})`,
      params: values.map((v) => v.value),
    };
  };
  const range = (from: unknown, to: unknown): SqlFragment => {
    const a = paramOf(sql, from);
    const b = paramOf(sql, to);
    return { sql: `(${e} >= ${a.ph} and ${e} <= ${b.ph})`, params: [a.value, b.value] };
  };
  switch (c.operator) {
    case 'filled':
      return { sql: filled(sql), params: [] };
    case 'notFilled':
      return { sql: `not ${filled(sql)}`, params: [] };
    case 'eq':
      return one('=', c.value);
    case 'neq':
      return one('<>', c.value);
    case 'contains':
      return { sql: `${e} like ?`, params: [`%${likeEscape(foldedText(sql, c.value))}%`] };
    case 'startsWith':
      return { sql: `${e} like ?`, params: [`${likeEscape(foldedText(sql, c.value))}%`] };
    case 'in':
      return list(false);
    case 'notIn':
      return list(true);
    case 'gt':
    case 'after':
      return one('>', c.value);
    case 'gte':
      return one('>=', c.value);
    case 'lt':
    case 'before':
      return one('<', c.value);
    case 'lte':
      return one('<=', c.value);
    case 'between': {
      const [from, to] = c.value as [unknown, unknown];
      return range(from, to);
    }
    case 'lastDays':
    case 'nextDays': {
      const days = (c.value as number) * DAY;
      if (kind === 'date') {
        const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
        const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
        return c.operator === 'lastDays'
          ? range(day(today - days), day(today))
          : range(day(today), day(today + days));
      }
      const at = (ms: number) => new Date(ms).toISOString();
      const t = now.getTime();
      return c.operator === 'lastDays' ? range(at(t - days), at(t)) : range(at(t), at(t + days));
    }
    case 'anniversaryToday':
      return anniversary(e, dayWindow(localDay(now, timeZone), 0, 0));
    case 'anniversaryNextDays':
      return anniversary(e, dayWindow(localDay(now, timeZone), 0, c.value as number));
    case 'anniversaryLastDays':
      return anniversary(e, dayWindow(localDay(now, timeZone), c.value as number, 0));
    case 'anniversaryInMonth': {
      const { month, calendar } = c.value as AnniversaryMonth;
      if (calendar !== 'jalali') return anniversary(e, gregorianMonthWindow(month));
      // The month-day range narrows (by index) to the days the Jalali month can cover; the function decides.
      const range = anniversary(e, jalaliMonthWindow(month));
      return { sql: `${range.sql} and jalali_month(${e}) = ?`, params: [...range.params, month] };
    }
    case 'hasAny':
    case 'hasAll':
    case 'hasNone':
      return multi(c, sql);
    default:
      throw new Error(`compileFilter: operator ${c.operator satisfies never}`);
  }
}

/**
 * An ISO date's month-day key `substr(value, 6, 5)` ('MM-DD') among the keys of a window, listed
 * (over the new year too). The expression is the one the anniversary index holds (sort-index.ts).
 */
function anniversary(expr: string, w: KeyWindow): SqlFragment {
  const key = anniversaryKeySql(expr);
  if (w.all) return { sql: `${key} is not null`, params: [] };
  return { sql: `${key} = any(?::text[])`, params: [pgArray(windowKeys(w))] };
}

export const anniversaryKeySql = (expr: string) => `substr(${expr}, 6, 5)`;

/** Never null, so `not filled` is as two-valued as `filled`. */
function filled(sql: FieldSql): string {
  switch (sql.form) {
    case 'jsonArray':
      return `coalesce(jsonb_typeof(${sql.expr}) = 'array' and jsonb_array_length(${sql.expr}) > 0, false)`;
    case 'uuidArray':
      return `coalesce(cardinality(${sql.expr}) > 0, false)`;
    default:
      return `(${sql.expr} is not null)`;
  }
}

function multi(c: FilterCondition, sql: FieldSql): SqlFragment {
  const values = c.value as string[];
  const ph = placeholders(values.length);
  let test: string;
  if (sql.form === 'uuidArray') {
    test =
      c.operator === 'hasAll' ? `${sql.expr} @> array[${ph}]::uuid[]` : `${sql.expr} && array[${ph}]::uuid[]`;
  } else {
    const fn = c.operator === 'hasAll' ? 'jsonb_exists_all' : 'jsonb_exists_any';
    test = `(jsonb_typeof(${sql.expr}) = 'array' and ${fn}(${sql.expr}, array[${ph}]::text[]))`;
  }
  return { sql: c.operator === 'hasNone' ? `not coalesce(${test}, false)` : test, params: values };
}
