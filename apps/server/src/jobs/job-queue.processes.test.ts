import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@patron/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Two API processes and one worker, real child processes of the compiled server, on one database. */
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = path.join(serverDir, 'dist/jobs/testing/queue-process.js');
const UNITS_PER_API = 150;

interface Child {
  process: ChildProcess;
  pid: number;
  next(): Promise<Record<string, unknown>>;
}

let db: TestDatabase;
let client: pg.Client;
const children: ChildProcess[] = [];

/** Starts the fixture in a role; resolves once it has started (migrations, queue, workers). */
async function start(role: 'api' | 'worker'): Promise<Child> {
  const child = fork(FIXTURE, [], {
    cwd: serverDir,
    env: { PATH: process.env.PATH, DATABASE_URL: db.url, PATRON_ROLE: role },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  const messages: Record<string, unknown>[] = [];
  const waiting: ((m: Record<string, unknown>) => void)[] = [];
  child.on('message', (m: Record<string, unknown>) => {
    const w = waiting.shift();
    if (w) w(m);
    else messages.push(m);
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const m = messages.shift();
      if (m) return resolve(m);
      waiting.push(resolve);
      child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
    });
  const ready = await next();
  return { process: child, pid: ready.ready as number, next };
}

beforeAll(async () => {
  // The children run dist/: compile the current sources first (oxc, about a second).
  const built = spawnSync(process.execPath, ['../../scripts/transpile.mjs'], { cwd: serverDir });
  if (built.status !== 0) throw new Error(String(built.stderr));
  db = await createTestDatabase('jobs_processes');
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(
    'create table job_unit_done (unit text primary key, times int not null, pid int not null)',
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await client?.end();
  await db?.drop();
});

describe('the job queue across processes', () => {
  it('two API processes enqueue, one worker runs every unit exactly once', async () => {
    // The worker first: it applies the migrations and installs the queue on the empty database.
    const worker = await start('worker');
    const apis = await Promise.all([start('api'), start('api')]);
    const sent = apis.map((api, i) => {
      const units = Array.from({ length: UNITS_PER_API }, (_, n) => `api${i}-${n}`);
      api.process.send({ enqueue: units });
      return api.next();
    });
    expect(await Promise.all(sent)).toEqual([{ enqueued: UNITS_PER_API }, { enqueued: UNITS_PER_API }]);

    const total = 2 * UNITS_PER_API;
    for (const end = Date.now() + 90_000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from job_unit_done');
      if (rows[0]?.n === total) break;
    }
    const { rows } = await client.query<{ units: number; times: number; pids: number[] }>(
      'select count(*)::int as units, sum(times)::int as times, array_agg(distinct pid) as pids from job_unit_done',
    );
    expect(rows[0]).toEqual({ units: total, times: total, pids: [worker.pid] });
    const runs = await client.query<{ state: string; n: number }>(
      `select state::text, count(*)::int as n from pgboss.job where name = 'test-units.do' group by state`,
    );
    expect(runs.rows).toEqual([{ state: 'completed', n: total }]);
  }, 240_000);
});
