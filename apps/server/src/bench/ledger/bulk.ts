import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { PatronApp } from '../../app.js';

export interface BulkFigures {
  lines: number;
  previewSeconds: number;
  applySeconds: number;
  totalSeconds: number;
  peakRssMb: number;
  /** The process's RSS just before the batch (the app, its pools, the earlier scenarios' garbage). */
  startRssMb: number;
  baselineSeconds: number;
  applied: number;
}

/** IR mobiles +98912xxxxxxx, distinct per i: what a CSV of a club's customers looks like. */
const mobile = (i: number) => `+98912${String(i).padStart(7, '0')}`;

/**
 * A bulk adjustment of `lines` customers from CSV, end to end through the service: parse and match
 * (preview), confirm, and the runner applying every line. Customers are inserted in bulk first (not
 * timed). The baseline adds the same amount to as many rows of a plain balance table and inserts as
 * many operations, set-based, in one transaction.
 */
export async function bulkAdjustment(
  app: PatronApp,
  pool: pg.Pool,
  workspaceId: string,
  viewer: { workspaceId: string; staffId: string },
  lines: number,
  log: (m: string) => void,
): Promise<BulkFigures> {
  log(`inserting ${lines.toLocaleString('en')} customers for the bulk adjustment`);
  await pool.query(
    `insert into customer (workspace_id, attributes)
     select $1, jsonb_build_object('firstName', 'Bulk ' || g, 'mobile', '+98912' || lpad(g::text, 7, '0'))
       from generate_series(1, $2) g`,
    [workspaceId, lines],
  );
  // Setup, not timed: the customers of a real club were imported long before, and vacuumed since.
  await pool.query('vacuum analyze customer');
  const csv = `mobile,amount\n${Array.from({ length: lines }, (_, i) => `${mobile(i + 1)},5`).join('\n')}\n`;

  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const actor = { kind: 'staff' as const, id: viewer.staffId, name: 'Bench admin' };
  const batch = await app.services.balanceBatches.preview(viewer, actor, {
    currency: 'coins',
    identifier: 'MOBILE',
    csv,
    reason: 'Bulk bench',
  });
  const previewed = performance.now();
  await app.services.balanceBatches.confirm(workspaceId, batch.id);
  await app.jobs.kickWorkspace('balance-batches.apply', workspaceId);
  const done = await app.services.balanceBatches.get(workspaceId, batch.id);
  const end = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (done.status !== 'DONE') throw new Error(`The batch did not finish: ${done.status}`);

  const client = await pool.connect();
  const baselineStart = performance.now();
  try {
    await client.query('begin');
    await client.query('update bench_balance set amount = amount + 5 where id < $1', [lines]);
    await client.query(
      `insert into bench_operation (account_id, amount, idempotency_key)
       select g, 5, 'bulk-' || g || '-' || $2 from generate_series(0, $1 - 1) g`,
      [lines, Date.now()],
    );
    await client.query('commit');
  } finally {
    client.release();
  }
  const baselineSeconds = (performance.now() - baselineStart) / 1000;
  return {
    lines,
    previewSeconds: (previewed - start) / 1000,
    applySeconds: (end - previewed) / 1000,
    totalSeconds: (end - start) / 1000,
    peakRssMb: peak / 2 ** 20,
    startRssMb: startRss / 2 ** 20,
    baselineSeconds,
    applied: done.applied,
  };
}
