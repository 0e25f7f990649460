import 'reflect-metadata';
import { defineModule, type JobPayload } from '@patron/sdk';
import pg from 'pg';
import { createPatronApp } from '../../app.js';
import type { PatronRole } from '../job-queue.js';

/**
 * One Patron process of the multi-process queue test (job-queue.processes.test.ts), in the role of
 * PATRON_ROLE, on DATABASE_URL. Its one job writes the unit it is given into `job_unit_done`,
 * counting how often each unit was done and by which process. An `api` process enqueues the units
 * its parent sends it (IPC) and runs none; a `worker` runs them.
 */
export const UNIT_JOB = 'test-units.do';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL as string;
  const role = (process.env.PATRON_ROLE ?? 'all') as PatronRole;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const units = defineModule({
    name: 'test-units',
    jobs: [
      {
        name: UNIT_JOB,
        everyMs: 0,
        step: async (_services, payload?: JobPayload) => {
          await pool.query(
            `insert into job_unit_done (unit, times, pid) values ($1, 1, $2)
             on conflict (unit) do update set times = job_unit_done.times + 1`,
            [payload?.unit, process.pid],
          );
          return false;
        },
      },
    ],
  });
  const app = await createPatronApp({
    databaseUrl,
    plugins: [units],
    log: (m) => console.log(`[${role} ${process.pid}] ${m}`),
    role,
    poolSize: 2,
    jobQueue: { concurrency: 4 },
  });
  process.on('message', (message: { enqueue?: string[] }) => {
    if (!message.enqueue) return;
    void Promise.all(message.enqueue.map((unit) => app.services.jobs.enqueue(UNIT_JOB, { unit }))).then(
      (ids) => process.send?.({ enqueued: ids.length }),
      (error: Error) => process.send?.({ error: error.message }),
    );
  });
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  });
  process.send?.({ ready: process.pid });
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
