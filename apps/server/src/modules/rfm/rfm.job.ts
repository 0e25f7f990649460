import { Poller } from '../../jobs/poller.js';
import type { RfmService } from './rfm.service.js';

const HOUR = 3_600_000;

/**
 * How often a workspace is recomputed: `PATRON_RFM_INTERVAL_HOURS` (default 24; 0 turns the job off,
 * `recomputeRfm` still works).
 */
export function rfmIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PATRON_RFM_INTERVAL_HOURS?.trim();
  const hours = raw ? Number(raw) : 24;
  if (!Number.isFinite(hours) || hours < 0)
    throw new Error(`PATRON_RFM_INTERVAL_HOURS is not a number of hours: ${raw}`);
  return hours * HOUR;
}

/**
 * The daily RFM recomputation. It looks every hour (and at start) for workspaces whose last run is a
 * whole interval old and recomputes them one at a time, so a restart does not recompute everything
 * again and a new workspace's first run waits at most an hour.
 */
export class RfmJob {
  private readonly poller: Poller;

  constructor(
    rfm: RfmService,
    log: (message: string) => void,
    private readonly everyMs = rfmIntervalMs(),
  ) {
    this.poller = new Poller(
      'rfm job',
      async () => {
        for (const workspaceId of await rfm.due(this.everyMs)) {
          const run = await rfm.recompute(workspaceId);
          log(
            `rfm: workspace ${workspaceId}: ${run.customersScored} scored, ${run.segmentsChanged} segment change(s) in ${run.durationMs} ms`,
          );
        }
        return false;
      },
      log,
    );
  }

  start(checkEveryMs = Math.min(HOUR, this.everyMs)): void {
    if (this.everyMs > 0) this.poller.start(checkEveryMs);
  }

  /** Runs the due workspaces now (tests). */
  kick(): Promise<void> {
    return this.poller.kick();
  }

  stop(): Promise<void> {
    return this.poller.stop();
  }
}
