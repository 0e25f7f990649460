/**
 * A background loop for one kind of work: `step` runs until it reports nothing more to do, on a
 * timer and whenever `kick` is called; never two runs at once, and a kick during a run schedules one
 * more run. An error is logged and the next kick tries again.
 */
export class Poller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private pending = false;

  constructor(
    private readonly name: string,
    private readonly step: () => Promise<boolean>,
    private readonly log: (message: string) => void,
  ) {}

  start(everyMs: number): void {
    this.timer = setInterval(() => this.kick(), everyMs);
    this.timer.unref();
    this.kick();
  }

  /** Resolves when the run this kick joined or scheduled is over (tests and benchmarks await it). */
  kick(): Promise<void> {
    if (this.pending) return this.running;
    this.pending = true;
    this.running = this.running.then(async () => {
      this.pending = false;
      try {
        while (await this.step()) {}
      } catch (error) {
        this.log(`${this.name}: ${(error as Error).message}`);
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
