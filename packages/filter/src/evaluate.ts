import {
  type AnniversaryMonth,
  anniversaryKey,
  dayWindow,
  inAnniversaryMonth,
  inWindow,
  localDay,
} from './anniversary.js';
import { fold } from './fold.js';
import type { FieldDescriptor, FilterCondition, FilterNode } from './tree.js';
import { compare } from './validate.js';

const DAY = 86_400_000;

/** No value: missing, null, empty text or an empty list. */
export function isFilled(value: unknown): boolean {
  return !(
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function sameScalar(kind: FieldDescriptor['kind'], a: unknown, b: unknown): boolean {
  return kind === 'text' ? typeof a === 'string' && fold(a) === fold(String(b)) : compare(kind, a, b) === 0;
}

/**
 * Whether one customer matches a valid filter (see validateFilter). Two-valued, like the SQL it is
 * compiled to: a condition on a field with no value is false, except notFilled and hasNone, which are
 * true there. `now` fixes "today" for relative dates; anniversaries take their day in `timeZone`
 * (the workspace's; UTC when it has none).
 */
export function evaluateFilter(
  node: FilterNode,
  fields: FieldDescriptor[],
  record: Record<string, unknown>,
  now: Date,
  timeZone = 'UTC',
): boolean {
  if (node.kind === 'group') {
    const results = node.children.map((child) => evaluateFilter(child, fields, record, now, timeZone));
    // An empty group filters nothing, whether AND or OR: a blank filter shows every customer.
    const matched =
      results.length === 0 || (node.op === 'AND' ? results.every(Boolean) : results.some(Boolean));
    return node.not ? !matched : matched;
  }
  const field = fields.find((f) => f.key === node.field);
  if (!field) return false;
  return condition(node, field, record[node.field], now, timeZone);
}

function condition(
  c: FilterCondition,
  field: FieldDescriptor,
  value: unknown,
  now: Date,
  timeZone: string,
): boolean {
  const filled = isFilled(value);
  if (c.operator === 'filled') return filled;
  if (c.operator === 'notFilled') return !filled;
  if (c.operator === 'hasNone')
    return !filled || !(c.value as string[]).some((v) => (value as string[]).includes(v));
  if (!filled) return false;
  const kind = field.kind;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  switch (c.operator) {
    case 'eq':
      return sameScalar(kind, value, c.value);
    case 'neq':
      return !sameScalar(kind, value, c.value);
    case 'contains':
      return fold(String(value)).includes(fold(String(c.value)));
    case 'startsWith':
      return fold(String(value)).startsWith(fold(String(c.value)));
    case 'in':
      return (c.value as unknown[]).some((v) => sameScalar(kind, value, v));
    case 'notIn':
      return !(c.value as unknown[]).some((v) => sameScalar(kind, value, v));
    case 'gt':
      return compare(kind, value, c.value) > 0;
    case 'gte':
      return compare(kind, value, c.value) >= 0;
    case 'lt':
    case 'before':
      return compare(kind, value, c.value) < 0;
    case 'lte':
      return compare(kind, value, c.value) <= 0;
    case 'after':
      return compare(kind, value, c.value) > 0;
    case 'between': {
      const [from, to] = c.value as [unknown, unknown];
      return compare(kind, value, from) >= 0 && compare(kind, value, to) <= 0;
    }
    case 'lastDays':
      return kind === 'date'
        ? String(value) >= dayText(today - (c.value as number) * DAY) && String(value) <= dayText(today)
        : Date.parse(String(value)) >= now.getTime() - (c.value as number) * DAY &&
            Date.parse(String(value)) <= now.getTime();
    case 'nextDays':
      return kind === 'date'
        ? String(value) >= dayText(today) && String(value) <= dayText(today + (c.value as number) * DAY)
        : Date.parse(String(value)) >= now.getTime() &&
            Date.parse(String(value)) <= now.getTime() + (c.value as number) * DAY;
    case 'anniversaryToday':
    case 'anniversaryNextDays':
    case 'anniversaryLastDays': {
      const key = anniversaryKey(value);
      const days = (c.value as number | undefined) ?? 0;
      const today = localDay(now, timeZone);
      const window =
        c.operator === 'anniversaryLastDays' ? dayWindow(today, days, 0) : dayWindow(today, 0, days);
      return key !== null && inWindow(key, window);
    }
    case 'anniversaryInMonth':
      return typeof value === 'string' && inAnniversaryMonth(value, c.value as AnniversaryMonth);
    case 'hasAny':
      return (c.value as string[]).some((v) => (value as string[]).includes(v));
    case 'hasAll':
      return (c.value as string[]).every((v) => (value as string[]).includes(v));
    default:
      return false;
  }
}
