import { describe, expect, it } from 'vitest';
import { filterProblems } from './filterProblems';

const places = new Map([
  ['', 'root'],
  ['conditions.0', 'c-city'],
  ['groups.0', 'g-sub'],
  ['groups.0.conditions.1', 'c-birth'],
]);

const bad = (path: unknown[], message = 'Expected a number') => ({
  message,
  extensions: { code: 'BAD_USER_INPUT', path },
});

describe('filter problems', () => {
  it('puts a value error on the condition the path names', () => {
    expect(filterProblems([bad(['filter', 'groups', 0, 'conditions', 1, 'value'])], places)).toEqual({
      'c-birth': 'Expected a number',
    });
    expect(filterProblems([bad(['filter', 'conditions', 0, 'operator'], 'No')], places)).toEqual({
      'c-city': 'No',
    });
  });

  it('falls back to the nearest group, then the whole filter', () => {
    expect(filterProblems([bad(['filter', 'groups', 0, 'conditions', 7])], places)).toEqual({
      'g-sub': 'Expected a number',
    });
    expect(filterProblems([bad(['filter'], 'Too deep')], places)).toEqual({ root: 'Too deep' });
  });

  it('shows errors about anything else above the builder, and ignores other codes', () => {
    expect(filterProblems([bad(['search', 0], 'Too long')], places)).toEqual({ '': 'Too long' });
    expect(filterProblems([{ message: 'No', extensions: { code: 'FORBIDDEN' } }], places)).toEqual({});
  });
});
