import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPatronApp } from '../../app.js';
import { benchArgs } from '../args.js';
import { SORT_ATTRIBUTE } from './attributes.js';
import { baselinePool, EMBEDDED_SETTINGS, openBenchDatabase } from './database.js';
import { explainBaseline, explainService } from './explain.js';
import { type Dataset, generateDataset, loadDataset, prepareDatabase } from './generate.js';
import { startGraphqlClient } from './graphql.js';
import { machine, passed, printTable, type Result, writeMarkdown } from './report.js';
import { buildScenarios } from './scenarios.js';
import { percentile, timePair } from './stats.js';

/**
 * pnpm bench:lists — the customer list against its bars at 1,000,000 customers.
 *   --regenerate      make the dataset again even if a finished one exists
 *   --customers N     dataset size (default 1,000,000; smaller for a quick try)
 *   --runs N          timed runs per scenario (default 30), after --warmups N (default 12: every parameter set once)
 *   --no-docs         do not rewrite docs/benchmarks.md
 * Exits 1 when a scenario misses its bar.
 */
const { values: flags } = parseArgs({
  args: benchArgs(),
  options: {
    regenerate: { type: 'boolean', default: false },
    customers: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '30' },
    warmups: { type: 'string', default: '12' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const customers = Number(flags.customers);
const runs = Number(flags.runs);
const warmups = Number(flags.warmups);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench:lists ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);

async function main(): Promise<number> {
  const db = await openBenchDatabase(repoRoot, log);
  const pool = baselinePool(db.url);
  const closers: (() => Promise<void>)[] = [() => db.stop(), () => pool.end()];
  try {
    const state = await prepareDatabase(pool, customers, flags.regenerate, log);
    const app = await createPatronApp({ databaseUrl: db.url, log, pollEvents: false });
    closers.push(() => app.close());

    let data: Dataset;
    if (state === 'reuse') {
      data = await loadDataset(pool);
      log(
        `reusing the dataset of ${data.customers.toLocaleString('en')} customers (--regenerate to make it again)`,
      );
    } else {
      data = await generateDataset(app, pool, customers, log);
    }

    const notes: string[] = [];
    const { rows: sortIndexes } = await pool.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes where tablename = 'customer' and indexname like 'customer_sort_%'`,
    );
    const sortIndex = sortIndexes.find((i) => i.indexdef.includes(`'${SORT_ATTRIBUTE}'`));
    notes.push(
      sortIndex
        ? `Sort index for \`${SORT_ATTRIBUTE}\`: \`${sortIndex.indexdef}\`.`
        : `MISSING: no customer_sort_* index on \`${SORT_ATTRIBUTE}\` after creating it through the attribute service.`,
    );
    log(notes[0] as string);
    const { rows: stats } = await pool.query<{ n: string }>(
      "select count(*) as n from pg_statistic_ext where stxname like 'customer_stat_%'",
    );
    notes.push(
      `Planner statistics: ${stats[0]?.n} expression statistics on attribute filter expressions (\`customer_stat_*\`) and a 400-bucket histogram of the quick search's index expression (\`customer_search_trgm\`; see the customer-search README).`,
    );

    const graphql = await startGraphqlClient(
      app,
      { email: data.staffEmail, password: data.staffPassword },
      log,
    );
    closers.push(() => graphql.close());
    log('walking 49 pages per sort for the page-50 cursors');
    const scenarios = await buildScenarios(app as Parameters<typeof buildScenarios>[0], pool, data, graphql);

    const results: Result[] = [];
    for (const s of scenarios) {
      const load = os.loadavg()[0] ?? 0;
      // Three parameter sets checked: the baseline must be the same question, not just as fast.
      const same = (await s.same(0)) && (await s.same(1)) && (await s.same(2));
      const timing = await timePair({ run: s.service }, { run: s.baseline }, { warmups, runs });
      const result: Result = { name: s.name, bar: s.bar, ...timing, same, load };
      if (!passed(result)) {
        // Explain the run whose service time was the p95, i.e. a slow one, not a lucky one.
        const i = warmups + timing.service.samples.indexOf(timing.service.p95);
        result.slowRun = s.label(i);
        result.explain = {
          service: await explainService(app, () => s.service(i)),
          baseline: await explainBaseline((t, p) => pool.query(t, p), s.baselineSql(i)),
        };
      }
      log(
        `${s.name}: service p50 ${result.service.p50.toFixed(1)} / p95 ${result.service.p95.toFixed(1)} ms, ` +
          `baseline p50 ${result.baseline.p50.toFixed(1)} / p95 ${result.baseline.p95.toFixed(1)} ms${same ? '' : ' (DIFFERENT ROWS)'}`,
      );
      logSlowestParameters(s.label, timing.service.samples);
      results.push(result);
    }

    printTable(results);
    const { rows } = await pool.query<{ v: string }>("select current_setting('server_version') as v");
    const info = {
      machine: machine(
        rows[0]?.v ?? '?',
        db.origin.startsWith('embedded') ? `embedded; ${embeddedSettingsText()}` : db.origin,
      ),
      customers: data.customers,
      generation: data.generation,
      warmups,
      runs,
      notes,
    };
    if (!flags['no-docs']) {
      const file = path.join(repoRoot, 'docs', 'benchmarks.md');
      await writeMarkdown(file, results, info);
      log(`wrote ${path.relative(repoRoot, file)}`);
    }
    const failed = results.filter((r) => !passed(r));
    log(failed.length ? `${failed.length} scenario(s) over their bar` : 'every scenario within its bar');
    return failed.length || !sortIndex ? 1 : 0;
  } finally {
    for (const close of closers.reverse())
      await close().catch((e: Error) => log(`while closing: ${e.message}`));
  }
}

const embeddedSettingsText = () =>
  Object.entries(EMBEDDED_SETTINGS)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/** Which parameter sets were slowest (median of their runs), to say which search word or sort hurts. */
function logSlowestParameters(label: (i: number) => string, samples: number[]): void {
  const byLabel = new Map<string, number[]>();
  samples.forEach((ms, k) => {
    const key = label(warmups + k);
    byLabel.set(key, [...(byLabel.get(key) ?? []), ms]);
  });
  if (byLabel.size < 2) return;
  const medians = [...byLabel].map(([key, list]) => [key, percentile(list, 50)] as const);
  const slowest = medians.sort((a, b) => b[1] - a[1]).slice(0, 3);
  log(`    slowest parameters: ${slowest.map(([k, m]) => `${k} (${m.toFixed(1)} ms)`).join('; ')}`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('[bench:lists] failed:', error);
    process.exit(1);
  },
);
