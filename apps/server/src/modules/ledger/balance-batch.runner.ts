import type { PreparedPool } from '../../db/prepared-pool.js';
import { outboxType } from '../history/history.service.js';

/** Lines per transaction: large enough to write set-based, small enough to keep locks short. */
const CHUNK = 5000;

/**
 * Applies confirmed batches in the background, a chunk per transaction (ledger_apply_batch). A batch
 * whose heartbeat is older than a minute (its process died) is taken over and resumes at next_line;
 * lines already written are skipped by their keys, so nothing is applied twice.
 */
export class BalanceBatchRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private pending = false;

  constructor(
    private readonly sql: PreparedPool,
    private readonly afterChunk: () => void,
    private readonly log: (message: string) => void,
  ) {}

  start(everyMs = 5000): void {
    this.timer = setInterval(() => this.kick(), everyMs);
    this.timer.unref();
    this.kick();
  }

  /** Runs every claimable batch to the end; resolves when done (tests and benchmarks await it). */
  kick(): Promise<void> {
    if (this.pending) return this.running;
    this.pending = true;
    this.running = this.running.then(async () => {
      this.pending = false;
      try {
        while (await this.runNext()) {}
      } catch (error) {
        this.log(`balance batch runner: ${(error as Error).message}`);
      }
    });
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async runNext(): Promise<boolean> {
    const [batch] = await this.sql.query<{ id: string; next_line: number; total_rows: number }>(
      `update balance_batch set heartbeat_at = now()
        where id = (select id from balance_batch
                     where status = 'APPLYING' and (heartbeat_at is null or heartbeat_at < now() - interval '60 seconds')
                     order by created_at for update skip locked limit 1)
        returning id, next_line, total_rows`,
      [],
    );
    if (!batch) return false;
    for (let from = batch.next_line; from <= batch.total_rows; from += CHUNK) {
      await this.sql.query('select ledger_apply_batch(?, ?, ?, ?)', [
        batch.id,
        from,
        Math.min(from + CHUNK - 1, batch.total_rows),
        outboxType('BALANCE_CHANGED'),
      ]);
      this.afterChunk();
    }
    if (batch.total_rows < batch.next_line) {
      await this.sql.query(`update balance_batch set status = 'DONE', finished_at = now() where id = ?`, [
        batch.id,
      ]);
    }
    return true;
  }
}
