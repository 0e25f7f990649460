import type { JobDefinition } from '@patron/sdk';
import type { Queue } from 'pg-boss';

/** The PostgreSQL schema pg-boss keeps its tables in (installed and upgraded by pg-boss at start). */
export const QUEUE_SCHEMA = 'pgboss';

export interface JobQueueOptions {
  /** Retries of a failed run unless the job sets its own (PATRON_JOB_RETRY_LIMIT, default 5). */
  retryLimit?: number;
  /** Seconds before the first retry; each next one waits about twice as long (default 2). */
  retryDelaySeconds?: number;
  /** Connections of the queue's own pool (default 4). */
  poolSize?: number;
  /** Runs of one job a worker process takes at once (default 1; runs sharing a payload key never overlap). */
  concurrency?: number;
}

/** The longest wait between two attempts: a kick joins a run waiting for its retry. */
const RETRY_DELAY_MAX_SECONDS = 300;
/** A run whose worker stopped sending heartbeats (a crash) is retried after this long. */
const HEARTBEAT_SECONDS = 30;
/** Long imports may run for hours; a crash is noticed by the heartbeat, not by this limit. */
const EXPIRE_SECONDS = 6 * 60 * 60;
/** Finished runs are listed on the Jobs screen for a week. */
const KEEP_SECONDS = 7 * 24 * 60 * 60;

export function queueSettings(job: JobDefinition, options: JobQueueOptions): Omit<Queue, 'name' | 'policy'> {
  return {
    retryLimit: job.retryLimit ?? options.retryLimit ?? 5,
    retryDelay: options.retryDelaySeconds ?? 2,
    retryBackoff: true,
    retryDelayMax: RETRY_DELAY_MAX_SECONDS,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: EXPIRE_SECONDS,
    deleteAfterSeconds: KEEP_SECONDS,
  };
}
