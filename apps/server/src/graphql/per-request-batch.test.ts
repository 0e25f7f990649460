import { describe, expect, it } from 'vitest';
import type { AppContext } from './context.js';
import { perRequestBatch } from './per-request-batch.js';

describe('perRequestBatch', () => {
  it('reads ids of one tick together, and an id asked for later in a batch of its own', async () => {
    const loads: string[][] = [];
    const read = perRequestBatch(async (_ctx, ids) => {
      loads.push(ids);
      return new Map(ids.map((id) => [id, id.toUpperCase()]));
    });
    const ctx = {} as AppContext;
    const first = Promise.all([read(ctx, 'a'), read(ctx, 'b')]);
    expect(await first).toEqual(['A', 'B']);
    // A second root field resolves its customer after the first batch has been read.
    expect(await read(ctx, 'c')).toBe('C');
    expect(await read({} as AppContext, 'd')).toBe('D');
    expect(loads).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});
