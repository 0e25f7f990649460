import { describe, expect, it } from 'vitest';
import { FilterGroupOp } from '../gql/graphql';
import { audienceFromSelection } from './MailSelectionButton';

describe("a mailing's audience from the list's selection", () => {
  it('takes ticked rows, a segment or a filter, and refuses a quick search it cannot express', () => {
    expect(audienceFromSelection({ ids: ['a', 'b'] })).toEqual({
      audienceWay: 'customerIds',
      customerIds: ['a', 'b'],
    });
    expect(audienceFromSelection({ segmentId: 's' })).toEqual({ audienceWay: 'segmentId', segmentId: 's' });
    const filter = { op: FilterGroupOp.AND, conditions: [] };
    expect(audienceFromSelection({ filter })).toEqual({ audienceWay: 'filter', filter });
    expect(audienceFromSelection({ filter, search: ['ann'] })).toBeNull();
    expect(audienceFromSelection({ all: true })).toBeNull();
  });
});
