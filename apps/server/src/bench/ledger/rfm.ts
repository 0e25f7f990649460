import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createPatronApp } from '../../app.js';
import { type BenchDatabase, databaseSettingsText } from '../lists/database.js';
import { machine } from '../lists/report.js';
import { rfmPassed, writeRfmMarkdown } from './report.js';

export interface RfmFigures {
  customers: number;
  purchases: number;
  /** Seconds the data took to generate (when it was generated; null if not recorded). */
  generationSeconds: number | null;
  /** Whether this run generated it. */
  generatedNow: boolean;
  first: { seconds: number; scored: number; changed: number };
  /** After `touched` customers bought today and `returned` purchases were returned in full. */
  second: { seconds: number; scored: number; changed: number; touched: number; returned: number };
  baseline: { seconds: number; rows: number };
  /** The same rows scored as the baseline scored (a sanity check, not a timing). */
  sameCount: boolean;
  /** The 1-minute load average as the timed part started (above the core count: something else ran). */
  load: number;
}

const WORKSPACE = 'RFM bench';
const DATABASE = 'patron_bench_rfm';

/**
 * The RFM benchmark's own database on the server the ledger benchmark started: `patron_bench_rfm`,
 * created if missing. With DATABASE_URL the benchmark owns that database, so it is used as it is.
 */
export async function rfmDatabase(db: BenchDatabase): Promise<string> {
  if (db.origin === 'DATABASE_URL') return db.url;
  const url = new URL(db.url);
  if (url.pathname === `/${DATABASE}`) return db.url;
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

/**
 * Data, generated set-based once and kept: `customers` customers in one workspace and `purchases`
 * purchases — one per customer, the rest skewed towards low customer numbers (power 2), amounts
 * 5–500, dated over two years (more of them recent), 3% half returned and 1% returned in full.
 */
async function generate(
  pool: pg.Pool,
  workspaceId: string,
  customers: number,
  purchases: number,
  log: (m: string) => void,
): Promise<void> {
  log(`rfm: inserting ${customers.toLocaleString('en')} customers`);
  await pool.query(
    `insert into customer (workspace_id, attributes, created_at)
     select $1, jsonb_build_object('firstName', 'Buyer ' || g), now() - interval '3 years'
       from generate_series(1, $2) g`,
    [workspaceId, customers],
  );
  await pool.query('drop table if exists bench_rfm_customer');
  await pool.query(
    `create unlogged table bench_rfm_customer as
     select row_number() over (order by id)::int as n, id from customer where workspace_id = $1`,
    [workspaceId],
  );
  await pool.query('alter table bench_rfm_customer add primary key (n)');
  const chunk = 1_000_000;
  for (let from = 1; from <= purchases; from += chunk) {
    const to = Math.min(purchases, from + chunk - 1);
    log(`rfm: inserting purchases ${from.toLocaleString('en')}–${to.toLocaleString('en')}`);
    await pool.query(
      `insert into purchase (workspace_id, customer_id, idempotency_key, request_hash, amount, paid_amount,
                             payment_status, purchased_at, returned_amount, actor_kind, actor_name)
       select $1, c.id, 'bench-' || g, 'bench', a.amount, a.amount, 'PAID', a.at,
              case when a.roll < 0.01 then a.amount when a.roll < 0.04 then round(a.amount / 2, 2) else 0 end,
              'system', 'Benchmark'
         from generate_series($2::int, $3::int) g
        cross join lateral (
          select case when g <= $4 then g else 1 + floor($4 * power(random(), 2))::int end as n,
                 round((5 + random() * 495)::numeric, 2) as amount,
                 now() - power(random(), 1.5) * interval '730 days' as at,
                 random() as roll
        ) a
         join bench_rfm_customer c on c.n = a.n`,
      [workspaceId, from, to, customers],
    );
  }
  log('rfm: vacuum analyze');
  await pool.query('vacuum analyze customer, purchase');
}

/** How long generating took, kept with the data so a run that reuses it can still report it. */
async function generationTime(pool: pg.Pool, seconds?: number): Promise<number | null> {
  await pool.query('create table if not exists bench_rfm_meta (generation_seconds float8 not null)');
  if (seconds !== undefined) {
    await pool.query('delete from bench_rfm_meta');
    await pool.query('insert into bench_rfm_meta values ($1)', [seconds]);
    return seconds;
  }
  const { rows } = await pool.query<{ s: number }>('select generation_seconds as s from bench_rfm_meta');
  return rows[0]?.s ?? null;
}

/**
 * The floor: the bare recomputation by hand — aggregate, ntile(5) three times and the segment CASE
 * into a temporary table, in one transaction with the same work_mem as the service.
 */
async function baseline(pool: pg.Pool, workspaceId: string): Promise<{ seconds: number; rows: number }> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`set local work_mem = '128MB'`);
    const start = performance.now();
    const result = await client.query(
      `create temp table baseline_rfm on commit drop as
       select customer_id, r, f, m,
              case when r = 5 and f >= 4 then 'CHAMPIONS'
                   when r in (3, 4) and f >= 4 then 'LOYAL_CUSTOMERS'
                   when r >= 4 and f in (2, 3) then 'POTENTIAL_LOYALIST'
                   when r = 5 and f = 1 then 'NEW_CUSTOMERS'
                   when r = 4 and f = 1 then 'PROMISING'
                   when r = 3 and f = 3 then 'NEED_ATTENTION'
                   when r = 3 and f <= 2 then 'ABOUT_TO_SLEEP'
                   when r <= 2 and f in (3, 4) then 'AT_RISK'
                   when r <= 2 and f = 5 then 'CANT_LOSE_THEM'
                   when r = 1 and f = 1 then 'LOST'
                   else 'HIBERNATING' end as segment
         from (
           select customer_id,
                  ntile(5) over (order by last_at) as r,
                  ntile(5) over (order by frequency) as f,
                  ntile(5) over (order by monetary) as m
             from (
               select p.customer_id, max(p.purchased_at) as last_at, count(*) as frequency,
                      sum(p.amount - p.returned_amount) as monetary
                 from purchase p
                 join customer c on c.workspace_id = p.workspace_id and c.id = p.customer_id and c.deleted_at is null
                where p.workspace_id = $1 and p.returned_amount < p.amount
                group by p.customer_id
             ) b
         ) s`,
      [workspaceId],
    );
    const seconds = (performance.now() - start) / 1000;
    await client.query('commit');
    return { seconds, rows: result.rowCount ?? 0 };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * RFM over `customers` customers and `purchases` purchases through RfmService.recompute: a first run
 * where everyone is new (every row and a history row per customer written), then a second after a
 * few changes, beside the hand-written baseline on the same data.
 */
export async function rfmBenchmark(
  url: string,
  log: (m: string) => void,
  options: { customers: number; purchases: number; regenerate?: boolean },
): Promise<RfmFigures> {
  const app = await createPatronApp({ databaseUrl: url, log, pollEvents: false, poolSize: 4 });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {});
  try {
    let [ws] = (await pool.query<{ id: string }>('select id from workspace where name = $1', [WORKSPACE]))
      .rows;
    const count = async () =>
      ws
        ? Number(
            (
              await pool.query<{ n: string }>(
                `select count(*) as n from purchase where workspace_id = $1 and idempotency_key not like 'bench-second-%'`,
                [ws.id],
              )
            ).rows[0]?.n,
          )
        : 0;
    let generationSeconds: number | null;
    let generatedNow = false;
    if (options.regenerate || (await count()) !== options.purchases) {
      if (ws)
        throw new Error(`${WORKSPACE} holds other data; drop the database ${DATABASE} to generate it again`);
      const start = performance.now();
      const { workspace } = await app.services.workspaces.create(WORKSPACE, {
        email: `rfm-${Date.now().toString(36)}@bench.patron`,
        name: 'Bench admin',
        password: `bench-${Date.now()}-secret`,
      });
      ws = { id: workspace.id };
      await generate(pool, ws.id, options.customers, options.purchases, log);
      generationSeconds = await generationTime(pool, (performance.now() - start) / 1000);
      generatedNow = true;
      log(`rfm: data generated in ${generationSeconds?.toFixed(1)} s`);
    } else {
      generationSeconds = await generationTime(pool);
      log('rfm: reusing the generated data');
    }
    const workspaceId = (ws as { id: string }).id;

    // Everyone new: no scores, no RFM history.
    await pool.query('delete from customer_rfm where workspace_id = $1', [workspaceId]);
    await pool.query('delete from rfm_run where workspace_id = $1', [workspaceId]);
    await pool.query(`delete from history_event where workspace_id = $1 and type = 'RFM_CHANGED'`, [
      workspaceId,
    ]);
    await pool.query('delete from purchase where workspace_id = $1 and idempotency_key like $2', [
      workspaceId,
      'bench-second-%',
    ]);
    await pool.query(
      `update purchase set returned_amount = 0 where workspace_id = $1 and invoice_number = 'returned-by-bench'`,
      [workspaceId],
    );
    await pool.query('vacuum analyze customer_rfm, history_event, purchase');
    await pool.query('checkpoint');

    const load = os.loadavg()[0] ?? 0;
    log('rfm: baseline (aggregate, ntile, segment CASE into a temp table)');
    const base = await baseline(pool, workspaceId);
    log(`rfm: baseline ${base.seconds.toFixed(1)} s, ${base.rows.toLocaleString('en')} rows`);

    log('rfm: first run (every customer new)');
    let start = performance.now();
    const first = await app.services.rfm.recompute(workspaceId);
    const firstSeconds = (performance.now() - start) / 1000;
    log(
      `rfm: first run ${firstSeconds.toFixed(1)} s: ${first.customersScored} scored, ${first.segmentsChanged} changed`,
    );

    // A day's worth of changes: 10,000 customers buy today, 1,000 purchases are returned in full.
    const touched = 10_000;
    const returned = 1_000;
    await pool.query(
      `insert into purchase (workspace_id, customer_id, idempotency_key, request_hash, amount, paid_amount,
                             payment_status, purchased_at, actor_kind, actor_name)
       select $1, c.id, 'bench-second-' || c.id, 'bench', 50, 50, 'PAID', now(), 'system', 'Benchmark'
         from (select id from customer where workspace_id = $1 order by md5(id::text) limit $2) c`,
      [workspaceId, touched],
    );
    await pool.query(
      `update purchase set returned_amount = amount, invoice_number = 'returned-by-bench'
        where id in (select id from purchase where workspace_id = $1 and returned_amount = 0
                      and idempotency_key not like 'bench-second-%' order by md5(id::text) limit $2)`,
      [workspaceId, returned],
    );
    await pool.query('analyze purchase');
    log('rfm: second run (after a few changes)');
    start = performance.now();
    const second = await app.services.rfm.recompute(workspaceId);
    const secondSeconds = (performance.now() - start) / 1000;
    log(
      `rfm: second run ${secondSeconds.toFixed(1)} s: ${second.customersScored} scored, ${second.segmentsChanged} changed`,
    );
    return {
      customers: options.customers,
      purchases: options.purchases,
      generationSeconds,
      generatedNow,
      load,
      first: { seconds: firstSeconds, scored: first.customersScored, changed: first.segmentsChanged },
      second: {
        seconds: secondSeconds,
        scored: second.customersScored,
        changed: second.segmentsChanged,
        touched,
        returned,
      },
      baseline: base,
      sameCount: base.rows === first.customersScored,
    };
  } finally {
    await pool.end();
    await app.close();
  }
}

/**
 * The scenario as `pnpm bench:ledger` runs it (alone with `BENCH_ONLY=rfm` or `--only rfm`): its own
 * database on the benchmark's server, the figures logged and written to docs/benchmarks.md.
 * Returns whether it met its bar.
 */
export async function runRfmScenario(
  db: BenchDatabase,
  docsFile: string | null,
  log: (m: string) => void,
  options: { customers: number; purchases: number },
): Promise<boolean> {
  const url = await rfmDatabase(db);
  const figures = await rfmBenchmark(url, log, options);
  const version = new pg.Client({ connectionString: url });
  await version.connect();
  const { rows } = await version.query<{ v: string }>("select current_setting('server_version') as v");
  await version.end();
  const settings = databaseSettingsText(db);
  const ok = rfmPassed(figures) && figures.sameCount;
  log(
    `RFM over ${figures.customers.toLocaleString('en')} customers / ${figures.purchases.toLocaleString('en')} purchases: first run ${figures.first.seconds.toFixed(1)} s, second ${figures.second.seconds.toFixed(1)} s (${figures.second.changed} changes), baseline ${figures.baseline.seconds.toFixed(1)} s, load ${figures.load.toFixed(1)}${figures.generationSeconds === null ? '' : `, data generated in ${figures.generationSeconds.toFixed(1)} s`}: ${ok ? 'pass' : 'FAIL'}`,
  );
  if (docsFile) {
    await writeRfmMarkdown(docsFile, figures, machine(rows[0]?.v ?? '?', settings));
    log('wrote the RFM figures to docs/benchmarks.md');
  }
  return ok;
}
