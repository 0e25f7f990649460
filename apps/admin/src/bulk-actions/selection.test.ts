import { describe, expect, it } from 'vitest';
import { customerQuery } from '../customer-search/listQuery';
import { bulkSelection } from './selection';

const filter = {
  op: 'AND' as const,
  conditions: [{ field: 'city', operator: 'EQ' as const, value: 'Tehran' }],
};

describe('bulk selection', () => {
  it('is the ticked rows unless everything matching was chosen', () => {
    expect(bulkSelection(['a', 'b'], false, customerQuery({ filter }))).toEqual({ ids: ['a', 'b'] });
  });

  it('becomes the list’s query when all matching customers were chosen', () => {
    expect(bulkSelection(['a'], true, customerQuery({ filter, search: ['zahra'] }))).toEqual({
      filter,
      search: ['zahra'],
    });
    expect(bulkSelection(['a'], true, customerQuery({ segmentId: 's1', filter }))).toEqual({
      segmentId: 's1',
    });
    expect(bulkSelection(['a'], true, customerQuery({}))).toEqual({ all: true });
  });
});
