import { performance } from 'node:perf_hooks';

export interface Timing {
  p50: number;
  p95: number;
  /** Every sample in milliseconds, in the order taken. */
  samples: number[];
}

/** Nearest-rank percentile: an observed value, never an interpolation between two runs. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarise(samples: number[]): Timing {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples };
}

export interface Contender {
  /** Runs one query for the i-th parameter set; the result is checked so nothing is optimised away. */
  run(i: number): Promise<unknown>;
}

/**
 * Times the service and the baseline alternately (service, baseline, service, …) so that a slow
 * stretch of the machine — a checkpoint, the OS page cache refilling — hits both alike.
 */
export async function timePair(
  service: Contender,
  baseline: Contender,
  options: { warmups: number; runs: number },
): Promise<{ service: Timing; baseline: Timing }> {
  for (let i = 0; i < options.warmups; i++) {
    await service.run(i);
    await baseline.run(i);
  }
  const s: number[] = [];
  const b: number[] = [];
  // Each side goes first on every other run: the first to ask for a parameter set the warm-ups did
  // not cover reads its pages into the cache for the other (a cold run of 300–450 ms, then 20 ms).
  for (let i = 0; i < options.runs; i++) {
    const at = options.warmups + i;
    if (i % 2 === 0) {
      s.push(await timeOne(() => service.run(at)));
      b.push(await timeOne(() => baseline.run(at)));
    } else {
      b.push(await timeOne(() => baseline.run(at)));
      s.push(await timeOne(() => service.run(at)));
    }
  }
  return { service: summarise(s), baseline: summarise(b) };
}

async function timeOne(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  if (result === undefined) throw new Error('A benchmark query returned nothing');
  return ms;
}
