import { describe, expect, it } from 'vitest';
import {
  cleanWidth,
  columnsFromRows,
  defaultColumns,
  effectiveColumns,
  MAX_WIDTH,
  MIN_WIDTH,
  moveRow,
  pickerRows,
} from './columnPrefs';

const FIELDS = ['firstName', 'lastName', 'mobile', 'city', 'status', 'createdAt', 'tags'];
// Fields every workspace has besides its attributes' (the number, the category).
const KNOWN = [...FIELDS, 'customerNumber', 'category'];
const DEFAULTS = defaultColumns(['firstName', 'lastName', 'mobile']);

describe('column preferences', () => {
  it('defaults to the number, the attributes shown in the list, status and creation date', () => {
    expect(DEFAULTS.map((c) => c.key)).toEqual([
      'customerNumber',
      'firstName',
      'lastName',
      'mobile',
      'status',
      'createdAt',
    ]);
    expect(effectiveColumns(null, KNOWN, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('keeps the saved choice, minus fields that are gone and repeats', () => {
    const saved = [
      { key: 'tags', width: 200 },
      { key: 'retiredThing', width: null },
      { key: 'city' },
      { key: 'tags', width: 90 },
    ];
    expect(effectiveColumns(saved, FIELDS, DEFAULTS)).toEqual([
      { key: 'tags', width: 200 },
      { key: 'city', width: null },
    ]);
  });

  it('falls back to the default when nothing of the choice is left', () => {
    expect(effectiveColumns([{ key: 'gone', width: 10 }], KNOWN, DEFAULTS)).toEqual(DEFAULTS);
    expect(effectiveColumns([], KNOWN, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('lists shown columns first in their order, then every other field', () => {
    const rows = pickerRows(
      [
        { key: 'city', width: 120 },
        { key: 'firstName', width: null },
      ],
      FIELDS,
    );
    expect(rows.map((r) => [r.key, r.shown])).toEqual([
      ['city', true],
      ['firstName', true],
      ['lastName', false],
      ['mobile', false],
      ['status', false],
      ['createdAt', false],
      ['tags', false],
    ]);
  });

  it('saves the ticked rows in order with clean widths', () => {
    const rows = moveRow(pickerRows([{ key: 'city', width: 120 }], FIELDS), 3, -3).map((r) =>
      r.key === 'mobile' ? { ...r, shown: true, width: 5 } : r,
    );
    expect(columnsFromRows(rows)).toEqual([
      { key: 'mobile', width: MIN_WIDTH },
      { key: 'city', width: 120 },
    ]);
  });

  it('reads widths as whole pixels within bounds, empty as automatic', () => {
    expect(cleanWidth('')).toBeNull();
    expect(cleanWidth(null)).toBeNull();
    expect(cleanWidth('150.6')).toBe(150);
    expect(cleanWidth(99999)).toBe(MAX_WIDTH);
    expect(cleanWidth(0)).toBeNull();
  });

  it('moves a row within bounds only', () => {
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
  });
});
