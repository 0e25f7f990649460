import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { to as copyTo } from 'pg-copy-streams';
import { createPatronApp, type PatronApp } from '../../app.js';
import type { ExportRequest } from '../../modules/exports/export.service.js';
import { benchArgs } from '../args.js';
import { baselinePool, databaseSettingsText, openBenchDatabase } from '../lists/database.js';
import { type Dataset, generateDataset, loadDataset, prepareDatabase } from '../lists/generate.js';
import { machine } from '../lists/report.js';
import { type ExportResult, writeExportMarkdown } from './report.js';

/**
 * pnpm bench:export — exporting 1,000,000 customers × 20 columns as CSV and XLSX through the real
 * job (query, format, write, store in the files module), beside `COPY (select the same columns) TO
 * STDOUT` streamed to a file in the same process. Reuses the bench:lists dataset generator in its
 * own database (`patron_bench_export`), kept between runs.
 *   --customers N   dataset size (default 1,000,000)
 *   --regenerate    make the dataset again
 *   --format F      only CSV or only XLSX (default both, one after the other in this process)
 *   --no-docs       do not rewrite docs/benchmarks.md
 * Exits 1 when a measure misses its bar.
 */
const { values: flags } = parseArgs({
  args: benchArgs(),
  options: {
    customers: { type: 'string', default: '1000000' },
    regenerate: { type: 'boolean', default: false },
    format: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const customers = Number(flags.customers);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench:export ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);

/** Columns of every kind: names in three scripts, phones, choices, tags, dates, numbers, a balance. */
const WANTED = [
  'firstName',
  'lastName',
  'mobile',
  'email',
  'gender',
  'birthDate',
  'city',
  'district',
  'occupation',
  'referralCode',
  'spend',
  'visits',
  'points',
  'lastVisit',
  'status',
  'tags',
  'createdAt',
  'updatedAt',
  'vip',
  'cardNumber',
];

const BARS = { CSV: 30, XLSX: 90 } as const;
const RSS_BAR_MB = 300;

async function runExport(app: PatronApp, data: Dataset, request: ExportRequest, columns: string[]) {
  const exports = app.services.exports;
  let peak = process.memoryUsage().rss;
  const startRssMb = peak / 2 ** 20;
  // Where the memory is, for the log: V8's heap, and buffers outside it (zlib, sockets, streams).
  let heapPeak = 0;
  let externalPeak = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapTotal);
    externalPeak = Math.max(externalPeak, m.external);
  }, 50);
  const t0 = performance.now();
  const row = await exports.start(
    {
      workspaceId: data.workspaceId,
      staffId: data.staffId,
      name: 'Bench Admin',
      role: 'ADMIN',
      permissions: new Set(['customers.read', 'loyalty.read']),
      locale: 'FA',
      calendar: 'JALALI',
    },
    { ...request, columns },
  );
  // The start kicks the job; running it here as well is harmless (a claimed export is skipped).
  while (await exports.runNext()) {}
  let done = await exports.get(data.workspaceId, data.staffId, row.id);
  while (done.state === 'QUEUED' || done.state === 'RUNNING') {
    await new Promise((r) => setTimeout(r, 100));
    done = await exports.get(data.workspaceId, data.staffId, row.id);
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (done.state !== 'DONE') throw new Error(`export ended ${done.state}: ${JSON.stringify(done.problem)}`);
  log(
    `${request.format}: V8 heap peak ${(heapPeak / 2 ** 20).toFixed(0)} MB, outside the heap ${(externalPeak / 2 ** 20).toFixed(0)} MB`,
  );
  return { seconds, peakRssMb: peak / 2 ** 20, startRssMb, bytes: Number(done.file_size), rows: done.done };
}

/** The same columns as plain SQL, copied out by PostgreSQL itself: the floor for reading them. */
async function copyBaseline(app: PatronApp, data: Dataset, columns: string[], url: string) {
  const sources = new Map(
    (await app.services.exports.columnSources(data.workspaceId)).map((s) => [s.key, s]),
  );
  const exprs = columns.map((key, i) => `${sources.get(key)?.sql ?? 'null'} as v${i}`);
  const pool = baselinePool(url);
  const client = await pool.connect();
  const file = path.join(os.tmpdir(), `patron-bench-export-copy-${process.pid}.csv`);
  try {
    const t0 = performance.now();
    const sql = `copy (select c.id, ${exprs.join(', ')} from customer c
       where c.workspace_id = '${data.workspaceId}' and c.deleted_at is null order by c.id) to stdout with (format csv, header)`;
    await pipeline(client.query(copyTo(sql)), createWriteStream(file));
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, bytes: (await stat(file)).size };
  } finally {
    client.release();
    await pool.end();
    await rm(file, { force: true });
  }
}

async function main(): Promise<number> {
  const db = await openBenchDatabase(repoRoot, log, 'patron_bench_export');
  const pool = baselinePool(db.url);
  const closers: (() => Promise<void>)[] = [() => db.stop(), () => pool.end()];
  try {
    const state = await prepareDatabase(pool, customers, flags.regenerate, log);
    const app = await createPatronApp({ databaseUrl: db.url, log, pollEvents: false });
    closers.push(() => app.close());
    if (state === 'generate') {
      await generateDataset(app, pool, customers, log);
      // Measured in a process that has done nothing else: generating leaves hundreds of MB behind.
      log('dataset generated; measuring in a fresh process');
      for (const close of closers.reverse()) await close();
      closers.length = 0;
      const args = process.argv.slice(2).filter((a) => a !== '--regenerate');
      return (
        spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, ...args], {
          stdio: 'inherit',
        }).status ?? 1
      );
    }
    const data = await loadDataset(pool);
    log(`${data.customers.toLocaleString('en')} customers ready`);

    const known = new Set((await app.services.exports.columnSources(data.workspaceId)).map((s) => s.key));
    const balance = [...known].find((k) => k.startsWith('balance_'));
    const columns = [...WANTED.filter((k) => known.has(k)), ...(balance ? [balance] : [])].slice(0, 20);
    log(`columns (${columns.length}): ${columns.join(', ')}`);

    const results: ExportResult[] = [];
    const formats = (['CSV', 'XLSX'] as const).filter(
      (f) => !flags.format || f === flags.format.toUpperCase(),
    );
    for (const format of formats) {
      // One export's garbage must not count against the next: each starts after a full collection,
      // as it would in a worker that had done nothing else (node runs with --expose-gc for this).
      (globalThis as { gc?: () => void }).gc?.();
      const run = await runExport(
        app,
        data,
        { selection: { all: true }, format, delimiter: 'COMMA', columns: [], dateStyle: 'CALENDAR' },
        columns,
      );
      log(
        `${format}: ${run.seconds.toFixed(1)} s, ${(run.bytes / 2 ** 20).toFixed(0)} MB, peak RSS ${run.peakRssMb.toFixed(0)} MB (${run.startRssMb.toFixed(0)} MB before it started)`,
      );
      results.push({ format, ...run, barSeconds: BARS[format], barRssMb: RSS_BAR_MB, baselineSeconds: 0 });
    }
    const copy = await copyBaseline(app, data, columns, db.url);
    log(`COPY … TO STDOUT: ${copy.seconds.toFixed(1)} s, ${(copy.bytes / 2 ** 20).toFixed(0)} MB`);
    for (const r of results) r.baselineSeconds = copy.seconds;

    const { rows } = await pool.query<{ v: string }>("select current_setting('server_version') as v");
    const info = {
      machine: machine(rows[0]?.v ?? '?', databaseSettingsText(db)),
      customers: data.customers,
      columns,
      load: os.loadavg()[0] ?? 0,
    };
    if (!flags['no-docs'])
      await writeExportMarkdown(path.join(repoRoot, 'docs', 'benchmarks.md'), results, info);
    const failed = results.filter((r) => r.seconds > r.barSeconds || r.peakRssMb > r.barRssMb);
    log(failed.length ? `${failed.length} measure(s) over their bar` : 'every measure within its bar');
    return failed.length ? 1 : 0;
  } finally {
    for (const close of closers.reverse())
      await close().catch((e: Error) => log(`while closing: ${e.message}`));
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('[bench:export] failed:', error);
    process.exit(1);
  },
);
