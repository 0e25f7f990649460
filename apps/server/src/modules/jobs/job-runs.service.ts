import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@patron/sdk';
import { emSql } from '../../db/em-sql.js';
import { refusal } from '../../graphql/errors.js';
import type { JobQueue, Progress } from '../../jobs/job-queue.js';
import { QUEUE_SCHEMA } from '../../jobs/queue-settings.js';
import type { AuditService } from '../audit/audit.service.js';

/** pg-boss's states of a run, as the Jobs screen names them. */
export const RUN_STATES = {
  created: 'WAITING',
  retry: 'RETRYING',
  active: 'RUNNING',
  completed: 'DONE',
  cancelled: 'CANCELLED',
  failed: 'FAILED',
} as const;
export type RunState = (typeof RUN_STATES)[keyof typeof RUN_STATES];
const BOSS_STATE = Object.fromEntries(Object.entries(RUN_STATES).map(([k, v]) => [v, k])) as Record<
  RunState,
  keyof typeof RUN_STATES
>;

export interface JobRun {
  id: string;
  job: string;
  state: RunState;
  /** Null for a global run (periodic or kicked work over every workspace). */
  workspaceId: string | null;
  attempts: number;
  maxAttempts: number;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Only for the workspace's own runs: a global run's error may speak of other workspaces. */
  error: string | null;
  payload: Record<string, unknown> | null;
  /** How far the run got, for jobs that say so (units done of all). */
  progress: Progress | null;
}

interface Row {
  id: string;
  name: string;
  state: keyof typeof RUN_STATES;
  data: Record<string, unknown> | null;
  retry_count: number;
  retry_limit: number;
  /** The driver leaves these as text in raw queries. */
  created_on: Date | string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
  output: { message?: string; progress?: Partial<Progress> } | null;
}

const COLUMNS = `id, name, state, data, retry_count, retry_limit, created_on, started_on, completed_on, output`;
/**
 * A run is the workspace's when its payload names it; runs without one serve every workspace. The
 * periodic global runs finish by the hundred a day, so a finished one is listed only when the list
 * is filtered by state: unfiltered, the screen shows the workspace's work and what needs attention.
 */
const VISIBLE = `(data->>'workspaceId' = ?
  or (data->>'workspaceId' is null and (state <> 'completed' or ?::text is not null)))`;

function toRun(row: Row): JobRun {
  const workspaceId = typeof row.data?.workspaceId === 'string' ? row.data.workspaceId : null;
  const state = RUN_STATES[row.state];
  return {
    id: row.id,
    job: row.name,
    state,
    workspaceId,
    attempts: row.retry_count + (row.started_on ? 1 : 0),
    maxAttempts: row.retry_limit + 1,
    queuedAt: new Date(row.created_on),
    startedAt: row.started_on ? new Date(row.started_on) : null,
    finishedAt: row.completed_on ? new Date(row.completed_on) : null,
    error: workspaceId && (state === 'FAILED' || state === 'RETRYING') ? (row.output?.message ?? null) : null,
    payload: workspaceId ? row.data : null,
    progress: progressOf(row.output?.progress),
  };
}

function progressOf(progress: Partial<Progress> | undefined): Progress | null {
  if (typeof progress?.done !== 'number' || typeof progress.total !== 'number') return null;
  return { done: progress.done, total: progress.total };
}

/**
 * The runs of every module's jobs, read from the queue's own table (pg-boss's `job`: its state,
 * attempts, times and error are the record), and cancel and retry for the workspace's own runs.
 */
export class JobRunService {
  constructor(
    private readonly orm: MikroORM,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /** Newest first; the cursor is the id of the last run of the previous page. */
  async page(
    workspaceId: string,
    options: { first: number; after?: string | null; state?: RunState | null },
  ): Promise<{ runs: JobRun[]; hasNextPage: boolean }> {
    const rows = await this.orm.em.getConnection().execute<Row[]>(
      `select ${COLUMNS} from ${QUEUE_SCHEMA}.job
        where name in (select jsonb_array_elements_text(?::jsonb)) and ${VISIBLE}
          and (?::text is null or state::text = ?)
          and (?::uuid is null or (created_on, id) < (select created_on, id from ${QUEUE_SCHEMA}.job where id = ?::uuid))
        order by created_on desc, id desc limit ?`,
      [
        JSON.stringify(this.queue.names()),
        workspaceId,
        options.state ? BOSS_STATE[options.state] : null,
        options.state ? BOSS_STATE[options.state] : null,
        options.state ? BOSS_STATE[options.state] : null,
        options.after ?? null,
        options.after ?? null,
        options.first + 1,
      ],
    );
    return { runs: rows.slice(0, options.first).map(toRun), hasNextPage: rows.length > options.first };
  }

  async cancel(workspaceId: string, actor: Actor, id: string): Promise<JobRun> {
    const run = await this.own(workspaceId, id);
    if (run.state !== 'WAITING' && run.state !== 'RETRYING' && run.state !== 'RUNNING') {
      throw refusal('JOB_RUN_NOT_CANCELLABLE');
    }
    if (!(await this.queue.cancel(run.job, id))) throw refusal('JOB_RUN_NOT_CANCELLABLE');
    await this.record(workspaceId, actor, 'JOB_CANCELLED', run);
    const cancelled = await this.own(workspaceId, id);
    // A run that had started may have taken the module's work (an export, a bulk action, an import):
    // the module stops it for good. One that never started took nothing; its work waits for another run.
    if (cancelled.startedAt) await this.queue.cancelled(run.job, { ...run.payload, workspaceId });
    return cancelled;
  }

  async retry(workspaceId: string, actor: Actor, id: string): Promise<JobRun> {
    const run = await this.own(workspaceId, id);
    if (run.state !== 'FAILED' && run.state !== 'CANCELLED') throw refusal('JOB_RUN_NOT_RETRYABLE');
    try {
      if (!(await this.queue.retry(run.job, id, run.state === 'FAILED' ? 'failed' : 'cancelled'))) {
        throw refusal('JOB_RUN_NOT_RETRYABLE');
      }
    } catch (error) {
      // pg-boss's one-waiting-run-per-key index: another run of this job and key is queued.
      if ((error as { code?: string }).code === '23505') throw refusal('JOB_RUN_ALREADY_WAITING');
      throw error;
    }
    await this.record(workspaceId, actor, 'JOB_RETRIED', run);
    return this.own(workspaceId, id);
  }

  /** A run of this workspace; a global one is seen but never changed from a workspace. */
  private async own(workspaceId: string, id: string): Promise<JobRun> {
    const [row] = await this.orm.em
      .getConnection()
      .execute<Row[]>(
        `select ${COLUMNS} from ${QUEUE_SCHEMA}.job where id = ?::uuid and name in (select jsonb_array_elements_text(?::jsonb)) and ${VISIBLE}`,
        [id, JSON.stringify(this.queue.names()), workspaceId, 'by id'],
      );
    if (!row) throw refusal('JOB_RUN_NOT_FOUND');
    const run = toRun(row);
    if (!run.workspaceId) throw refusal('JOB_RUN_GLOBAL');
    return run;
  }

  private async record(workspaceId: string, actor: Actor, type: string, run: JobRun): Promise<void> {
    await this.audit.record(emSql(this.orm.em), {
      workspaceId,
      type,
      actor,
      subject: run.job,
      details: { runId: run.id, state: run.state },
    });
  }
}
