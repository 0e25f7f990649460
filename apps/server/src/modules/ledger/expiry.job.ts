import { Poller } from '../../jobs/poller.js';
import type { LedgerService } from './ledger.service.js';

/** Expires due grants every minute, a batch at a time, until none is due. */
export class ExpiryJob {
  private readonly poller: Poller;

  constructor(ledger: LedgerService, log: (message: string) => void) {
    this.poller = new Poller('expiry job', async () => (await ledger.expireDue(new Date())) > 0, log);
  }

  start(everyMs = 60_000): void {
    this.poller.start(everyMs);
  }

  stop(): Promise<void> {
    return this.poller.stop();
  }
}
