import { type FieldProblem, fieldProblem } from '@patron/problems';
import {
  type FieldDescriptor,
  type FieldKind,
  type FilterNode,
  LIMITS,
  OPERATORS,
  type Operator,
} from './tree.js';

/** A problem of a filter tree; its path is inside the tree, e.g. ['children', 1, 'children', 0, 'value']. */
export type FilterProblem = FieldProblem;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown) =>
  typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const isDateTime = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
const isText = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.textLength;
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** `{ month: 1–12, calendar?: 'gregorian' | 'jalali' }`, nothing else. */
function isMonth(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const { month, calendar, ...rest } = v as Record<string, unknown>;
  return (
    Number.isInteger(month) &&
    (month as number) >= 1 &&
    (month as number) <= 12 &&
    (calendar === undefined || calendar === 'gregorian' || calendar === 'jalali') &&
    Object.keys(rest).length === 0
  );
}

type ValueKind = 'number' | 'date' | 'datetime' | 'boolean' | 'text';

/** The single value an operator compares with, by field kind. */
function scalarCheck(kind: FieldKind): [(v: unknown) => boolean, ValueKind] {
  switch (kind) {
    case 'number':
      return [isNumber, 'number'];
    case 'date':
      return [isDate, 'date'];
    case 'datetime':
      return [isDateTime, 'datetime'];
    case 'boolean':
      return [(v) => typeof v === 'boolean', 'boolean'];
    default:
      return [isText, 'text'];
  }
}

function checkValue(
  kind: FieldKind,
  operator: Operator,
  value: unknown,
  path: (string | number)[],
): FilterProblem | null {
  const [scalar, expected] = scalarCheck(kind);
  const list = (check: (v: unknown) => boolean, each: ValueKind | 'choice') =>
    Array.isArray(value) && value.length >= 1 && value.length <= LIMITS.listValues && value.every(check)
      ? null
      : fieldProblem(path, 'FILTER_VALUE_LIST', { max: LIMITS.listValues, kind: each });
  switch (operator) {
    case 'filled':
    case 'notFilled':
    case 'anniversaryToday':
      return value === undefined || value === null ? null : fieldProblem(path, 'FILTER_VALUE_NONE');
    case 'in':
    case 'notIn':
      return list(scalar, expected);
    case 'hasAny':
    case 'hasAll':
    case 'hasNone':
      return list(isText, 'choice');
    case 'lastDays':
    case 'nextDays':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= LIMITS.days
        ? null
        : fieldProblem(path, 'FILTER_VALUE_DAYS', { max: LIMITS.days });
    case 'anniversaryNextDays':
    case 'anniversaryLastDays':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= LIMITS.anniversaryDays
        ? null
        : fieldProblem(path, 'FILTER_VALUE_DAYS', { max: LIMITS.anniversaryDays });
    case 'anniversaryInMonth':
      return isMonth(value) ? null : fieldProblem(path, 'FILTER_VALUE_MONTH');
    case 'between':
      if (!Array.isArray(value) || value.length !== 2 || !value.every(scalar))
        return fieldProblem(path, 'FILTER_VALUE_RANGE', { kind: expected });
      return compare(kind, value[0], value[1]) <= 0 ? null : fieldProblem(path, 'FILTER_RANGE_REVERSED');
    default:
      if (scalar(value)) return null;
      return expected === 'text'
        ? fieldProblem(path, 'FILTER_TEXT_VALUE', { max: LIMITS.textLength })
        : fieldProblem(path, 'FILTER_VALUE', { kind: expected });
  }
}

export function compare(kind: FieldKind, a: unknown, b: unknown): number {
  if (kind === 'number') return (a as number) - (b as number);
  if (kind === 'datetime') return Date.parse(a as string) - Date.parse(b as string);
  return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
}

/** Every problem of a filter tree, each with its path; an empty list means the filter can run. */
export function validateFilter(root: unknown, fields: FieldDescriptor[]): FilterProblem[] {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const problems: FilterProblem[] = [];
  let conditions = 0;

  const visit = (node: unknown, path: (string | number)[], depth: number) => {
    if (typeof node !== 'object' || node === null) {
      problems.push(fieldProblem(path, 'FILTER_NODE_EXPECTED'));
      return;
    }
    const n = node as Partial<FilterNode> & Record<string, unknown>;
    if (n.kind === 'group') {
      if (depth > LIMITS.depth) {
        problems.push(fieldProblem(path, 'FILTER_TOO_DEEP', { max: LIMITS.depth }));
        return;
      }
      if (n.op !== 'AND' && n.op !== 'OR') problems.push(fieldProblem([...path, 'op'], 'FILTER_GROUP_OP'));
      if (n.not !== undefined && typeof n.not !== 'boolean')
        problems.push(fieldProblem([...path, 'not'], 'FILTER_NOT_FLAG'));
      if (!Array.isArray(n.children)) {
        problems.push(fieldProblem([...path, 'children'], 'FILTER_CHILDREN_EXPECTED'));
        return;
      }
      if (n.children.length > LIMITS.childrenPerGroup) {
        problems.push(
          fieldProblem([...path, 'children'], 'FILTER_GROUP_TOO_WIDE', { max: LIMITS.childrenPerGroup }),
        );
        return;
      }
      for (const [i, child] of n.children.entries()) visit(child, [...path, 'children', i], depth + 1);
      return;
    }
    if (n.kind !== 'condition') {
      problems.push(fieldProblem([...path, 'kind'], 'FILTER_NODE_KIND'));
      return;
    }
    if (++conditions > LIMITS.conditions) {
      if (conditions === LIMITS.conditions + 1)
        problems.push(fieldProblem(path, 'FILTER_TOO_MANY_CONDITIONS', { max: LIMITS.conditions }));
      return;
    }
    const field = typeof n.field === 'string' ? byKey.get(n.field) : undefined;
    if (!field) {
      problems.push(
        fieldProblem([...path, 'field'], 'FILTER_FIELD_UNKNOWN', { field: JSON.stringify(n.field) }),
      );
      return;
    }
    if (!OPERATORS[field.kind].includes(n.operator as Operator)) {
      problems.push(
        fieldProblem([...path, 'operator'], 'FILTER_OPERATOR_MISMATCH', {
          operator: String(n.operator),
          kind: field.kind,
          field: field.key,
          operators: OPERATORS[field.kind].join(', '),
        }),
      );
      return;
    }
    const wrong = checkValue(field.kind, n.operator as Operator, n.value, [...path, 'value']);
    if (wrong) problems.push(wrong);
  };

  visit(root, [], 1);
  return problems;
}
