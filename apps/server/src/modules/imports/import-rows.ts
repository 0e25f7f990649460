import type { ParamValue, ProblemCode } from '@patron/problems';
import { parseDecimal } from '../../common/decimal.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import {
  type FormatRegistry,
  type NormalizeOptions,
  normalizeValue,
  type ValueRule,
} from '../attributes/values/index.js';
import type { CountryCode } from '../attributes/values/phone.js';
import { type ConsentKind, isConsentKind } from '../consents/consent-kinds.js';
import { BALANCE_PREFIX, CONSENT_PREFIX } from './import-targets.js';
import type { TableRow } from './reading/table.js';

export interface RowProblem {
  code: ProblemCode;
  params: Record<string, ParamValue>;
}

export interface MappedColumn {
  index: number;
  header: string;
  target: string | null;
}

/** A cell as the preview shows it: its stored form, or why it cannot be stored. */
export interface MappedCell {
  index: number;
  header: string;
  value: string | null;
  problem: RowProblem | null;
}

/** A row turned into what would be stored, before it is compared with the customers in the database. */
export interface MappedRow {
  line: number;
  /** Normalised attribute values of the mapped, non-empty cells. */
  values: Record<string, unknown>;
  tags: string[];
  balances: { currency: string; amount: number }[];
  /** Consents the row states (yes grants, no withdraws). */
  consents: { kind: ConsentKind; granted: boolean }[];
  cells: MappedCell[];
  /** The first problem: the row's own or its first bad cell's. */
  problem: RowProblem | null;
  problemColumn: string | null;
  original: string[];
}

/** What mapping reads of an attribute's definition (plain data: a worker thread receives it too). */
export type MappingDefinition = Pick<AttributeDefinition, 'key' | 'type' | 'required' | 'choices'> &
  Partial<Pick<AttributeDefinition, 'format'>>;

export interface MappingContext {
  columns: MappedColumn[];
  definitions: Map<string, MappingDefinition>;
  defaultCountry?: CountryCode;
  /**
   * The formats of enabled modules: functions, which the mapping worker cannot receive. Without them a
   * formatted attribute is mapped as its type alone, and checkFormats finishes the rows afterwards.
   */
  formats?: FormatRegistry;
  /** False: `cells` stays empty (the preview shows them; applying needs only values and the first problem). */
  keepCells?: boolean;
}

/** How spreadsheets write yes and no (en/ru/fa, Excel's TRUE/FALSE, 1/0), as the registry's true/false. */
export const BOOLEAN_WORDS: Record<string, string> = {
  yes: 'true',
  y: 'true',
  '1': 'true',
  да: 'true',
  بله: 'true',
  آری: 'true',
  no: 'false',
  n: 'false',
  '0': 'false',
  нет: 'false',
  خیر: 'false',
  نه: 'false',
};

function cellInput(type: string, text: string): unknown {
  if (type === 'MULTIPLE_CHOICE') return splitTags(text);
  if (type === 'BOOLEAN') return BOOLEAN_WORDS[text.toLowerCase()] ?? text;
  return text;
}

/** Tags in one cell: separated by commas, semicolons or vertical bars. */
export function splitTags(cell: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of cell.split(/[,;|]/)) {
    const name = part.trim();
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      out.push(name);
    }
  }
  return out;
}

/** What each mapped column does, worked out once per import rather than once per cell. */
type ColumnPlan = MappedColumn &
  (
    | { kind: 'TAGS' }
    | { kind: 'BALANCE'; currency: string }
    | { kind: 'CONSENT'; consent: string }
    | { kind: 'ATTRIBUTE'; def: MappingDefinition; rule: ValueRule }
    | { kind: 'NONE' }
  );

const plans = new WeakMap<MappingContext, { columns: ColumnPlan[]; options: NormalizeOptions }>();

function planOf(ctx: MappingContext): { columns: ColumnPlan[]; options: NormalizeOptions } {
  let plan = plans.get(ctx);
  if (plan) return plan;
  const columns: ColumnPlan[] = [];
  for (const col of ctx.columns) {
    const target = col.target;
    if (target === null) continue;
    if (target === 'tags') columns.push({ ...col, kind: 'TAGS' });
    else if (target.startsWith(BALANCE_PREFIX))
      columns.push({ ...col, kind: 'BALANCE', currency: target.slice(BALANCE_PREFIX.length) });
    else if (target.startsWith(CONSENT_PREFIX))
      columns.push({ ...col, kind: 'CONSENT', consent: target.slice(CONSENT_PREFIX.length) });
    else {
      const def = ctx.definitions.get(target);
      columns.push(
        def
          ? {
              ...col,
              kind: 'ATTRIBUTE',
              def,
              rule: {
                key: def.key,
                type: def.type,
                required: def.required,
                choices: def.choices,
                format: def.format,
              },
            }
          : { ...col, kind: 'NONE' },
      );
    }
  }
  plan = { columns, options: { defaultCountry: ctx.defaultCountry, formats: ctx.formats } };
  plans.set(ctx, plan);
  return plan;
}

/**
 * One row through the attribute registry: each mapped cell normalised by its attribute's type (the
 * same normalizeValue every customer write uses), tags split, opening balances read as decimals.
 */
export function mapRow(row: TableRow, ctx: MappingContext): MappedRow {
  const out: MappedRow = {
    line: row.line,
    values: {},
    tags: [],
    balances: [],
    consents: [],
    cells: [],
    problem: row.problem ? { code: row.problem.code, params: row.problem.params } : null,
    problemColumn: null,
    original: row.cells,
  };
  const { columns, options } = planOf(ctx);
  const keepCells = ctx.keepCells !== false;
  for (const col of columns) {
    const raw = row.cells[col.index] ?? '';
    const cell: MappedCell = { index: col.index, header: col.header, value: null, problem: null };
    if (keepCells) out.cells.push(cell);
    const text = raw.trim();
    if (text === '') continue;
    if (col.kind === 'TAGS') {
      out.tags = splitTags(text);
      if (keepCells) cell.value = out.tags.join(', ');
    } else if (col.kind === 'BALANCE') {
      const amount = parseDecimal(text);
      if (amount === null) cell.problem = { code: 'NUMBER_FORMAT', params: {} };
      else if (amount < 0) cell.problem = { code: 'IMPORT_ROW_BALANCE_NEGATIVE', params: {} };
      else {
        out.balances.push({ currency: col.currency, amount });
        cell.value = String(amount);
      }
    } else if (col.kind === 'CONSENT') {
      const word = BOOLEAN_WORDS[text.toLowerCase()];
      if (!word) cell.problem = { code: 'VALUE_NOT_BOOLEAN', params: { got: text.slice(0, 40) } };
      else if (isConsentKind(col.consent)) {
        out.consents.push({ kind: col.consent, granted: word === 'true' });
        cell.value = word;
      }
    } else if (col.kind === 'ATTRIBUTE') {
      const result = normalizeValue(col.rule, cellInput(col.def.type, text), options);
      if (!result.ok) cell.problem = { code: result.problem.code, params: result.problem.params };
      else if (result.value !== null) {
        out.values[col.def.key] = result.value;
        if (keepCells)
          cell.value = typeof result.value === 'string' ? result.value : JSON.stringify(result.value);
      }
    }
    if (cell.problem && !out.problem) {
      out.problem = cell.problem;
      out.problemColumn = col.header;
    }
  }
  return out;
}

/**
 * Rows the mapping worker mapped without the formats (see MappingContext.formats), finished here: each
 * formatted attribute's value goes through the same normalizeValue with them. A stored form normalises
 * to itself, so this gives what mapping the cell with the formats would have given, refusal included
 * (the row's first problem stays the one of its first bad column).
 */
export function checkFormats(rows: MappedRow[], ctx: MappingContext): void {
  const { columns, options } = planOf(ctx);
  const formatted = columns.filter(
    (col): col is Extract<ColumnPlan, { kind: 'ATTRIBUTE' }> =>
      col.kind === 'ATTRIBUTE' && !!col.rule.format && !!options.formats?.has(col.rule.format),
  );
  if (formatted.length === 0) return;
  const position = new Map(columns.map((col, i) => [col.header, i]));
  for (const row of rows) {
    for (const col of formatted) {
      const value = row.values[col.def.key];
      if (value === undefined) continue;
      const result = normalizeValue(col.rule, value, options);
      if (result.ok) {
        if (result.value !== null) row.values[col.def.key] = result.value;
        continue;
      }
      delete row.values[col.def.key];
      const earlier = row.problem && (position.get(row.problemColumn ?? '') ?? -1) < columns.indexOf(col);
      if (!earlier) {
        row.problem = { code: result.problem.code, params: result.problem.params };
        row.problemColumn = col.header;
      }
    }
  }
}
