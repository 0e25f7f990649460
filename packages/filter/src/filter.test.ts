import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { condition, customer, FIELDS, NOW, tree } from './arbitraries.test-support.js';
import { evaluateFilter } from './evaluate.js';
import type { FilterCondition, FilterNode } from './tree.js';
import { validateFilter } from './validate.js';

const run = (node: FilterNode, record: Record<string, unknown>) => evaluateFilter(node, FIELDS, record, NOW);
const group = (op: 'AND' | 'OR', children: FilterNode[], not = false): FilterNode => ({
  kind: 'group',
  op,
  not,
  children,
});
const c = (field: string, operator: FilterCondition['operator'], value?: unknown): FilterCondition => ({
  kind: 'condition',
  field,
  operator,
  value,
});

describe('evaluating filters', () => {
  const zahra = {
    name: 'زهرا',
    age: 30,
    birth: '1996-06-20',
    seen: '2026-06-14T09:00:00Z',
    vip: true,
    drink: 'tea',
    tags: ['tea', 'coffee'],
  };

  it.each<[FilterCondition, boolean]>([
    [c('name', 'eq', 'زهرا'), true],
    [c('name', 'contains', 'هر'), true],
    [c('name', 'startsWith', 'ز'), true],
    [c('name', 'neq', 'زهرا'), false],
    [c('age', 'between', [18, 30]), true],
    [c('age', 'gt', 30), false],
    [c('birth', 'nextDays', 10), false],
    [c('birth', 'before', '2000-01-01'), true],
    [c('seen', 'lastDays', 2), true],
    [c('seen', 'nextDays', 2), false],
    [c('vip', 'eq', true), true],
    [c('drink', 'in', ['coffee', 'tea']), true],
    [c('drink', 'notIn', ['tea']), false],
    [c('tags', 'hasAll', ['tea', 'coffee']), true],
    [c('tags', 'hasNone', ['juice']), true],
    [c('tags', 'hasAny', ['juice']), false],
    [c('name', 'filled'), true],
    [c('nickname' as string, 'filled'), false],
  ])('%j → %s', (cond, expected) => {
    expect(run(cond, zahra)).toBe(expected);
  });

  it('treats ي/ی, ك/ک, ё/е and case as the same letters', () => {
    expect(run(c('name', 'eq', 'علي'), { name: 'علی' })).toBe(true);
    expect(run(c('name', 'contains', 'كا'), { name: 'کاوه' })).toBe(true);
    expect(run(c('name', 'eq', 'пётр'), { name: 'Петр' })).toBe(true);
  });

  it('a missing value matches only "not filled" and "has none of"', () => {
    for (const cond of [c('age', 'neq', 3), c('name', 'notIn', ['x']), c('drink', 'neq', 'tea')])
      expect(run(cond, {})).toBe(false);
    expect(run(c('age', 'notFilled'), {})).toBe(true);
    expect(run(c('tags', 'hasNone', ['tea']), {})).toBe(true);
  });

  it('every generated tree is valid', () => {
    fc.assert(
      fc.property(tree, (node) => {
        expect(validateFilter(node, FIELDS)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("obeys De Morgan's laws and double negation on random trees and customers", () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), customer, (nodes, record) => {
        const negated = nodes.map((n) => group('AND', [n], true));
        expect(run(group('AND', nodes, true), record)).toBe(run(group('OR', negated), record));
        expect(run(group('OR', nodes, true), record)).toBe(run(group('AND', negated), record));
        expect(run(group('AND', [group('AND', nodes, true)], true), record)).toBe(
          run(group('AND', nodes), record),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('a condition or its negation always holds, never both', () => {
    fc.assert(
      fc.property(condition, customer, (cond, record) => {
        expect(run(group('OR', [cond, group('AND', [cond], true)]), record)).toBe(true);
        expect(run(group('AND', [cond, group('AND', [cond], true)]), record)).toBe(false);
      }),
    );
  });

  it('"filled" and "not filled" split every customer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), customer, (field, record) => {
        expect(run(c(field.key, 'filled'), record)).toBe(!run(c(field.key, 'notFilled'), record));
      }),
    );
  });
});

describe('validating filters', () => {
  it('names the path of every problem', () => {
    const problems = validateFilter(
      group('AND', [
        c('name', 'gt', 5),
        group('OR', [c('shoe', 'eq', 1), c('age', 'between', [9, 1])]),
        c('birth', 'eq', '2023-02-30x'),
      ]),
      FIELDS,
    );
    expect(problems.map((p) => p.path)).toEqual([
      ['children', 0, 'operator'],
      ['children', 1, 'children', 0, 'field'],
      ['children', 1, 'children', 1, 'value'],
      ['children', 2, 'value'],
    ]);
    expect(problems.map((p) => p.code)).toEqual([
      'FILTER_OPERATOR_MISMATCH',
      'FILTER_FIELD_UNKNOWN',
      'FILTER_RANGE_REVERSED',
      'FILTER_VALUE',
    ]);
    expect(problems[0]?.params).toMatchObject({ operator: 'gt', kind: 'text', field: 'name' });
    expect(problems[3]?.params).toEqual({ kind: 'date' });
  });

  it('refuses trees deeper or wider than the documented limits', () => {
    let deep: FilterNode = c('age', 'filled');
    for (let i = 0; i < 6; i++) deep = group('AND', [deep]);
    expect(validateFilter(deep, FIELDS)[0]).toMatchObject({ code: 'FILTER_TOO_DEEP', params: { max: 5 } });
    const wide = group(
      'OR',
      Array.from({ length: 21 }, () => c('age', 'filled')),
    );
    expect(validateFilter(wide, FIELDS)[0]).toMatchObject({
      code: 'FILTER_GROUP_TOO_WIDE',
      params: { max: 20 },
    });
  });

  it('never throws, whatever it is given, and hostile text is just a value', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(Array.isArray(validateFilter(junk, FIELDS))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 500 }), (s) => {
        expect(validateFilter(c('name', 'contains', s), FIELDS)).toEqual([]);
        expect(typeof run(c('name', 'contains', s), { name: `x${s}y` })).toBe('boolean');
        expect(run(c('name', 'contains', s), { name: `x${s}y` })).toBe(true);
      }),
    );
  });
});
