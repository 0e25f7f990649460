import fc from 'fast-check';
import {
  type FieldDescriptor,
  type FilterCondition,
  type FilterNode,
  OPERATORS,
  type Operator,
} from './tree.js';

export const FIELDS: FieldDescriptor[] = [
  { key: 'name', kind: 'text' },
  { key: 'age', kind: 'number' },
  { key: 'birth', kind: 'date' },
  { key: 'seen', kind: 'datetime' },
  { key: 'vip', kind: 'boolean' },
  { key: 'drink', kind: 'choice' },
  { key: 'tags', kind: 'multi' },
];

export const NOW = new Date('2026-06-15T12:00:00Z');
// Letters that fold into each other, so equality and search across scripts get exercised.
const letters = fc.constantFrom('a', 'A', 'b', 'ی', 'ي', 'ک', 'ك', 'е', 'ё', 'Ё', '%', '_', '\\', "'");
const text = fc.string({ unit: letters, minLength: 1, maxLength: 4 });
const nearDay = fc
  .integer({ min: -400, max: 400 })
  .map((d) => new Date(NOW.getTime() + d * 86_400_000).toISOString().slice(0, 10));
// Birthdays decades back, 29 February and the turn of the year included, for anniversaries.
const farDay = fc
  .oneof(
    fc.date({
      min: new Date('1930-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc
      .constantFrom('1996-02-29', '2000-02-29', '1990-12-31', '1990-01-01', '1985-03-01')
      .map((d) => new Date(d)),
  )
  .map((d) => d.toISOString().slice(0, 10));
const day = fc.oneof(nearDay, farDay);
const instant = fc
  .integer({ min: -400 * 24, max: 400 * 24 })
  .map((h) => new Date(NOW.getTime() + h * 3_600_000).toISOString());
const choice = fc.constantFrom('tea', 'coffee', 'juice');
const choices = fc.uniqueArray(choice, { minLength: 1, maxLength: 3 });

const scalar: Record<string, fc.Arbitrary<unknown>> = {
  name: text,
  age: fc.integer({ min: -5, max: 120 }),
  birth: day,
  seen: instant,
  vip: fc.boolean(),
  drink: choice,
  tags: choices,
};

export const customer: fc.Arbitrary<Record<string, unknown>> = fc.record(
  Object.fromEntries(
    FIELDS.map((f) => [f.key, fc.option(scalar[f.key] as fc.Arbitrary<unknown>, { nil: undefined })]),
  ),
  { requiredKeys: [] },
);

function valueFor(field: FieldDescriptor, operator: Operator): fc.Arbitrary<unknown> {
  const one = scalar[field.key] as fc.Arbitrary<unknown>;
  switch (operator) {
    case 'filled':
    case 'notFilled':
      return fc.constant(undefined);
    case 'in':
    case 'notIn':
      return fc.array(one, { minLength: 1, maxLength: 3 });
    case 'hasAny':
    case 'hasAll':
    case 'hasNone':
      return choices;
    case 'lastDays':
    case 'nextDays':
      return fc.integer({ min: 1, max: 500 });
    case 'anniversaryToday':
      return fc.constant(undefined);
    case 'anniversaryNextDays':
    case 'anniversaryLastDays':
      return fc.integer({ min: 1, max: 365 });
    case 'anniversaryInMonth':
      return fc.record({
        month: fc.integer({ min: 1, max: 12 }),
        calendar: fc.constantFrom('gregorian', 'jalali'),
      });
    case 'between':
      return fc.tuple(one, one).map(([a, b]) => ((a as never) <= (b as never) ? [a, b] : [b, a]));
    default:
      return one;
  }
}

export const condition: fc.Arbitrary<FilterCondition> = fc.constantFrom(...FIELDS).chain((field) =>
  fc.constantFrom(...OPERATORS[field.kind]).chain((operator) =>
    valueFor(field, operator).map((value) => ({
      kind: 'condition' as const,
      field: field.key,
      operator,
      value,
    })),
  ),
);

export const tree: fc.Arbitrary<FilterNode> = fc
  .letrec<{ node: FilterNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      condition,
      fc.record({
        kind: fc.constant('group' as const),
        op: fc.constantFrom('AND' as const, 'OR' as const),
        not: fc.boolean(),
        children: fc.array(tie('node'), { maxLength: 4 }),
      }),
    ),
  }))
  .node.filter((n) => depth(n) <= 5);

function depth(n: FilterNode): number {
  return n.kind === 'group' ? 1 + Math.max(0, ...n.children.map(depth)) : 0;
}
