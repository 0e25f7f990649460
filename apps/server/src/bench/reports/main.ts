import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPatronApp, type PatronApp } from '../../app.js';
import type { ReportPeriod } from '../../modules/reports/report-period.js';
import { benchArgs } from '../args.js';
import { signIn, startBenchHttp } from '../http-load.js';
import { baselinePool, databaseSettingsText, openBenchDatabase } from '../lists/database.js';
import { machine } from '../lists/report.js';
import { comparable, type Figures, PARTS, type Part, plainPart, ReportsBaseline } from './baseline.js';
import { generateReportsData, loadReportsData, type ReportsData } from './generate.js';
import { printReportsTable, type ReportsScenario, scenarioPassed, writeReportsMarkdown } from './report.js';

/**
 * pnpm bench:reports — the reports dashboard (ReportsService, and the admin SPA's `dashboard` query
 * over HTTP as a manager) at 1,000,000 customers, each part and the whole beside a hand-written SQL
 * baseline in the same process, and the figures of both compared. Its own database
 * (`patron_bench_reports`), generated once and kept.
 *   --customers N   customers (default 1,000,000; 5% deleted)
 *   --purchases N   purchases (default 3,000,000 over three years; ledger operations follow them)
 *   --regenerate    drop the database and generate the data again
 *   --runs N        timed runs after a warm-up, the median reported (default 3)
 *   --only KEY      one scenario: month, year or years
 *   --no-docs       do not rewrite docs/benchmarks.md
 *   --docs-only     rewrite its section from the last run's figures, measuring nothing
 * Exits 1 when a scenario misses its bar or a figure differs from the baseline's.
 */
const { values: flags } = parseArgs({
  args: benchArgs(),
  options: {
    customers: { type: 'string', default: '1000000' },
    purchases: { type: 'string', default: '3000000' },
    runs: { type: 'string', default: '3' },
    regenerate: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
    'docs-only': { type: 'boolean', default: false },
  },
});
const CUSTOMERS = Number(flags.customers);
const PURCHASES = Number(flags.purchases);
const RUNS = Number(flags.runs);
const FIRST = 10;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const DOCS = path.join(repoRoot, 'docs', 'benchmarks.md');
/** The last run's figures (under the benchmarks' data directory, outside the repository's files). */
const LAST_RUN = path.join(repoRoot, '.patron', 'bench-reports-last-run.json');
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench:reports ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);

/** The admin SPA's own query (apps/admin/src/reports/documents.ts), as a manager sends it. */
const DASHBOARD = `query Dashboard($input: DashboardInput!, $withTop: Boolean!, $withProducts: Boolean!) {
  dashboard(input: $input) {
    from to previousFrom previousTo calendar timeZone
    members { value previous } newMembers { value previous } activeMembers { value previous }
    purchases { value previous } repeatCustomers { value previous } revenue { value previous }
    averagePurchase { value previous }
    balances { currency { id key name { en ru fa } decimals } issued spent expired previousIssued previousSpent }
    series { start end label startDay partial newMembers activeMembers purchases revenue }
    tiers { tier { id key name { en ru fa } } customers }
    rfmSegments { segment customers }
    topCustomers(first: 10) @include(if: $withTop) { customerId displayName purchases revenue }
    topProducts(first: 10) @include(if: $withProducts) { product { id sku unit name { en ru fa } } quantity revenue }
  } }`;

interface Scenario {
  key: string;
  name: string;
  /** Seconds the whole dashboard may take (service and HTTP). */
  bar: number;
  /** The period, ending with the day (or month) of the data's present. */
  input: (now: Date) => { from: Date; to: Date; granularity: 'DAY' | 'MONTH' };
}

const startOfUtcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const monthStart = (d: Date, plus: number) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plus, 1));

/**
 * The SPA's presets on a UTC workspace: whole local days and months, up to and including the day the
 * data was generated (its present: a rerun weeks later measures the same periods).
 */
const SCENARIOS: Scenario[] = [
  {
    key: 'month',
    name: 'last 30 days by day',
    bar: 1,
    input: (now) => {
      const to = new Date(startOfUtcDay(now).getTime() + 86_400_000);
      return { from: new Date(to.getTime() - 30 * 86_400_000), to, granularity: 'DAY' };
    },
  },
  {
    key: 'year',
    name: 'last 12 months by month',
    bar: 2,
    input: (now) => ({ from: monthStart(now, -11), to: monthStart(now, 1), granularity: 'MONTH' }),
  },
  {
    key: 'years',
    name: 'last 3 years by month',
    bar: 4,
    input: (now) => ({ from: monthStart(now, -35), to: monthStart(now, 1), granularity: 'MONTH' }),
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] as number;
};

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await run();
  return { ms: performance.now() - t, value };
}

/** Runs both once (warm-up), then `RUNS` times alternately; medians in milliseconds. */
async function pair(service: () => Promise<unknown>, baseline: () => Promise<unknown>) {
  await service();
  await baseline();
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    s.push((await timed(service)).ms);
    b.push((await timed(baseline)).ms);
  }
  return { service: median(s), baseline: median(b), serviceRuns: s, baselineRuns: b };
}

type HttpDashboard = {
  members: Figures['members']['members'];
  newMembers: Figures['members']['newMembers'];
  activeMembers: Figures['purchases']['activeMembers'];
  purchases: Figures['purchases']['purchases'];
  revenue: Figures['purchases']['revenue'];
  averagePurchase: Figures['purchases']['averagePurchase'];
  repeatCustomers: Figures['purchases']['repeatCustomers'];
  series: { newMembers: number; activeMembers: number; purchases: number; revenue: number }[];
  balances: (Omit<Figures['balances'][number], 'currency'> & { currency: { key: string } })[];
  tiers: { tier: { key: string } | null; customers: number }[];
  rfmSegments: Figures['rfm'];
  topCustomers: Figures['topCustomers'];
};

/** The HTTP answer as the parts' plain figures. */
function httpFigures(d: HttpDashboard): Figures {
  return {
    members: { members: d.members, newMembers: d.newMembers, series: d.series.map((s) => s.newMembers) },
    purchases: {
      activeMembers: d.activeMembers,
      purchases: d.purchases,
      revenue: d.revenue,
      averagePurchase: d.averagePurchase,
      repeatCustomers: d.repeatCustomers,
      series: d.series.map((s) => ({
        activeMembers: s.activeMembers,
        purchases: s.purchases,
        revenue: s.revenue,
      })),
    },
    balances: d.balances.map((b) => ({ ...b, currency: b.currency.key })),
    tiers: d.tiers.map((t) => ({ tier: t.tier?.key ?? null, customers: t.customers })),
    rfm: d.rfmSegments,
    topCustomers: d.topCustomers,
  };
}

const partOf = (f: Figures, part: Part) => (part === 'rfm' ? f.rfm : f[part]);

async function runScenario(
  app: PatronApp,
  data: ReportsData,
  baseline: ReportsBaseline,
  http: { url: string; cookie: string },
  s: Scenario,
): Promise<ReportsScenario> {
  const load = os.loadavg()[0] ?? 0;
  const input = s.input(data.now);
  const reports = app.services.reports;
  const period: ReportPeriod = await reports.period(data.workspaceId, {
    ...input,
    compare: true,
    calendar: 'GREGORIAN',
  });
  log(
    `${s.name}: ${input.from.toISOString().slice(0, 10)} – ${input.to.toISOString().slice(0, 10)}, ${period.buckets.length} buckets, compared with the period before`,
  );
  const servicePart = (part: Part) => {
    const ws = data.workspaceId;
    switch (part) {
      case 'members':
        return reports.members(ws, period);
      case 'purchases':
        return reports.purchases(ws, period);
      case 'balances':
        return reports.balances(ws, period);
      case 'tiers':
        return reports.tiers(ws);
      case 'rfm':
        return reports.rfmSegments(ws);
      case 'topCustomers':
        return reports.topCustomers(ws, period, FIRST);
    }
  };
  const query = async () => {
    const res = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: http.cookie },
      body: JSON.stringify({
        query: DASHBOARD,
        variables: {
          input: {
            from: input.from.toISOString(),
            to: input.to.toISOString(),
            granularity: input.granularity,
          },
          withTop: true,
          withProducts: false,
        },
      }),
    });
    const json = (await res.json()) as { data?: { dashboard: HttpDashboard }; errors?: unknown[] };
    if (json.errors || !json.data) throw new Error(`GraphQL error: ${JSON.stringify(json.errors)}`);
    return json.data.dashboard;
  };

  // The figures first: every part of the service, of the baseline and of the HTTP answer alike.
  const expected = await baseline.whole(period, FIRST);
  const viaService = await reports.dashboard(data.workspaceId, period, FIRST);
  const viaHttp = httpFigures(await query());
  const mismatches: string[] = [];
  for (const part of PARTS) {
    const want = comparable(part, partOf(expected, part));
    const key = part === 'rfm' ? 'rfmSegments' : part;
    const got = comparable(part, plainPart(part, viaService[key as keyof typeof viaService]));
    if (got !== want) mismatches.push(`${part} (service): ${got.slice(0, 300)} ≠ ${want.slice(0, 300)}`);
    const overHttp = comparable(part, partOf(viaHttp, part));
    if (overHttp !== want)
      mismatches.push(`${part} (HTTP): ${overHttp.slice(0, 300)} ≠ ${want.slice(0, 300)}`);
  }
  for (const m of mismatches) log(`MISMATCH ${m}`);

  const parts = {} as ReportsScenario['parts'];
  for (const part of PARTS) {
    const t = await pair(
      () => servicePart(part),
      () => baseline.part(part, period, FIRST),
    );
    parts[part] = { service: t.service, baseline: t.baseline };
    log(`  ${part}: ${t.service.toFixed(0)} ms (baseline ${t.baseline.toFixed(0)} ms)`);
  }
  const whole = await pair(
    () => reports.dashboard(data.workspaceId, period, FIRST),
    () => baseline.whole(period, FIRST),
  );
  log(`  whole, service: ${whole.service.toFixed(0)} ms (baseline ${whole.baseline.toFixed(0)} ms)`);
  await query();
  const httpRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) httpRuns.push((await timed(query)).ms);
  const overHttp = median(httpRuns);
  log(`  whole, GraphQL over HTTP: ${overHttp.toFixed(0)} ms`);
  return {
    key: s.key,
    name: s.name,
    buckets: period.buckets.length,
    bar: s.bar,
    parts,
    whole: { service: whole.service, baseline: whole.baseline, http: overHttp },
    mismatches,
    load,
  };
}

async function main(): Promise<number> {
  if (flags['docs-only']) {
    const { results, info } = JSON.parse(await readFile(LAST_RUN, 'utf8'));
    await writeReportsMarkdown(DOCS, results, {
      ...info,
      data: { ...info.data, now: new Date(info.data.now) },
    });
    log(`wrote the section of ${LAST_RUN} to docs/benchmarks.md`);
    return 0;
  }
  const loadBefore = os.loadavg()[0] ?? 0;
  const db = await openBenchDatabase(repoRoot, log, 'patron_bench_reports', { fresh: flags.regenerate });
  const pool = baselinePool(db.url);
  // The baseline's parts run in parallel as the resolver's do: one connection each.
  pool.options.max = PARTS.length;
  const app = await createPatronApp({ databaseUrl: db.url, log, pollEvents: false });
  const closers: (() => Promise<void>)[] = [() => db.stop(), () => pool.end(), () => app.close()];
  try {
    let data = await loadReportsData(pool, { customers: CUSTOMERS, purchases: PURCHASES });
    if (data) log('reusing the generated data');
    else {
      const { rows } = await pool.query('select 1 from workspace where name = $1', ['Reports bench']);
      if (rows.length)
        throw new Error(
          'patron_bench_reports holds data of another size; drop the database to generate it again',
        );
      data = await generateReportsData(app, pool, { customers: CUSTOMERS, purchases: PURCHASES }, log);
      log(`data generated in ${data.generationSeconds.toFixed(0)} s`);
      await pool.query('checkpoint');
    }
    log(
      `${data.customers.toLocaleString('en')} customers, ${data.purchases.toLocaleString('en')} purchases, ${data.operations.toLocaleString('en')} ledger operations`,
    );
    const http = await startBenchHttp(app);
    closers.push(() => http.close());
    const cookie = await signIn(http.url, data.manager.email, data.manager.password);
    const baseline = new ReportsBaseline(pool, data.workspaceId);

    const results: ReportsScenario[] = [];
    for (const s of SCENARIOS.filter((x) => !flags.only || x.key === flags.only))
      results.push(await runScenario(app, data, baseline, { url: http.url, cookie }, s));
    printReportsTable(results);

    const { rows } = await pool.query<{ v: string }>("select current_setting('server_version') as v");
    const settings = databaseSettingsText(db);
    const info = {
      machine: machine(rows[0]?.v ?? '?', settings),
      data,
      runs: RUNS,
      loadBefore,
      loadAfter: os.loadavg()[0] ?? 0,
    };
    // Kept so that the section can be written again (its findings edited) without measuring again.
    await writeFile(LAST_RUN, JSON.stringify({ results, info }, null, 2));
    if (!flags['no-docs']) await writeReportsMarkdown(DOCS, results, info);
    const failed = results.filter((r) => !scenarioPassed(r));
    log(
      failed.length ? `${failed.length} scenario(s) failed` : 'every scenario within its bar, figures equal',
    );
    return failed.length ? 1 : 0;
  } finally {
    for (const close of closers.reverse())
      await close().catch((e: Error) => log(`while closing: ${e.message}`));
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('[bench:reports] failed:', error);
    process.exit(1);
  },
);
