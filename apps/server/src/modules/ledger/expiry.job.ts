import type { LedgerService } from './ledger.service.js';

/** Expires due grants every minute, a batch at a time, until none is due; never two runs at once. */
export class ExpiryJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly ledger: LedgerService,
    private readonly log: (message: string) => void,
  ) {}

  start(everyMs = 60_000): void {
    this.timer = setInterval(() => this.run(), everyMs);
    this.timer.unref();
  }

  run(now?: Date): Promise<void> {
    this.running = this.running.then(async () => {
      try {
        while ((await this.ledger.expireDue(now ?? new Date())) > 0) {}
      } catch (error) {
        this.log(`expiry job: ${(error as Error).message}`);
      }
    });
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
