import {
  type FieldDescriptor,
  type FieldKind,
  type FilterNode,
  LIMITS,
  OPERATORS,
  type Operator,
} from './tree.js';

export interface FilterProblem {
  /** Where in the tree, e.g. ['children', 1, 'children', 0, 'value']. */
  path: (string | number)[];
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown) =>
  typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const isDateTime = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));
const isText = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.textLength;
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** The single value an operator compares with, by field kind. */
function scalarCheck(kind: FieldKind): [(v: unknown) => boolean, string] {
  switch (kind) {
    case 'number':
      return [isNumber, 'a number'];
    case 'date':
      return [isDate, 'a date as YYYY-MM-DD'];
    case 'datetime':
      return [isDateTime, 'an ISO 8601 date-time'];
    case 'boolean':
      return [(v) => typeof v === 'boolean', 'true or false'];
    default:
      return [isText, `text of 1 to ${LIMITS.textLength} characters`];
  }
}

function checkValue(kind: FieldKind, operator: Operator, value: unknown): string | null {
  const [scalar, expected] = scalarCheck(kind);
  const list = (check: (v: unknown) => boolean, what: string) =>
    Array.isArray(value) && value.length >= 1 && value.length <= LIMITS.listValues && value.every(check)
      ? null
      : `Expected a list of 1 to ${LIMITS.listValues} values, each ${what}`;
  switch (operator) {
    case 'filled':
    case 'notFilled':
      return value === undefined || value === null ? null : 'This operator takes no value';
    case 'in':
    case 'notIn':
      return list(scalar, expected);
    case 'hasAny':
    case 'hasAll':
    case 'hasNone':
      return list(isText, 'a choice value');
    case 'lastDays':
    case 'nextDays':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= LIMITS.days
        ? null
        : `Expected a whole number of days from 1 to ${LIMITS.days}`;
    case 'between':
      if (!Array.isArray(value) || value.length !== 2 || !value.every(scalar))
        return `Expected [from, to], each ${expected}`;
      return compare(kind, value[0], value[1]) <= 0 ? null : 'The start of the range is after its end';
    default:
      return scalar(value) ? null : `Expected ${expected}`;
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
      problems.push({ path, message: 'Expected a group or a condition' });
      return;
    }
    const n = node as Partial<FilterNode> & Record<string, unknown>;
    if (n.kind === 'group') {
      if (depth > LIMITS.depth) {
        problems.push({ path, message: `Groups nest at most ${LIMITS.depth} deep` });
        return;
      }
      if (n.op !== 'AND' && n.op !== 'OR')
        problems.push({ path: [...path, 'op'], message: 'Expected AND or OR' });
      if (n.not !== undefined && typeof n.not !== 'boolean')
        problems.push({ path: [...path, 'not'], message: 'Expected true or false' });
      if (!Array.isArray(n.children)) {
        problems.push({ path: [...path, 'children'], message: 'Expected a list of groups and conditions' });
        return;
      }
      if (n.children.length > LIMITS.childrenPerGroup) {
        problems.push({
          path: [...path, 'children'],
          message: `A group holds at most ${LIMITS.childrenPerGroup} items`,
        });
        return;
      }
      for (const [i, child] of n.children.entries()) visit(child, [...path, 'children', i], depth + 1);
      return;
    }
    if (n.kind !== 'condition') {
      problems.push({ path: [...path, 'kind'], message: 'Expected "group" or "condition"' });
      return;
    }
    if (++conditions > LIMITS.conditions) {
      if (conditions === LIMITS.conditions + 1)
        problems.push({ path, message: `A filter has at most ${LIMITS.conditions} conditions` });
      return;
    }
    const field = typeof n.field === 'string' ? byKey.get(n.field) : undefined;
    if (!field) {
      problems.push({ path: [...path, 'field'], message: `Unknown field ${JSON.stringify(n.field)}` });
      return;
    }
    if (!OPERATORS[field.kind].includes(n.operator as Operator)) {
      problems.push({
        path: [...path, 'operator'],
        message: `"${String(n.operator)}" does not fit ${field.kind} field "${field.key}"; use one of ${OPERATORS[field.kind].join(', ')}`,
      });
      return;
    }
    const wrong = checkValue(field.kind, n.operator as Operator, n.value);
    if (wrong) problems.push({ path: [...path, 'value'], message: wrong });
  };

  visit(root, [], 1);
  return problems;
}
