import { describe, expect, it } from 'vitest';
import { customerQuery, isNarrowed } from './listQuery';

describe('the list’s query', () => {
  it('asks an unchanged segment by id only', () => {
    expect(customerQuery({ segmentId: 's1', search: ['x'], filter: { op: 'AND' } })).toEqual({
      search: null,
      filter: null,
      segmentId: 's1',
    });
  });

  it('otherwise sends the chips and the filter, nothing when empty', () => {
    expect(customerQuery({ search: ['  ', 'zahra'], fromSegment: 's1' })).toEqual({
      search: ['zahra'],
      filter: null,
      segmentId: null,
    });
    expect(customerQuery(undefined)).toEqual({ search: null, filter: null, segmentId: null });
    expect(isNarrowed(customerQuery({}))).toBe(false);
    expect(isNarrowed(customerQuery({ search: ['a'] }))).toBe(true);
  });
});
