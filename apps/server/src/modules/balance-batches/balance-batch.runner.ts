import type { PreparedPool } from '../../db/prepared-pool.js';
import type { OutboxWrite } from '../events/outbox-dispatcher.js';
import { BALANCE_CHANGED } from '../ledger/ledger-history.js';
import { balanceChangeWritten } from '../ledger/ledger-operation.js';

/** Lines per transaction: large enough to write set-based, small enough to keep locks short. */
const CHUNK = 5000;
/** Chunks applied at once: one per core of a small server; PostgreSQL does the work. */
const PARALLEL = 2;

/**
 * Applies confirmed batches in the background, a chunk per transaction (ledger_apply_batch), two
 * chunks at a time. A batch whose heartbeat is older than a minute (its process died) is taken over
 * and only chunks without their done mark are run; lines already written are skipped by their keys,
 * so nothing is applied twice.
 */
export class BalanceBatchRunner {
  constructor(
    private readonly sql: PreparedPool,
    /** Kicks the outbox with what a chunk wrote (balance changes of one currency). */
    private readonly afterChunk: (written: OutboxWrite) => void,
  ) {}

  /** Applies the next claimable batch to its end; false when there was none. */
  async runNext(): Promise<boolean> {
    const [batch] = await this.sql.query<{
      workspace_id: string;
      id: string;
      total_rows: number;
      done: number[];
      currency_key: string;
    }>(
      `update balance_batch b set heartbeat_at = now()
         from (select workspace_id, id from balance_batch
                where status = 'APPLYING' and (heartbeat_at is null or heartbeat_at < now() - interval '60 seconds')
                order by created_at for update skip locked limit 1) claimed
        where b.workspace_id = claimed.workspace_id and b.id = claimed.id
        returning b.workspace_id, b.id, b.total_rows,
          array(select first_line from balance_batch_chunk c
                 where c.workspace_id = b.workspace_id and c.batch_id = b.id) as done,
          (select key from currency where workspace_id = b.workspace_id and id = b.currency_id) as currency_key`,
      [],
    );
    if (!batch) return false;
    const done = new Set(batch.done);
    const pending: number[] = [];
    for (let from = 1; from <= batch.total_rows; from += CHUNK) if (!done.has(from)) pending.push(from);
    let next = 0;
    const written = balanceChangeWritten(batch.currency_key);
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let from = pending[next++]; from !== undefined; from = pending[next++]) {
          await this.sql.query('select ledger_apply_batch(?, ?, ?, ?, ?)', [
            batch.workspace_id,
            batch.id,
            from,
            Math.min(from + CHUNK - 1, batch.total_rows),
            BALANCE_CHANGED.event,
          ]);
          this.afterChunk(written);
        }
      }),
    );
    await this.sql.query(
      `update balance_batch set status = 'DONE', finished_at = now() where workspace_id = ? and id = ?`,
      [batch.workspace_id, batch.id],
    );
    return true;
  }
}
