import { describe, expect, it } from 'vitest';
import { collectPages } from './collectPages';

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
