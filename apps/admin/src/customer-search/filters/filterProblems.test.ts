import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../data-provider/errors';
import { badInput, refusal } from '../../problems/testing';
import { filterProblems } from './filterProblems';

const places = new Map([
  ['', 'root'],
  ['conditions.0', 'c-city'],
  ['groups.0', 'g-sub'],
  ['groups.0.conditions.1', 'c-birth'],
]);

const codes = (errors: ApiError[]) =>
  Object.fromEntries(Object.entries(filterProblems(errors, places)).map(([id, p]) => [id, p.code]));

describe('filter problems', () => {
  it('puts a value refusal on the condition the path names, with its code and parameters', () => {
    const problems = filterProblems(
      [badInput([['filter', 'groups', 0, 'conditions', 1, 'value'], 'FILTER_VALUE', { kind: 'date' }])],
      places,
    );
    expect(problems).toEqual({
      'c-birth': { code: 'FILTER_VALUE', params: { kind: 'date' }, message: 'Expected a date value' },
    });
    expect(codes([badInput([['filter', 'conditions', 0, 'operator'], 'FILTER_VALUE_NONE'])])).toEqual({
      'c-city': 'FILTER_VALUE_NONE',
    });
  });

  it('places every field of one refusal (extensions.fields) on its own row', () => {
    const error = badInput(
      [['filter', 'conditions', 0, 'value'], 'FILTER_TEXT_VALUE', { max: 200 }],
      [['filter', 'groups', 0, 'conditions', 1, 'value'], 'FILTER_RANGE_REVERSED'],
    );
    expect(codes([error])).toEqual({ 'c-city': 'FILTER_TEXT_VALUE', 'c-birth': 'FILTER_RANGE_REVERSED' });
  });

  it('falls back to the nearest group, then the whole filter', () => {
    expect(codes([badInput([['filter', 'groups', 0, 'conditions', 7], 'FILTER_NODE_EXPECTED'])])).toEqual({
      'g-sub': 'FILTER_NODE_EXPECTED',
    });
    expect(codes([badInput([['filter'], 'FILTER_TOO_DEEP', { max: 5 }])])).toEqual({
      root: 'FILTER_TOO_DEEP',
    });
  });

  it('shows refusals about anything else above the builder, and ignores other categories', () => {
    expect(codes([badInput([['search', 0], 'SEARCH_VALUE_TOO_LONG', { max: 100 }])])).toEqual({
      '': 'SEARCH_VALUE_TOO_LONG',
    });
    expect(
      filterProblems([refusal('FORBIDDEN', 'FORBIDDEN', { permissions: 'customers.read' })], places),
    ).toEqual({});
  });
});
