import { describe, expect, it } from 'vitest';
import { batchInput, formFieldOf, type SourceValues } from '../balance-batches/batchInput';

const base: SourceValues = {
  currency: 'coins',
  source: 'group',
  groupId: 'g-1',
  segmentId: 's-1',
  identifier: 'MOBILE',
  direction: 'add',
  amount: '25',
  reason: 'Club day',
};

describe('the bulk wizard with a group as its source', () => {
  it('sends the group only, with the amount for every member', () => {
    const input = batchInput(base, 'en');
    expect(input.groupId).toBe('g-1');
    expect(input.segmentId).toBeUndefined();
    expect(input.csv).toBeUndefined();
    expect(input.amount).toBe(25);
    expect(batchInput({ ...base, direction: 'subtract', amount: '۲۵' }, 'fa').amount).toBe(-25);
  });

  it('puts a refusal about the source under the group select', () => {
    expect(formFieldOf('csv', 'group')).toBe('groupId');
    expect(formFieldOf('groupId', 'group')).toBe('groupId');
    expect(formFieldOf('csv', 'segment')).toBe('segmentId');
  });
});
