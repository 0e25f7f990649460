import type { PreparedPool } from '../../db/prepared-pool.js';
import { claimNext, keepAlive, STALE_SECONDS, type WorkTable } from '../../jobs/workspace-claim.js';
import type { OutboxWrite } from '../events/outbox-dispatcher.js';
import { BALANCE_CHANGED } from '../ledger/ledger-history.js';
import { balanceChangeWritten } from '../ledger/ledger-operation.js';

/** Lines per transaction: large enough to write set-based, small enough to keep locks short. */
const CHUNK = 5000;
/** Chunks applied at once: one per core of a small server; PostgreSQL does the work. */
const PARALLEL = 2;

/** A confirmed batch no live run applies (never started, or its process stopped sending heartbeats). */
const idle = (row: string) =>
  `${row}.status = 'APPLYING' and (${row}.heartbeat_at is null or ${row}.heartbeat_at < now() - interval '${STALE_SECONDS} seconds')`;
/** Batches to apply; one at a time per workspace (two would lock the same accounts). */
const BATCHES: WorkTable = {
  table: 'balance_batch',
  waiting: idle,
  live: (row) => `${row}.status = 'APPLYING' and not (${idle(row)})`,
  set: 'heartbeat_at = now()',
  returning: `t.workspace_id, t.id, t.total_rows,
    array(select first_line from balance_batch_chunk c
           where c.workspace_id = t.workspace_id and c.batch_id = t.id) as done,
    (select key from currency where workspace_id = t.workspace_id and id = t.currency_id) as currency_key`,
};

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

  /** Applies the next claimable batch (of `workspaceId`, or of any workspace) to its end; false when there was none. */
  async runNext(workspaceId?: string): Promise<boolean> {
    const batch = await claimNext<{
      workspace_id: string;
      id: string;
      total_rows: number;
      done: number[];
      currency_key: string;
    }>(this.sql, BATCHES, workspaceId);
    if (!batch) return false;
    const alive = keepAlive(this.sql, BATCHES, batch);
    try {
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
    } finally {
      alive();
    }
    return true;
  }
}
