import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { PatronApp } from '../../app.js';
import { BENCH_ATTRIBUTES } from './attributes.js';
import { benchCustomers, type CustomerRow } from './customers.js';

/** The generated workspace as the scenarios need it. */
export interface Dataset {
  workspaceId: string;
  staffId: string;
  staffEmail: string;
  staffPassword: string;
  /** Tag ids, most used first (see tagWeights). */
  tagIds: string[];
  customers: number;
  /** Figures of the run that generated it (kept in the marker row). */
  generation: { rowsPerSecond: number; insertSeconds: number; indexSeconds: number; totalSeconds: number };
}

export const BENCH_STAFF = {
  email: 'bench-admin@bench.patron.local',
  name: 'Bench Admin',
  password: 'patron-bench-2026',
};
const SEED = 20261123;
const BATCH = 5_000;
const MARKER = 'bench_lists_dataset';

/** ~30 tags, most common first, so tag filters range from broad to narrow. */
const TAGS = [
  'Regular',
  'Newsletter',
  'Birthday club',
  'App user',
  'VIP',
  'Family',
  'Student',
  'Coffee lover',
  'Weekend shopper',
  'Online',
  'Referral',
  'Corporate',
  'Promo hunter',
  'Gift card',
  'Early adopter',
  'Feedback given',
  'Complained',
  'Returned item',
  'Wholesale',
  'Influencer',
  'Staff friend',
  'Moved away',
  'Lapsed',
  'Win-back',
  'Survey 2024',
  'Survey 2025',
  'Event guest',
  'Partner',
  'Press',
  'Test group',
];
const COLOURS = ['#e11d48', '#2563eb', '#16a34a', '#ca8a04', '#9333ea', '#0891b2'];

/**
 * Says whether the database holds a finished dataset of `customers` rows. A database with the marker
 * table but no finished dataset (an interrupted run) or the wrong size, or any on --regenerate, is
 * emptied; a non-empty database without the marker is not ours and is refused.
 */
export async function prepareDatabase(
  pool: pg.Pool,
  customers: number,
  regenerate: boolean,
  log: (m: string) => void,
): Promise<'reuse' | 'generate'> {
  const { rows } = await pool.query<{ marker: string | null; tables: string }>(
    `select to_regclass($1) as marker,
            (select count(*) from pg_tables where schemaname = current_schema()) as tables`,
    [MARKER],
  );
  const { marker, tables } = rows[0] as { marker: string | null; tables: string };
  if (!marker) {
    if (Number(tables) > 0) {
      throw new Error(
        'This database has tables but no benchmark marker; point DATABASE_URL at a database the benchmark may own',
      );
    }
    return 'generate';
  }
  const done = await pool.query(`select 1 from ${MARKER} where finished_at is not null and customers = $1`, [
    customers,
  ]);
  if (done.rowCount && !regenerate) return 'reuse';
  log(
    regenerate
      ? 'regenerating: dropping the old dataset'
      : 'old dataset is unfinished or of another size; dropping it',
  );
  await pool.query('drop schema public cascade');
  await pool.query('create schema public');
  return 'generate';
}

export async function loadDataset(pool: pg.Pool): Promise<Dataset> {
  const { rows } = await pool.query(`select * from ${MARKER} where finished_at is not null`);
  const m = rows[0];
  const tags = await pool.query<{ id: string; name: string }>(
    'select id, name from tag where workspace_id = $1',
    [m.workspace_id],
  );
  const byName = new Map(tags.rows.map((t) => [t.name, t.id]));
  return {
    workspaceId: m.workspace_id,
    staffId: m.staff_id,
    staffEmail: BENCH_STAFF.email,
    staffPassword: BENCH_STAFF.password,
    tagIds: TAGS.map((n) => byName.get(n)).filter((id): id is string => Boolean(id)),
    customers: m.customers,
    generation: m.generation,
  };
}

/** Creates the workspace through the services, then bulk-loads the customers with SQL. */
export async function generateDataset(
  app: PatronApp,
  pool: pg.Pool,
  customers: number,
  log: (m: string) => void,
): Promise<Dataset> {
  const started = performance.now();
  await pool.query(
    `create table ${MARKER} (workspace_id uuid not null, staff_id uuid not null, customers int not null,
       generation jsonb, finished_at timestamptz)`,
  );
  const { workspace, admin } = await app.services.workspaces.create('Bench club', BENCH_STAFF);
  await pool.query(`insert into ${MARKER} (workspace_id, staff_id, customers) values ($1, $2, $3)`, [
    workspace.id,
    admin.id,
    customers,
  ]);
  // Through the service, so each definition is exactly what a user would create (sort index included).
  for (const attribute of BENCH_ATTRIBUTES) await app.services.attributes.create(workspace.id, attribute);
  const tagRows = await pool.query<{ id: string }>(
    `insert into tag (workspace_id, name, color)
     select $1, name, color from unnest($2::text[], $3::text[]) with ordinality as t(name, color, n) order by n
     returning id`,
    [workspace.id, TAGS, TAGS.map((_, i) => COLOURS[i % COLOURS.length])],
  );
  const tagIds = tagRows.rows.map((r) => r.id);
  const definitions = (await app.services.attributes.definitions(workspace.id)).map((d) => ({
    key: d.key,
    type: d.type,
  }));

  const indexes = await dropSecondaryIndexes(pool);
  log(
    `inserting ${customers.toLocaleString('en')} customers (${indexes.length} indexes dropped for the load)`,
  );
  const insertStart = performance.now();
  await insertCustomers(
    pool,
    workspace.id,
    benchCustomers({ count: customers, seed: SEED, now: new Date(), tagIds, definitions }),
    (done) => {
      const s = (performance.now() - insertStart) / 1000;
      log(`  ${done.toLocaleString('en')} rows, ${Math.round(done / s).toLocaleString('en')} rows/s`);
    },
  );
  const insertSeconds = (performance.now() - insertStart) / 1000;
  const rowsPerSecond = Math.round(customers / insertSeconds);
  log(
    `inserted in ${insertSeconds.toFixed(1)} s (${rowsPerSecond.toLocaleString('en')} rows/s); rebuilding indexes`,
  );

  const indexStart = performance.now();
  await recreateIndexes(pool, indexes, log);
  // vacuum as well as analyze: sets hint bits and the visibility map, as autovacuum would have long
  // done on a real table, so counts can use index-only scans.
  await pool.query('vacuum (analyze) customer');
  await pool.query('analyze tag');
  const indexSeconds = (performance.now() - indexStart) / 1000;
  const generation = {
    rowsPerSecond,
    insertSeconds: round1(insertSeconds),
    indexSeconds: round1(indexSeconds),
    totalSeconds: round1((performance.now() - started) / 1000),
  };
  await pool.query(`update ${MARKER} set generation = $1, finished_at = now()`, [generation]);
  log(`indexes and vacuum in ${indexSeconds.toFixed(1)} s; dataset ready in ${generation.totalSeconds} s`);
  return {
    workspaceId: workspace.id,
    staffId: admin.id,
    staffEmail: BENCH_STAFF.email,
    staffPassword: BENCH_STAFF.password,
    tagIds,
    customers,
    generation,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Batches of 5k rows through jsonb_to_recordset. The next batch is generated while the previous one is
 * being inserted (node and PostgreSQL each keep one core busy); at most two inserts are in flight.
 */
async function insertCustomers(
  pool: pg.Pool,
  workspaceId: string,
  rows: Iterable<CustomerRow>,
  progress: (done: number) => void,
): Promise<void> {
  const sql = `insert into customer (workspace_id, status, attributes, folded, search_text, tags, created_at, updated_at)
    select $1::uuid, c.status, c.attributes, c.folded, c.search_text, c.tags, c.created_at, c.updated_at
      from jsonb_to_recordset($2::jsonb) as c(status text, attributes jsonb, folded jsonb, search_text text,
           tags uuid[], created_at timestamptz, updated_at timestamptz)`;
  const inflight = new Set<Promise<unknown>>();
  let batch: CustomerRow[] = [];
  let done = 0;
  let reported = 0;
  const flush = async () => {
    const json = JSON.stringify(batch);
    const size = batch.length;
    batch = [];
    const p: Promise<unknown> = pool.query(sql, [workspaceId, json]).then(() => {
      inflight.delete(p);
      done += size;
      if (done - reported >= 100_000) {
        reported = done;
        progress(done);
      }
    });
    inflight.add(p);
    if (inflight.size >= 2) await Promise.race(inflight);
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  await Promise.all(inflight);
}

interface IndexDef {
  name: string;
  definition: string;
  /** `alter index … set statistics` of its columns (the trigram index's 400 buckets), lost by a drop. */
  statistics: { column: number; target: number }[];
}

/** Secondary indexes (not those behind constraints) are dropped for the load and built once after. */
async function dropSecondaryIndexes(pool: pg.Pool): Promise<IndexDef[]> {
  const { rows } = await pool.query<IndexDef>(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition,
            coalesce((select json_agg(json_build_object('column', a.attnum, 'target', a.attstattarget))
                        from pg_attribute a where a.attrelid = i.oid and a.attstattarget >= 0), '[]') as statistics
       from pg_index x join pg_class i on i.oid = x.indexrelid
      where x.indrelid = 'customer'::regclass
        and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`,
  );
  for (const index of rows) await pool.query(`drop index "${index.name}"`);
  return rows;
}

/** Two builds at a time (one per core); the trigram index, by far the slowest, starts first. */
async function recreateIndexes(pool: pg.Pool, indexes: IndexDef[], log: (m: string) => void): Promise<void> {
  const queue = [...indexes].sort(
    (a, b) => Number(/gin/i.test(b.definition)) - Number(/gin/i.test(a.definition)),
  );
  const worker = async () => {
    const client = await pool.connect();
    try {
      await client.query("set maintenance_work_mem = '1GB'");
      for (let index = queue.shift(); index; index = queue.shift()) {
        const t = performance.now();
        await client.query(index.definition);
        for (const { column, target } of index.statistics)
          await client.query(`alter index "${index.name}" alter column ${column} set statistics ${target}`);
        log(`  ${index.name} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all([worker(), worker()]);
}
