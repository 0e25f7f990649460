import type { JobDefinition, PatronServices } from '@patron/sdk';
import { Poller } from './poller.js';

/** Every module's jobs, each on its own poller, with the services of the module that declared it. */
export class JobRunner {
  private readonly pollers = new Map<string, { poller: Poller; everyMs: () => number }>();

  constructor(
    jobs: readonly { job: JobDefinition; services: PatronServices }[],
    log: (message: string) => void,
  ) {
    for (const { job, services } of jobs) {
      if (this.pollers.has(job.name)) throw new Error(`Two jobs are named ${job.name}`);
      const everyMs = typeof job.everyMs === 'function' ? job.everyMs : () => job.everyMs as number;
      this.pollers.set(job.name, { poller: new Poller(job.name, () => job.step(services), log), everyMs });
    }
  }

  /** Runs every job on its schedule (a job whose interval is 0 runs only when kicked). */
  start(): void {
    for (const { poller, everyMs } of this.pollers.values()) {
      const ms = everyMs();
      if (ms > 0) poller.start(ms);
    }
  }

  /** Runs a job now, or once more after its current run; resolves when that run is over. */
  kick(name: string): Promise<void> {
    const entry = this.pollers.get(name);
    if (!entry) throw new Error(`No job is named ${name}`);
    return entry.poller.kick();
  }

  names(): string[] {
    return [...this.pollers.keys()];
  }

  async stop(): Promise<void> {
    await Promise.all([...this.pollers.values()].map(({ poller }) => poller.stop()));
  }
}
