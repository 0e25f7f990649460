import { describe, expect, it } from 'vitest';
import { canReverse, reversedIds } from './operationKinds';

describe('which operations can be reversed', () => {
  const ops = [
    { id: '3', kind: 'REVERSAL' as const, reversesId: '1' },
    { id: '2', kind: 'EXPIRY' as const },
    { id: '1', kind: 'ADJUSTMENT' as const },
    { id: '0', kind: 'EARN' as const },
  ];
  it('not a reversal, not an expiry, and not one already reversed', () => {
    const reversed = reversedIds(ops);
    expect([...reversed]).toEqual(['1']);
    expect(ops.filter((o) => canReverse(o, reversed)).map((o) => o.id)).toEqual(['0']);
  });
  it('trusts the server when the reversal itself is outside the loaded range', () => {
    const alone = [
      { id: '7', kind: 'SPEND' as const, reversedById: '9' },
      { id: '6', kind: 'EARN' as const },
    ];
    const reversed = reversedIds(alone);
    expect(alone.filter((o) => canReverse(o, reversed)).map((o) => o.id)).toEqual(['6']);
  });
});
