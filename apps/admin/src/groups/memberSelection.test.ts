import { describe, expect, it } from 'vitest';
import { memberSelection } from './memberSelection';

describe('the list selection for a group', () => {
  it('keeps ticked rows, a segment or the question', () => {
    expect(memberSelection({ ids: ['a', 'b'] })).toEqual({ ids: ['a', 'b'] });
    expect(memberSelection({ segmentId: 's' })).toEqual({ segmentId: 's' });
    expect(memberSelection({ search: ['ali'] })).toEqual({ search: ['ali'] });
  });

  it('cannot say "everyone"', () => {
    expect(memberSelection({ all: true })).toBeNull();
  });
});
