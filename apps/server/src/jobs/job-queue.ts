import type { JobDefinition, JobPayload, JobRunControl, PatronServices } from '@patron/sdk';
import { type CommandResponse, type Job, PgBoss } from 'pg-boss';
import { type JobQueueOptions, QUEUE_SCHEMA, queueSettings } from './queue-settings.js';

/** What a process does with the queue: `api` only enqueues, `worker` only runs, `all` both. */
export type PatronRole = 'api' | 'worker' | 'all';

interface Entry {
  job: JobDefinition;
  services: PatronServices;
  workerId: string | null;
}

/** pg-boss 12 answers `{ requested, affected }` but types the answer as an empty interface. */
function affected(response: CommandResponse): boolean {
  return ((response as { affected?: number }).affected ?? 0) > 0;
}

/** How far a run is: units of its work done, of all. */
export interface Progress {
  done: number;
  total: number;
}

/** How often a kick waiting on a run another process took looks at the run's state. */
const WAIT_POLL_MS = 250;
/** How often the row is asked once this process's step has returned (pg-boss writes its end right after). */
const SETTLE_POLL_MS = 10;
/** How long that quick asking lasts. */
const SETTLE_FOR_MS = 1_000;
/** States in which a run is not over: waiting for a worker or running. */
const NOT_OVER = new Set(['created', 'active']);

/**
 * Every module's jobs on one PostgreSQL queue (pg-boss, schema `pgboss`): one queue per job, of
 * pg-boss's `stately` policy, so at most one run waits and one runs per job and payload key across
 * all processes; kicks and schedule ticks collapse into the waiting run. A run calls the job's
 * `step` until it returns false; a throw fails it and pg-boss retries it with exponential backoff.
 * Each run is a row of `pgboss.job` (state, started, finished, attempts, error): the Jobs screen's
 * record (`modules/jobs`).
 */
/** A workspace's run that failed its last attempt. */
export interface GivenUpRun {
  workspaceId: string;
  job: string;
  error: string;
}

export class JobQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly boss: PgBoss;
  private readonly waiters = new Map<string, (() => void)[]>();
  private readonly timers: NodeJS.Timeout[] = [];
  private started = false;
  private readonly givenUp: ((failure: GivenUpRun) => Promise<unknown>)[] = [];

  constructor(
    databaseUrl: string,
    jobs: readonly { job: JobDefinition; services: PatronServices }[],
    private readonly log: (message: string) => void,
    private readonly options: JobQueueOptions = {},
  ) {
    for (const { job, services } of jobs) {
      if (this.entries.has(job.name)) throw new Error(`Two jobs are named ${job.name}`);
      this.entries.set(job.name, { job, services, workerId: null });
    }
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: QUEUE_SCHEMA,
      max: options.poolSize ?? 4,
      application_name: 'patron-jobs',
      // No LISTEN/NOTIFY: pg-boss 12.38 ends its listening connection without an error listener, so
      // the server's PostgreSQL dying crashed the process instead of stopping it cleanly. A run
      // queued in this process wakes its own worker at once (notifyWorker); others poll each second.
      useListenNotify: false,
      // Patron schedules with its own ticks (every job's everyMs), not pg-boss's cron.
      schedule: false,
    });
    this.boss.on('error', (error) => this.log(`job queue: ${error.message}`));
  }

  /** Calls `listener` when a workspace's run failed its last attempt (the notifications module tells the admins). */
  whenGivenUp(listener: (failure: GivenUpRun) => Promise<unknown>): void {
    this.givenUp.push(listener);
  }

  /**
   * Installs or upgrades the queue's tables, creates a queue per job and, unless the role is `api`,
   * starts a worker per job. `schedule` adds the periodic ticks (tests kick jobs themselves).
   */
  async start(role: PatronRole, schedule: boolean): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const { job } of this.entries.values()) {
      const settings = queueSettings(job, this.options);
      if (await this.boss.getQueue(job.name)) await this.boss.updateQueue(job.name, settings);
      else await this.boss.createQueue(job.name, { ...settings, policy: 'stately' });
    }
    if (role === 'api') return;
    for (const entry of this.entries.values()) {
      entry.workerId = await this.boss.work<JobPayload>(
        entry.job.name,
        {
          batchSize: 1,
          localConcurrency: entry.job.concurrency ?? this.options.concurrency ?? 1,
          pollingIntervalSeconds: 1,
        },
        ([run]) => this.run(entry, run as Job<JobPayload>),
      );
    }
    if (!schedule) return;
    for (const { job } of this.entries.values()) {
      const ms = typeof job.everyMs === 'function' ? job.everyMs() : job.everyMs;
      if (ms <= 0) continue;
      const tick = () =>
        void this.send(job.name, {}, null).catch((e: Error) => this.log(`${job.name}: ${e.message}`));
      const timer = setInterval(tick, ms);
      timer.unref();
      this.timers.push(timer);
      tick();
    }
  }

  /**
   * Queues a run of the job (or joins the one already waiting) and resolves when that run is over.
   * In a process that runs no workers (`PATRON_ROLE=api`) it resolves once the run is queued.
   */
  async kick(name: string): Promise<void> {
    const id = await this.send(name, {}, null);
    if (id) await this.over(name, id);
  }

  /**
   * Queues the workspace's own run of the job (payload `{ workspaceId }`, keyed by it) or joins the one
   * waiting, and resolves when that run is over: its workspace's waiting work is then done, unless
   * another run had taken it (a workspace's work goes one at a time).
   */
  async kickWorkspace(name: string, workspaceId: string): Promise<void> {
    const id = await this.send(name, { workspaceId }, workspaceId);
    if (id) await this.over(name, id);
  }

  /**
   * Queues one run of the job with this payload (`step` receives it) and returns the run's id; runs
   * with the same `key` collapse like kicks, others run each on its own.
   */
  async enqueue(name: string, payload: JobPayload, options: { key?: string } = {}): Promise<string> {
    const id = await this.send(name, payload, options.key ?? crypto.randomUUID());
    if (!id) throw new Error(`${name}: the run could not be queued`);
    return id;
  }

  /** Resolves when the run is over (done, failed, waiting for a retry, cancelled or gone). */
  async over(name: string, id: string): Promise<void> {
    if (!this.entries.get(name)?.workerId) return;
    await new Promise<void>((resolve) => {
      let poll: NodeJS.Timeout | null = null;
      const check = () =>
        void this.state(name, id).then(
          (state) => !NOT_OVER.has(state ?? 'gone') && done(),
          () => {},
        );
      const done = () => {
        if (poll) clearInterval(poll);
        poll = null;
        this.waiters.set(
          id,
          (this.waiters.get(id) ?? []).filter((w) => w !== ended),
        );
        resolve();
      };
      // Our own worker's step has returned; pg-boss marks the run completed just after, so its row is
      // asked again at once, and then often, until it says so.
      const ended = () => {
        if (poll) clearInterval(poll);
        poll = setInterval(check, SETTLE_POLL_MS);
        check();
        // Should pg-boss not write the end (its process dying just then), the row is asked as seldom as before.
        setTimeout(() => {
          if (!poll) return;
          clearInterval(poll);
          poll = setInterval(check, WAIT_POLL_MS);
        }, SETTLE_FOR_MS).unref();
      };
      this.waiters.set(id, [...(this.waiters.get(id) ?? []), ended]);
      // Another process may take the run: its row says when it is over.
      poll = setInterval(check, WAIT_POLL_MS);
    });
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Cancels a waiting or running run (a running one stops after its current step). */
  async cancel(name: string, id: string): Promise<boolean> {
    return affected(await this.boss.cancel(name, id));
  }

  /** Tells the job that staff cancelled its started run (`JobDefinition.cancelled`): its module stops that work for good. */
  async cancelled(name: string, payload: JobPayload): Promise<void> {
    const entry = this.entries.get(name);
    await entry?.job.cancelled?.(entry.services, payload);
  }

  /** Queues a failed run again (another attempt), or a cancelled one as it was. */
  async retry(name: string, id: string, state: 'failed' | 'cancelled'): Promise<boolean> {
    const result = state === 'failed' ? await this.boss.retry(name, id) : await this.boss.resume(name, id);
    const entry = this.entries.get(name);
    if (entry?.workerId) this.boss.notifyWorker(entry.workerId);
    return affected(result);
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 15_000 });
  }

  /** Queues a run; null key: the job's one shared run. Returns the run's id, or the waiting one's. */
  private async send(name: string, payload: JobPayload, key: string | null): Promise<string | null> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`No job is named ${name}`);
    // A refused send means a run is already waiting: join it. It may start between the two
    // statements, so look again until one of them answers.
    for (let tries = 0; tries < 5; tries++) {
      const id =
        (await this.boss.send(name, payload, key ? { singletonKey: key } : {})) ??
        (await this.waiting(name, key));
      if (id) {
        if (entry.workerId) this.boss.notifyWorker(entry.workerId);
        return id;
      }
    }
    return null;
  }

  private async waiting(name: string, key: string | null): Promise<string | null> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `select id from ${QUEUE_SCHEMA}.job where name = $1 and state = 'created' and coalesce(singleton_key, '') = $2 limit 1`,
        [name, key ?? ''],
      );
    return (rows[0]?.id as string | undefined) ?? null;
  }

  /**
   * A running run's progress, in its row's `output` (pg-boss writes the run's result or error there
   * when it ends); false when the run is no longer running.
   */
  private async recordProgress(name: string, id: string, progress: Progress): Promise<boolean> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `update ${QUEUE_SCHEMA}.job set output = $3::jsonb where name = $1 and id = $2 and state = 'active' returning id`,
        [name, id, JSON.stringify({ progress })],
      );
    return rows.length > 0;
  }

  private async state(name: string, id: string): Promise<string | null> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(`select state from ${QUEUE_SCHEMA}.job where name = $1 and id = $2`, [name, id]);
    return (rows[0]?.state as string | undefined) ?? null;
  }

  /** One run: steps until the job says it is done, the run is cancelled or the process stops. */
  private async run(entry: Entry, run: Job<JobPayload>): Promise<{ steps: number; progress?: Progress }> {
    let steps = 0;
    let progress: Progress | undefined;
    const control: JobRunControl = {
      id: run.id,
      progress: async (done, total) => {
        progress = { done, total };
        return (await this.recordProgress(entry.job.name, run.id, progress)) && !run.signal.aborted;
      },
    };
    try {
      for (;;) {
        steps++;
        const more = await entry.job.step(entry.services, run.data ?? {}, control);
        if (!more || run.signal.aborted) break;
        if ((await this.state(entry.job.name, run.id)) !== 'active') break;
      }
      // What pg-boss keeps as the finished run's output: its last progress stays on the Jobs screen.
      return progress ? { steps, progress } : { steps };
    } catch (error) {
      this.log(`${entry.job.name}: ${(error as Error).message}`);
      const workspaceId = run.data?.workspaceId;
      const limit = queueSettings(entry.job, this.options).retryLimit ?? 0;
      if (typeof workspaceId === 'string' && run.retryCount >= limit) {
        const failure = { workspaceId, job: entry.job.name, error: (error as Error).message };
        for (const listener of this.givenUp) await listener(failure).catch(() => {});
      }
      throw error;
    } finally {
      for (const done of this.waiters.get(run.id) ?? []) done();
      this.waiters.delete(run.id);
      // pg-boss waits a poll interval after every run at batch size 1: fetch again at once instead,
      // so a backlog drains at the speed of the work (an empty fetch then waits as usual).
      for (const worker of this.boss.getWipData()) {
        if (worker.name === entry.job.name) this.boss.notifyWorker(worker.id);
      }
    }
  }
}
