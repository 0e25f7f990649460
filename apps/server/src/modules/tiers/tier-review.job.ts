import { Poller } from '../../jobs/poller.js';
import type { TierService } from './tier.service.js';

const LIMIT = 500;

/** PERIOD_END: re-evaluates customers whose review date has passed, every few minutes, until none is due. */
export class TierReviewJob {
  private readonly poller: Poller;

  constructor(tiers: TierService, log: (message: string) => void) {
    this.poller = new Poller(
      'tier review job',
      async () => (await tiers.reviewDue(new Date(), LIMIT)) === LIMIT,
      log,
    );
  }

  start(everyMs = 5 * 60_000): void {
    this.poller.start(everyMs);
  }

  /** Resolves when the run is over (tests await it). */
  kick(): Promise<void> {
    return this.poller.kick();
  }

  stop(): Promise<void> {
    return this.poller.stop();
  }
}
