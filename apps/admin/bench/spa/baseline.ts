import { performance } from 'node:perf_hooks';
import type pg from 'pg';

export interface Baseline {
  medianMs: number;
  slowestMs: number;
}

/**
 * The list's first page as a developer would read it by hand (25 rows and one to know there is a
 * next page, newest first, as the list opens), on a plain node-postgres pool.
 */
export async function firstPageBaseline(pool: pg.Pool, workspaceId: string, runs: number): Promise<Baseline> {
  const query = {
    name: 'bench-spa-first-page',
    text: `select id, workspace_id, status, attributes, tags, created_at, updated_at from customer
            where workspace_id = $1 and deleted_at is null
            order by created_at desc, id desc limit 26`,
    values: [workspaceId],
  };
  await pool.query(query);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await pool.query(query);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
    slowestMs: times.at(-1) ?? Number.NaN,
  };
}
