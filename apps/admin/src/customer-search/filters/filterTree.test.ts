import { describe, expect, it } from 'vitest';
import {
  addCondition,
  addGroup,
  canAdd,
  chooseField,
  chooseOperator,
  countConditions,
  depthOf,
  emptyGroup,
  FILTER_LIMITS,
  fromCustomerFilter,
  type GroupDraft,
  removeNode,
  setGroup,
  setValue,
  startingDraft,
  toCustomerFilter,
  valueShape,
} from './filterTree';

/** The item at `i`, or a failed test (rather than a non-null assertion). */
function nth<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

const CITY = { key: 'city', operators: ['EQ', 'NEQ', 'CONTAINS', 'IN', 'FILLED'] as const };
const BIRTH = { key: 'birthDate', operators: ['BETWEEN', 'LAST_DAYS', 'FILLED'] as const };

/** A root with one condition on city = Tehran, and a subgroup (OR) with a condition on birthDate. */
function sample(): GroupDraft {
  const empty = emptyGroup();
  let root = addCondition(empty, empty.id);
  const c1 = nth(root.conditions, 0);
  root = chooseField(root, c1.id, CITY);
  root = setValue(root, c1.id, 'Tehran');
  root = addGroup(root, root.id);
  const sub = nth(root.groups, 0);
  root = setGroup(root, sub.id, { op: 'OR' });
  root = chooseField(root, nth(sub.conditions, 0).id, BIRTH);
  return setValue(root, nth(sub.conditions, 0).id, ['1990-01-01', '1999-12-31']);
}

describe('filter builder tree', () => {
  it('gives each operator the shape of value it takes', () => {
    expect(valueShape('FILLED')).toBe('none');
    expect(valueShape('HAS_ALL')).toBe('list');
    expect(valueShape('BETWEEN')).toBe('range');
    expect(valueShape('NEXT_DAYS')).toBe('days');
    expect(valueShape('CONTAINS')).toBe('single');
  });

  it('adds conditions and groups where asked and leaves the rest untouched', () => {
    const root = sample();
    expect(root.conditions).toHaveLength(1);
    expect(root.groups).toHaveLength(1);
    expect(root.groups[0]?.op).toBe('OR');
    const more = addCondition(root, nth(root.groups, 0).id);
    expect(more.groups[0]?.conditions).toHaveLength(2);
    expect(more.conditions[0]).toBe(root.conditions[0]);
    expect(countConditions(more)).toBe(3);
  });

  it('picks the field’s first operator and an empty value for a new field', () => {
    const root = sample();
    const id = nth(root.conditions, 0).id;
    const changed = chooseField(root, id, BIRTH);
    expect(changed.conditions[0]).toMatchObject({
      field: 'birthDate',
      operator: 'BETWEEN',
      value: [null, null],
    });
  });

  it('keeps the value when the new operator takes the same shape, and resets it otherwise', () => {
    const root = sample();
    const id = nth(root.conditions, 0).id;
    expect(chooseOperator(root, id, 'NEQ').conditions[0]?.value).toBe('Tehran');
    expect(chooseOperator(root, id, 'IN').conditions[0]?.value).toEqual([]);
    expect(chooseOperator(root, id, 'FILLED').conditions[0]?.value).toBeNull();
  });

  it('removes a condition or a whole group, never the root', () => {
    const root = sample();
    expect(removeNode(root, nth(root.conditions, 0).id).conditions).toHaveLength(0);
    expect(removeNode(root, nth(root.groups, 0).id).groups).toHaveLength(0);
    expect(removeNode(root, root.id)).toBe(root);
  });

  it('stops adding at the server’s limits', () => {
    let root = emptyGroup();
    let deepest = root;
    for (let i = 1; i < FILTER_LIMITS.depth; i++) {
      root = addGroup(root, deepest.id);
      let g = root;
      while (g.groups.length) g = nth(g.groups, 0);
      deepest = g;
    }
    expect(depthOf(root, deepest.id)).toBe(FILTER_LIMITS.depth);
    expect(canAdd(root, deepest)).toEqual({ condition: true, group: false });
    let wide = emptyGroup();
    for (let i = 0; i < FILTER_LIMITS.itemsPerGroup; i++) wide = addCondition(wide, wide.id);
    expect(canAdd(wide, wide)).toEqual({ condition: false, group: false });
  });
});

describe('builder ⇄ CustomerFilter', () => {
  it('sends conditions then groups, values only where the operator takes one', () => {
    let root = sample();
    const extra = addCondition(root, root.id);
    root = chooseField(extra, nth(extra.conditions, 1).id, { key: 'email', operators: ['FILLED'] });
    const { filter } = toCustomerFilter(root);
    expect(filter).toEqual({
      op: 'AND',
      not: false,
      conditions: [
        { field: 'city', operator: 'EQ', value: 'Tehran' },
        { field: 'email', operator: 'FILLED' },
      ],
      groups: [
        {
          op: 'OR',
          not: false,
          conditions: [{ field: 'birthDate', operator: 'BETWEEN', value: ['1990-01-01', '1999-12-31'] }],
          groups: [],
        },
      ],
    });
  });

  it('leaves out rows without a field and groups left empty, and maps what was sent back to rows', () => {
    let root = sample();
    root = addCondition(root, root.id); // no field yet: skipped
    root = addGroup(root, root.id); // its only row has no field: the group is skipped
    root = addGroup(root, root.id);
    const last = nth(root.groups, 2);
    root = chooseField(root, nth(last.conditions, 0).id, CITY);
    const { filter, places } = toCustomerFilter(root);
    expect(filter?.conditions).toHaveLength(1);
    expect(filter?.groups).toHaveLength(2);
    expect(places.get('groups.1')).toBe(last.id);
    expect(places.get('groups.1.conditions.0')).toBe(nth(last.conditions, 0).id);
    expect(places.get('conditions.0')).toBe(nth(root.conditions, 0).id);
    expect(places.get('')).toBe(root.id);
  });

  it('sends nothing for an empty builder', () => {
    expect(toCustomerFilter(startingDraft(null)).filter).toBeNull();
  });

  it('reads a saved filter back into the same tree', () => {
    const root = sample();
    const { filter } = toCustomerFilter(setGroup(root, root.id, { not: true }));
    const again = fromCustomerFilter(JSON.parse(JSON.stringify(filter)));
    expect(toCustomerFilter(again).filter).toEqual(filter);
  });

  it('ignores malformed saved filters', () => {
    const draft = fromCustomerFilter({
      op: 'XOR',
      conditions: [null, 3, { field: 'city', operator: 'FILLED', value: 1 }],
      groups: 'x',
    });
    expect(draft.op).toBe('AND');
    expect(draft.conditions).toEqual([
      expect.objectContaining({ field: 'city', operator: 'FILLED', value: null }),
    ]);
    expect(draft.groups).toEqual([]);
    expect(fromCustomerFilter('nonsense').conditions).toEqual([]);
  });

  it('starts an empty builder with one row to fill in', () => {
    expect(startingDraft(undefined).conditions).toHaveLength(1);
    expect(
      startingDraft({ op: 'OR', conditions: [{ field: 'city', operator: 'FILLED' }] }).conditions,
    ).toHaveLength(1);
  });
});
