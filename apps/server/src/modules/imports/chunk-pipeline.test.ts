import { describe, expect, it } from 'vitest';
import { CustomerNumbersMoved } from '../customers/customer-numbers.js';
import { identityValues } from './chunk-overlap.js';
import { type ChunkNumbering, ChunkPipeline, type ChunkWritten } from './chunk-pipeline.js';
import type { MappedRow } from './import-rows.js';

const chunk = (line: number, mobile: string): MappedRow[] => [
  {
    line,
    values: { mobile },
    tags: [],
    balances: [],
    consents: [],
    cells: [],
    problem: null,
    problemColumn: null,
    original: [],
  },
];

/** A write the test ends by hand, so it can see which writes are under way at once. */
function heldWrites(outcome: (line: number, attempt: number) => Error | ChunkWritten) {
  const started: { line: number; attempt: number; followed: number | null; numbers: ChunkNumbering }[] = [];
  const ends = new Map<number, () => void>();
  const open = new Set<number>();
  let most = 0;
  const write = async (rows: MappedRow[], numbers: ChunkNumbering): Promise<ChunkWritten> => {
    const line = rows[0]?.line ?? 0;
    const attempt = started.filter((s) => s.line === line).length + 1;
    // -1 until the numbers it follows are known (the chunk before took them, or ended).
    const start = { line, attempt, followed: -1 as number | null, numbers };
    started.push(start);
    start.followed = await numbers.previous.last();
    // Takes its numbers before its insert, as the bulk write does: the chunk beside it may follow them.
    numbers.mine.took(line * 10);
    open.add(line);
    most = Math.max(most, open.size);
    await new Promise<void>((resolve) => ends.set(line, resolve));
    open.delete(line);
    const result = outcome(line, attempt);
    if (result instanceof Error) throw result;
    return result;
  };
  const end = async (line: number) => {
    for (let i = 0; i < 50 && !ends.has(line); i++) await new Promise((r) => setTimeout(r, 1));
    const resolve = ends.get(line);
    if (!resolve) throw new Error(`write of line ${line} did not start`);
    ends.delete(line);
    resolve();
  };
  return { write, end, started, most: () => most, open };
}

const wrote: ChunkWritten = { changedCustomers: true, goesOn: true };

describe('an import’s chunk pipeline', () => {
  it('writes two chunks at once when they share no identity value and the one before changed customers', async () => {
    const w = heldWrites(() => wrote);
    const chunks = new ChunkPipeline({ identityValues, write: w.write });
    expect(await chunks.add(chunk(2, '+1'))).toBe(true);
    const third = chunks.add(chunk(3, '+2'));
    await w.end(2); // the first chunk changed customers: the next may go beside the one after
    expect(await third).toBe(true);
    const fourth = chunks.add(chunk(4, '+3'));
    await new Promise((r) => setTimeout(r, 5));
    await w.end(3);
    expect(await fourth).toBe(true);
    await w.end(4);
    expect(await chunks.settled()).toBe(true);
    expect(w.most()).toBe(2);
    expect(w.started.map((s) => s.line)).toEqual([2, 3, 4]);
  });

  it('a chunk sharing a mobile with the chunk under way waits for its commit', async () => {
    const w = heldWrites(() => wrote);
    const chunks = new ChunkPipeline({ identityValues, write: w.write });
    await chunks.add(chunk(2, '+1'));
    const third = chunks.add(chunk(3, '+2'));
    await w.end(2);
    await third;
    const fourth = chunks.add(chunk(4, '+2'));
    await new Promise((r) => setTimeout(r, 5));
    expect(w.started.map((s) => s.line)).toEqual([2, 3]);
    await w.end(3);
    await fourth;
    await w.end(4);
    await chunks.settled();
    expect(w.most()).toBe(1);
  });

  it('without identity values (purchases) chunks go one at a time and a failure is not tried again', async () => {
    const w = heldWrites((line) => (line === 3 ? Object.assign(new Error('dup'), { code: '23505' }) : wrote));
    const chunks = new ChunkPipeline({ write: w.write });
    await chunks.add(chunk(2, '+1'));
    const third = chunks.add(chunk(3, '+2'));
    await w.end(2);
    await third;
    await w.end(3);
    await expect(chunks.settled()).rejects.toThrow('dup');
    expect(w.most()).toBe(1);
    expect(w.started.filter((s) => s.line === 3)).toHaveLength(1);
  });

  it('a chunk that met the one beside it is written again alone, numbered from the counter', async () => {
    const w = heldWrites((line, attempt) =>
      line === 4 && attempt === 1 ? new CustomerNumbersMoved(30, 31) : wrote,
    );
    const chunks = new ChunkPipeline({ identityValues, write: w.write });
    await chunks.add(chunk(2, '+1'));
    const third = chunks.add(chunk(3, '+2'));
    await w.end(2);
    await third;
    await chunks.add(chunk(4, '+3')); // beside the third, following its numbers
    await new Promise((r) => setTimeout(r, 5));
    expect(w.started.find((s) => s.line === 4)?.followed).toBe(30);
    await w.end(4); // refused: the numbers moved
    await new Promise((r) => setTimeout(r, 5));
    expect(w.started.filter((s) => s.line === 4)).toHaveLength(1); // the retry waits for the third's end
    await w.end(3);
    await w.end(4);
    expect(await chunks.settled()).toBe(true);
    const tries = w.started.filter((s) => s.line === 4);
    expect(tries.map((t) => t.attempt)).toEqual([1, 2]);
    expect(tries[1]?.followed).toBeNull();
  });

  it('gives up after four tries, and never tries again an error that is not a meeting', async () => {
    const met = heldWrites((line) =>
      line === 3 ? Object.assign(new Error('deadlock'), { code: '40P01' }) : wrote,
    );
    const chunks = new ChunkPipeline({ identityValues, write: met.write });
    await chunks.add(chunk(2, '+1'));
    const third = chunks.add(chunk(3, '+2'));
    await met.end(2);
    await third;
    for (let i = 0; i < 4; i++) await met.end(3);
    await expect(chunks.settled()).rejects.toThrow('deadlock');
    expect(met.started.filter((s) => s.line === 3)).toHaveLength(4);

    const other = heldWrites((line) => (line === 3 ? new Error('check violated') : wrote));
    const once = new ChunkPipeline({ identityValues, write: other.write });
    await once.add(chunk(2, '+1'));
    const next = once.add(chunk(3, '+2'));
    await other.end(2);
    await next;
    await other.end(3);
    await expect(once.settled()).rejects.toThrow('check violated');
    expect(other.started.filter((s) => s.line === 3)).toHaveLength(1);
  });

  it('once a chunk tells the import stopped, no later chunk starts; the one beside it ends first', async () => {
    const w = heldWrites((line) => ({ changedCustomers: true, goesOn: line !== 3 }));
    const chunks = new ChunkPipeline({ identityValues, write: w.write });
    await chunks.add(chunk(2, '+1'));
    const third = chunks.add(chunk(3, '+2'));
    await w.end(2);
    await third;
    const fourth = chunks.add(chunk(4, '+3')); // beside the third
    await new Promise((r) => setTimeout(r, 5));
    expect(w.open).toEqual(new Set([3, 4]));
    await w.end(3);
    await fourth;
    let fifthDone = false;
    const fifth = chunks.add(chunk(5, '+4')).then((goesOn) => {
      fifthDone = true;
      return goesOn;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(fifthDone).toBe(false); // it waits for the fourth, still under way
    await w.end(4);
    expect(await fifth).toBe(false);
    expect(w.started.map((s) => s.line)).toEqual([2, 3, 4]);
  });
});
