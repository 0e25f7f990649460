import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serverSettings, startLocalPostgres, stopOnSignals } from '@patron/local-postgres';
import { createPatronApp, startHttpServer } from '@patron/server';
import { launchBrowser } from '@patron/testkit';
import pg from 'pg';
import { firstPageBaseline } from './baseline.ts';
import { measureRun, measureWeight, type TimingRun } from './browser.ts';
import { type SpaResult, writeSpaMarkdown } from './report.ts';
import { seedCustomers } from './seed.ts';
import { traceSignIn } from './trace.ts';

/**
 * pnpm bench:spa — what the admin SPA costs a user: the JS (gzip) a first visit downloads to reach
 * the sign-in page and the customer list, and the time from submitting the sign-in form to the first
 * customer rows (a cold browser per run) and of a reload, against a real Patron serving the built SPA
 * (apps/admin/dist: build it first) over a workspace of 2,000 customers. Beside it, in the same
 * process, the hand-written SQL that reads the list's first page.
 *   --customers N   workspace size (default 2,000)
 *   --runs N        cold sign-ins (default 7)
 *   --no-docs       do not rewrite docs/benchmarks.md
 *   --dist DIR      another build of the SPA (an A/B against an older commit)
 *   --trace         also list the requests of one sign-in (start → end, ms after the submit)
 * Exits 1 when a measure misses its bar.
 */
const { values: flags } = parseArgs({
  // `pnpm bench:spa -- --flag` hands the `--` on; it is not the end of the flags here.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    customers: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '7' },
    'no-docs': { type: 'boolean', default: false },
    dist: { type: 'string' },
    trace: { type: 'boolean', default: false },
  },
});
const customers = Number(flags.customers);
const runs = Number(flags.runs);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const adminDir = path.resolve(flags.dist ?? path.join(here, '../../dist'));
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench:spa ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);

export const BARS = { gzipKb: 350, signInMs: 800 } as const;
const EMAIL = 'bench-admin@bench.patron';
// The browser signs in as an operator: the customer list is their home page (an admin's is the dashboard).
const OPERATOR = 'bench-operator@bench.patron';
const PASSWORD = 'bench-spa-password-1';
const DATABASE = 'patron_bench_spa';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main(): Promise<number> {
  if (!existsSync(path.join(adminDir, 'index.html'))) {
    console.error(`No built SPA in ${adminDir}: run \`pnpm --filter @patron/admin build\` first.`);
    return 2;
  }
  const closers: (() => Promise<unknown>)[] = [];
  try {
    // As `pnpm start` runs it (memory sized to the machine, durable commits); a fresh database per run.
    const dataDir = path.join(repoRoot, '.patron', 'bench');
    log(`starting the embedded PostgreSQL in ${dataDir}`);
    const postgres = await startLocalPostgres({ dataDir, settings: serverSettings(), log: () => {} });
    stopOnSignals(postgres);
    closers.push(() => postgres.stop());
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query(`drop database if exists ${DATABASE} with (force)`);
    await admin.query(`create database ${DATABASE}`);
    const version =
      (await admin.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?';
    await admin.end();
    const url = new URL(postgres.url);
    url.pathname = `/${DATABASE}`;

    // The production password hash and limits; the anonymous budget is raised (every run signs in
    // from this one address).
    const app = await createPatronApp({ databaseUrl: url.toString(), log: () => {}, pollEvents: false });
    closers.unshift(() => app.close());
    const http = await startHttpServer(app, {
      port: 0,
      host: '127.0.0.1',
      adminDir,
      secureCookies: false,
      log: () => {},
      limits: { anonymousPerMinute: 10_000 },
    });
    closers.unshift(() => http.close());
    const { workspace } = await app.services.workspaces.create('Bench club', {
      email: EMAIL,
      name: 'Bench Admin',
      password: PASSWORD,
    });
    await app.services.auth.createStaff(workspace.id, {
      email: OPERATOR,
      name: 'Bench Operator',
      role: 'OPERATOR',
      password: PASSWORD,
    });
    log(`seeding ${customers.toLocaleString('en')} customers`);
    await seedCustomers(app, workspace.id, customers);

    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    closers.unshift(() => pool.end());
    const browser = await launchBrowser();
    closers.unshift(() => browser.close());

    log('weight: a first visit to the sign-in page, then the list');
    const weight = await measureWeight(browser, http.url, OPERATOR, PASSWORD);
    log(
      `  sign-in page ${weight.login.gzipKb.toFixed(1)} KB gzip (${weight.login.files} files), list ${weight.list.gzipKb.toFixed(1)} KB gzip (${weight.list.files} files)`,
    );
    if (flags.trace) {
      const trace = await traceSignIn(browser, http.url, OPERATOR, PASSWORD);
      log(`trace: rows ${trace.rowsMs} ms after the submit`);
      for (const l of trace.lines)
        log(`  ${String(l.startMs).padStart(5)} → ${String(l.endMs).padStart(5)}  ${l.what}`);
    }
    const timings: TimingRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await measureRun(browser, http.url, OPERATOR, PASSWORD);
      timings.push(run);
      log(
        `  run ${i + 1}/${runs}: sign-in → rows ${run.signInMs.toFixed(0)} ms, reload → rows ${run.reloadMs.toFixed(0)} ms`,
      );
    }
    const baseline = await firstPageBaseline(pool, workspace.id, runs);
    log(`  baseline: first page by hand ${baseline.medianMs.toFixed(2)} ms (median of ${runs})`);

    const signIns = timings.map((t) => t.signInMs);
    const reloads = timings.map((t) => t.reloadMs);
    const result: SpaResult = {
      customers,
      runs,
      weight,
      signIn: { median: median(signIns), slowest: Math.max(...signIns) },
      reload: { median: median(reloads), slowest: Math.max(...reloads) },
      baseline,
      load: os.loadavg()[0] ?? 0,
      postgres: version,
      bars: BARS,
    };
    const pass = {
      login: weight.login.gzipKb <= BARS.gzipKb,
      list: weight.list.gzipKb <= BARS.gzipKb,
      signIn: result.signIn.median <= BARS.signInMs,
    };
    log(
      `result: sign-in page ${pass.login ? 'pass' : 'MISS'}, list ${pass.list ? 'pass' : 'MISS'}, rows after sign-in ${result.signIn.median.toFixed(0)} ms median (slowest ${result.signIn.slowest.toFixed(0)}) ${pass.signIn ? 'pass' : 'MISS'}; load average ${result.load.toFixed(1)}`,
    );
    if (!flags['no-docs']) {
      await writeSpaMarkdown(path.join(repoRoot, 'docs', 'benchmarks.md'), result);
      log('docs/benchmarks.md updated');
    }
    return pass.login && pass.list && pass.signIn ? 0 : 1;
  } finally {
    for (const close of closers) await close().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
