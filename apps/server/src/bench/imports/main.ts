import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { from as copyFrom } from 'pg-copy-streams';
import { createPatronApp, type PatronApp } from '../../app.js';
import type { ImportRecord } from '../../modules/imports/import-record.js';
import { diskSource } from '../../modules/imports/reading/source.js';
import { benchArgs } from '../args.js';
import { writeBenchmarksDoc } from '../benchmarks-doc.js';
import { baselinePool, openBenchDatabase } from '../lists/database.js';
import { type Machine, machine } from '../lists/report.js';
import { type Floor, measureFloor } from './floor.js';
import { HEADERS, writeCsv, writeXlsx } from './generate.js';

/**
 * pnpm bench:import — a CSV of 1,000,000 customers × 20 columns imported end to end (open, map,
 * start, the background job to DONE), then the same file again (nothing changes), then an XLSX of
 * 100,000 rows; beside a raw COPY of the same CSV into a staging table from this process.
 *   --rows N       rows of the CSV (default 1,000,000)
 *   --xlsx-rows N  rows of the XLSX (default 100,000)
 *   --no-docs      do not rewrite docs/benchmarks.md
 *   --no-floor     do not measure the hand-SQL floor (then no docs either)
 *   --await-delivery  at the end, wait until the first import's events are delivered (its backlog)
 *   --tiers        the workspace has a tier ladder (each imported customer's tier is then decided)
 */
const { values: flags } = parseArgs({
  args: benchArgs(),
  options: {
    rows: { type: 'string', default: '1000000' },
    'xlsx-rows': { type: 'string', default: '100000' },
    'no-docs': { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    'await-delivery': { type: 'boolean', default: false },
    tiers: { type: 'boolean', default: false },
  },
});
const ROWS = Number(flags.rows);
const XLSX_ROWS = Number(flags['xlsx-rows']);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench:import ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);

/** Peak resident memory while `work` runs, sampled every 50 ms. */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ value: T; seconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const t0 = performance.now();
  try {
    const value = await work();
    return {
      value,
      seconds: (performance.now() - t0) / 1000,
      peakRssMb: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

async function importFile(
  app: PatronApp,
  workspaceId: string,
  file: string,
  name: string,
): Promise<ImportRecord> {
  const staff = { kind: 'staff' as const, id: benchStaff, name: 'Bench manager' };
  const source = await diskSource(name, file);
  app.services.imports.source = async () => source;
  const opened = await app.services.imports.open(workspaceId, staff, {
    fileId: '00000000-0000-0000-0000-000000000000',
    kind: 'CUSTOMERS',
  });
  const unmapped = opened.columns.filter((c) => c.target === null).map((c) => c.header);
  if (unmapped.length) log(`columns not matched by header: ${unmapped.join(', ')}`);
  await app.services.imports.configure(workspaceId, {
    id: opened.id,
    mode: 'CREATE_OR_UPDATE',
    matchOn: 'MOBILE',
  });
  const preview = await app.services.imports.preview(workspaceId, opened.id, 5);
  const invalid = preview.rows.filter((r) => r.outcome === 'INVALID');
  if (invalid.length)
    log(`preview: ${invalid.length} of 5 rows invalid, first: ${JSON.stringify(invalid[0]?.problem)}`);
  await app.services.imports.start(workspaceId, opened.id, new Set(['customers.import']));
  // The job runs in this process as `pnpm start` runs it (start() kicked it): wait for its end.
  for (;;) {
    const { state } = await app.services.imports.get(workspaceId, opened.id);
    if (!['QUEUED', 'RUNNING'].includes(state)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const done = await app.services.imports.get(workspaceId, opened.id);
  log(
    `${name}: ${done.state} ${JSON.stringify(done.counts)}${done.problem ? ` ${JSON.stringify(done.problem)}` : ''}`,
  );
  return done;
}

let benchStaff = '';
/** Set when the bench closes the app: a delivery round ended by stop() delivered not all. */
let closing = false;

interface Figures {
  rows: number;
  fileMb: number;
  first: { seconds: number; peakRssMb: number; counts: ImportRecord['counts'] };
  again: { seconds: number; peakRssMb: number; counts: ImportRecord['counts'] };
  xlsx: { rows: number; seconds: number; peakRssMb: number; counts: ImportRecord['counts'] };
  copySeconds: number;
  /** From the first import's end until its events were delivered to every handler; null: not by the end. */
  backlogSeconds: number | null;
  floor: Floor | null;
}

/** Set in the child process that only writes the files (to the parent's pid, which names them). */
const WRITE_FILES = 'PATRON_BENCH_WRITE_FILES';

async function main(): Promise<number> {
  const dir = os.tmpdir();
  const owner = process.env[WRITE_FILES] ?? String(process.pid);
  const csv = path.join(dir, `patron-bench-import-${owner}.csv`);
  const xlsx = path.join(dir, `patron-bench-import-${owner}.xlsx`);
  if (process.env[WRITE_FILES]) {
    await writeCsv(csv, ROWS);
    await writeXlsx(xlsx, XLSX_ROWS, ROWS);
    return 0;
  }
  log(`writing ${ROWS.toLocaleString('en')} rows of CSV and ${XLSX_ROWS.toLocaleString('en')} of XLSX`);
  // In a process of their own: writing the XLSX leaves hundreds of MB behind, which the import's
  // peak RSS would count.
  const writer = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1] as string, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, [WRITE_FILES]: String(process.pid) },
    },
  );
  if (writer.status !== 0) throw new Error(`writing the bench files failed (${writer.status})`);
  const fileMb = (await stat(csv)).size / 2 ** 20;
  const db = await openBenchDatabase(repoRoot, log, 'patron_bench_import', { fresh: true });
  const pool = baselinePool(db.url);
  const app = await createPatronApp({ databaseUrl: db.url, log, pollEvents: false });
  try {
    const { workspace } = await app.services.workspaces.create('Import bench', {
      email: `import-${Date.now()}@bench.patron`,
      name: 'Bench admin',
      password: 'bench-import-secret',
    });
    const [owner] = await pool
      .query<{ id: string }>('select id from staff where workspace_id = $1 limit 1', [workspace.id])
      .then((r) => r.rows);
    benchStaff = owner?.id ?? '';
    if (flags.tiers)
      for (const [key, minPurchaseTotal] of [
        ['member', 0],
        ['silver', 1_000_000],
        ['gold', 5_000_000],
      ] as const)
        await app.services.tiers.create(workspace.id, {
          key,
          name: { en: key, ru: key, fa: key },
          minPurchaseTotal,
        });
    const [version] = (await pool.query<{ v: string }>("select current_setting('server_version') as v")).rows;

    log('baseline: COPY of the same CSV into a staging table');
    const client = await pool.connect();
    const copy = await measured(async () => {
      await client.query(
        `create table if not exists import_staging (${HEADERS.map((_, i) => `c${i} text`).join(', ')})`,
      );
      await client.query('truncate import_staging');
      await pipeline(
        createReadStream(csv),
        client.query(copyFrom('copy import_staging from stdin with (format csv, header true)')),
      );
    });
    client.release();
    log(`COPY: ${copy.seconds.toFixed(1)} s`);

    log('import: first run');
    const first = await measured(() => importFile(app, workspace.id, csv, 'customers.csv'));
    log(`first run: ${first.seconds.toFixed(1)} s, peak RSS ${Math.round(first.peakRssMb)} MB`);
    // The first import's events are delivered from here on, beside the runs that follow: a round
    // queued now ends once every handler has caught up (or at close, if that comes first).
    const firstEnded = performance.now();
    let backlogSeconds: number | null = null;
    const delivered = app.outbox.drain().then(() => {
      if (closing) return;
      backlogSeconds = (performance.now() - firstEnded) / 1000;
      log(`outbox: the first import's events delivered ${backlogSeconds.toFixed(1)} s after it ended`);
    });
    log('import: the same file again');
    const again = await measured(() => importFile(app, workspace.id, csv, 'customers.csv'));
    log(`second run: ${again.seconds.toFixed(1)} s, peak RSS ${Math.round(again.peakRssMb)} MB`);
    log('import: XLSX');
    const book = await measured(() => importFile(app, workspace.id, xlsx, 'customers.xlsx'));
    log(`XLSX: ${book.seconds.toFixed(1)} s, peak RSS ${Math.round(book.peakRssMb)} MB`);
    let floor: Floor | null = null;
    if (!flags['no-floor']) {
      log("floor: the first import's customers and history inserted again by hand SQL");
      floor = await measureFloor(pool, workspace.id, ROWS);
      log(
        `floor: customers with indexes ${floor.customersSeconds.toFixed(1)} s, without the search index ${floor.noSearchSeconds.toFixed(1)} s, bare ${floor.bareSeconds.toFixed(1)} s, history ${floor.historySeconds.toFixed(1)} s`,
      );
    }
    if (flags['await-delivery']) {
      log("outbox: waiting for the first import's events to be delivered");
      await delivered;
    }

    if (backlogSeconds === null) log("outbox: the first import's events not all delivered by the end");
    const figures: Figures = {
      rows: ROWS,
      fileMb,
      first: { seconds: first.seconds, peakRssMb: first.peakRssMb, counts: first.value.counts },
      again: { seconds: again.seconds, peakRssMb: again.peakRssMb, counts: again.value.counts },
      xlsx: { rows: XLSX_ROWS, seconds: book.seconds, peakRssMb: book.peakRssMb, counts: book.value.counts },
      copySeconds: copy.seconds,
      backlogSeconds,
      floor,
    };
    // The data folder's path belongs to this machine, not to the report.
    const m = machine(version?.v ?? '?', db.origin.replace(/\s*\(.*\)$/, ''));
    console.log(JSON.stringify(figures, null, 2));
    if (!flags['no-docs'] && floor)
      await writeDocs(path.join(repoRoot, 'docs/benchmarks.md'), { ...figures, floor }, m);
    return passed(figures) ? 0 : 1;
  } finally {
    closing = true;
    await app.close();
    await pool.end();
    await db.stop();
    await rm(csv, { force: true });
    await rm(xlsx, { force: true });
  }
}

/** The bars are for 1,000,000 CSV rows and 100,000 XLSX rows: a smaller run is scaled to them linearly. */
const atBarSize = (f: Figures) => ({
  first: (f.first.seconds * 1_000_000) / f.rows,
  again: (f.again.seconds * 1_000_000) / f.rows,
  xlsx: (f.xlsx.seconds * 100_000) / f.xlsx.rows,
});

const passed = (f: Figures) => {
  const scaled = atBarSize(f);
  return scaled.first <= 60 && f.first.peakRssMb <= 512 && scaled.again <= 60 && scaled.xlsx <= 30;
};

const n = (x: number) => Math.round(x).toLocaleString('en');
const SECTION = '## Import (bench:import)';

async function writeDocs(file: string, f: Figures & { floor: Floor }, m: Machine): Promise<void> {
  let text = await readFile(file, 'utf8');
  const short = `${m.cpu.replace(/\s+/g, ' ').split(' ').slice(0, 2).join(' ')}, ${m.cores} cores`;
  const ratio = (s: number) => `${(f.copySeconds / s).toFixed(2)}×`;
  const rows = [
    `| bench:import | CSV import of ${n(f.rows)} customers × 20 columns, end to end | ${f.first.seconds.toFixed(1)} s (${n(f.rows / f.first.seconds)} rows/s), peak RSS ${Math.round(f.first.peakRssMb)} MB | ${f.copySeconds.toFixed(1)} s (COPY) | ${ratio(f.first.seconds)} | ≤ 60 s, ≤ 512 MB | ${short} | ${m.date} |`,
    `| bench:import | re-import of the same file (nothing changes) | ${f.again.seconds.toFixed(1)} s (${n(f.rows / f.again.seconds)} rows/s), peak RSS ${Math.round(f.again.peakRssMb)} MB | ${f.copySeconds.toFixed(1)} s (COPY) | ${ratio(f.again.seconds)} | ≤ 60 s | ${short} | ${m.date} |`,
    `| bench:import | XLSX import of ${n(f.xlsx.rows)} customers, end to end | ${f.xlsx.seconds.toFixed(1)} s (${n(f.xlsx.rows / f.xlsx.seconds)} rows/s), peak RSS ${Math.round(f.xlsx.peakRssMb)} MB${f.xlsx.rows === 100_000 ? '' : `; ≈ ${atBarSize(f).xlsx.toFixed(0)} s at 100,000`} | — | — | ≤ 30 s at 100,000 | ${short} | ${m.date} |`,
  ];
  const lines = text.split('\n').filter((l) => !/^\|\s*bench:import\s*\|/.test(l));
  const firstSection = lines.findIndex((l) => l.startsWith('## '));
  const end = firstSection < 0 ? lines.length : firstSection;
  const lastRow = lines.reduce((at, l, i) => (l.startsWith('| ') && i < end ? i : at), -1);
  if (lastRow >= 0) lines.splice(lastRow + 1, 0, ...rows);
  text = lines.join('\n');
  const section = [
    SECTION,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; Node ${m.node}; PostgreSQL ${m.postgres} (${m.database}); ${m.date}.`,
    '',
    `A CSV of ${n(f.rows)} rows × 20 columns (${f.fileMb.toFixed(0)} MB: names in Latin, Cyrillic and Persian, mobiles in`,
    'national and international Iranian and Russian writings, dates, choices, booleans, two tags a row) is',
    'opened, mapped by its headers and applied by the `imports.run` job in chunks of 1,000 rows, each in one',
    'transaction with durable commits (customers, history and outbox rows, tags, the chunk mark), into an',
    'empty workspace; then the same file again (every row SKIP); then an XLSX of',
    `${n(f.xlsx.rows)} other customers. The baseline is a raw \`COPY … FROM STDIN\` of the same CSV into a`,
    'staging table of 20 text columns, streamed from this process (pg-copy-streams).',
    '',
    `- First import: ${f.first.seconds.toFixed(1)} s, ${n(f.rows / f.first.seconds)} rows/s, peak RSS ${Math.round(f.first.peakRssMb)} MB; counts ${JSON.stringify(f.first.counts)}.`,
    `- Re-import: ${f.again.seconds.toFixed(1)} s, ${n(f.rows / f.again.seconds)} rows/s, peak RSS ${Math.round(f.again.peakRssMb)} MB; counts ${JSON.stringify(f.again.counts)}.`,
    `- XLSX: ${f.xlsx.seconds.toFixed(1)} s, ${n(f.xlsx.rows / f.xlsx.seconds)} rows/s, peak RSS ${Math.round(f.xlsx.peakRssMb)} MB; counts ${JSON.stringify(f.xlsx.counts)}.`,
    `- COPY baseline: ${f.copySeconds.toFixed(1)} s (${n(f.rows / f.copySeconds)} rows/s).`,
    `- Floor (hand SQL, no Patron code): the first import's ${n(f.rows)} customers inserted again in 1,000-row durable transactions into a copy of \`customer\` with all its indexes and the number trigger (each row bringing its number, as the import's chunks do) took ${f.floor.customersSeconds.toFixed(1)} s (${f.floor.noSearchSeconds.toFixed(1)} s without the quick search's trigram index, ${f.floor.bareSeconds.toFixed(1)} s with the primary key only), and their history rows ${f.floor.historySeconds.toFixed(1)} s: ${(f.floor.customersSeconds + f.floor.historySeconds).toFixed(1)} s, ≈ ${(((f.floor.customersSeconds + f.floor.historySeconds) * 1_000_000) / f.rows).toFixed(0)} s at 1,000,000 rows, against the import's ${f.first.seconds.toFixed(1)} s.`,
    `- Bars (1,000,000 CSV rows ≤ 60 s and ≤ 512 MB, re-import ≤ 60 s, 100,000 XLSX rows ≤ 30 s; a smaller run scaled linearly: first ≈ ${atBarSize(f).first.toFixed(0)} s, re-import ≈ ${atBarSize(f).again.toFixed(0)} s, XLSX ≈ ${atBarSize(f).xlsx.toFixed(0)} s): ${passed(f) ? '**pass**' : '**FAIL**'}.`,
    '',
  ].join('\n');
  const start = text.indexOf(SECTION);
  if (start < 0) text = `${text.trimEnd()}\n\n${section}`;
  else {
    const next = text.indexOf('\n## ', start + SECTION.length);
    text = `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`;
  }
  await writeBenchmarksDoc(file, text);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
