import { describe, expect, it } from 'vitest';
import { collectPages } from '../common/collectPages';
import { dayRange, endOfDay } from '../common/dayRange';
import { newIdempotencyKey } from '../common/idempotencyKey';
import { canReverse, reversedIds } from './operationKinds';

describe('days picked as a range', () => {
  it('includes both days: from local midnight to the midnight after the last day', () => {
    expect(dayRange('2026-03-01', '2026-03-31')).toEqual({
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(),
    });
    expect(dayRange(null, null)).toEqual({ from: null, to: null });
    expect(endOfDay('2026-12-31')).toBe(new Date(2027, 0, 1).toISOString());
    expect(endOfDay('not a day')).toBeNull();
  });
});

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

describe('reading every page', () => {
  it('follows the cursor until the list ends', async () => {
    const pages: Record<string, { nodes: number[]; hasNextPage: boolean; endCursor: string | null }> = {
      start: { nodes: [1, 2], hasNextPage: true, endCursor: 'a' },
      a: { nodes: [3, 4], hasNextPage: true, endCursor: 'b' },
      b: { nodes: [5], hasNextPage: false, endCursor: 'c' },
    };
    const asked: (string | null)[] = [];
    const all = await collectPages(async (after) => {
      asked.push(after);
      return pages[after ?? 'start'] ?? { nodes: [], hasNextPage: false, endCursor: null };
    });
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([null, 'a', 'b']);
  });

  it('stops on an empty page even if told there is more', async () => {
    let calls = 0;
    const all = await collectPages(async () => {
      calls++;
      return { nodes: [], hasNextPage: true, endCursor: 'x' };
    });
    expect(all).toEqual([]);
    expect(calls).toBe(1);
  });
});

describe('idempotency keys', () => {
  it('uses randomUUID where the browser has it', () => {
    expect(
      newIdempotencyKey({
        randomUUID: () => 'k-1',
        getRandomValues: (a: Uint8Array) => a,
      } as unknown as Crypto),
    ).toBe('k-1');
  });

  it('makes a version-4 UUID from random bytes on plain http', () => {
    const fake = {
      getRandomValues: <T extends ArrayBufferView | null>(a: T) => {
        (a as unknown as Uint8Array).fill(0xff);
        return a;
      },
    };
    expect(newIdempotencyKey(fake)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    const a = newIdempotencyKey({ getRandomValues: (x) => crypto.getRandomValues(x) });
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(newIdempotencyKey({ getRandomValues: (x) => crypto.getRandomValues(x) }));
  });
});
