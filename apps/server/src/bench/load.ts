import { performance } from 'node:perf_hooks';
import { percentile } from './lists/stats.js';

export interface Throughput {
  ops: number;
  seconds: number;
  opsPerSecond: number;
  p50: number;
  p95: number;
  refused: number;
}

/**
 * Runs `total` operations on `workers` concurrent loops; worker w does operations w, w + workers, …
 * `op` resolves false for a clean refusal (not enough balance), which is counted, not timed out.
 */
export async function runLoad(
  workers: number,
  total: number,
  op: (worker: number, i: number) => Promise<boolean>,
): Promise<Throughput> {
  const latencies: number[] = [];
  let refused = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = w; i < total; i += workers) {
        const t = performance.now();
        if (!(await op(w, i))) refused++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return {
    ops: total,
    seconds,
    opsPerSecond: total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    refused,
  };
}
