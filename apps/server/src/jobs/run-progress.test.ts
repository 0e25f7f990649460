import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runProgress } from './run-progress.js';

describe('a long step’s progress for the Jobs screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-08T10:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is told at most once a second, and always when exact', async () => {
    const told: [number, number][] = [];
    const progress = runProgress({
      id: 'run',
      progress: async (done, total) => told.push([done, total]) > 0,
    });
    expect(await progress(10, 100)).toBe(true);
    vi.advanceTimersByTime(999);
    expect(await progress(20, 100)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(await progress(30, 100)).toBe(true);
    // More done than counted at the start (customers added meanwhile): the total grows with it.
    vi.advanceTimersByTime(1000);
    expect(await progress(120, 100)).toBe(true);
    expect(await progress(130, 130, true)).toBe(true);
    expect(told).toEqual([
      [10, 100],
      [30, 100],
      [120, 120],
      [130, 130],
    ]);
  });

  it('answers false from the report that heard of a cancel on, without asking again', async () => {
    let asked = 0;
    const progress = runProgress({ id: 'run', progress: async () => ++asked < 2 });
    expect(await progress(1, 10)).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(await progress(2, 10)).toBe(false);
    expect(await progress(3, 10)).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(await progress(10, 10, true)).toBe(false);
    expect(asked).toBe(2);
  });

  it('answers true without a run to tell', async () => {
    expect(await runProgress(undefined)(5, 10, true)).toBe(true);
  });
});
