import type { PreparedPool } from '../db/prepared-pool.js';

/** A run stopped sending heartbeats this long ago: its process stopped, and another may take its work. */
export const STALE_SECONDS = 60;

/**
 * A module's table of long work (imports, exports, bulk actions, balance batches): rows keyed by
 * `workspace_id, id`, taken oldest `created_at` first. Conditions are written for the row alias given.
 */
export interface WorkTable {
  table: string;
  /** A row a run may take: queued, or left by a stopped process (`STALE_SECONDS`). */
  waiting: (row: string) => string;
  /**
   * A row a live run is working on. Given, a workspace's rows are taken one at a time: a row waits
   * while another of its workspace is live (two would lock the same customers).
   */
  live?: (row: string) => string;
  /** What taking a row sets (`col = …, …`). */
  set: string;
  /** What the claim answers, of the taken row `t`. */
  returning: string;
}

/**
 * Takes the oldest waiting row of `workspaceId` (a workspace's own run), or of any workspace (the
 * periodic run), so that runs of two workspaces go side by side. `skip locked` never hands a row to two
 * runs; a table with `live` also takes its claims one after another under an advisory lock, so each
 * claim sees the one before it (a statement after the lock sees its commit).
 */
export async function claimNext<T>(
  sql: PreparedPool,
  work: WorkTable,
  workspaceId: string | undefined,
): Promise<T | undefined> {
  const alone = work.live
    ? `and not exists (select 1 from ${work.table} r
                        where r.workspace_id = c.workspace_id and r.id <> c.id and ${work.live('r')})`
    : '';
  const claim = `update ${work.table} t set ${work.set}
      from (select c.workspace_id, c.id from ${work.table} c
             where (${work.waiting('c')}) and (?::uuid is null or c.workspace_id = ?::uuid) ${alone}
             order by c.created_at limit 1 for update skip locked) claimed
     where t.workspace_id = claimed.workspace_id and t.id = claimed.id
     returning ${work.returning}`;
  const params = [workspaceId ?? null, workspaceId ?? null];
  if (!work.live) return (await sql.query<T>(claim, params))[0];
  return sql.transaction(async (run) => {
    await run('select pg_advisory_xact_lock(hashtext(?))', [`${work.table}_claim`]);
    return (await run<T>(claim, params))[0];
  });
}

/** How often a run says it is alive: well within STALE_SECONDS, so a slow step is never taken for a stopped process. */
const HEARTBEAT_MS = (STALE_SECONDS * 1000) / 4;

/**
 * Keeps the claimed row's heartbeat fresh while its run works, whatever the step: a progress report
 * alone left a minute without one when a step was slow (a large segment's first rows, a customer locked
 * by someone else, the report at the end), and another run then took the row while it was still being
 * worked on. Call the answer when the run ends.
 */
export function keepAlive(
  sql: PreparedPool,
  work: WorkTable,
  row: { workspace_id: string; id: string },
  everyMs = HEARTBEAT_MS,
): () => void {
  const beat = setInterval(() => {
    void sql
      .query(`update ${work.table} set heartbeat_at = now() where workspace_id = ? and id = ?`, [
        row.workspace_id,
        row.id,
      ])
      .catch(() => {});
  }, everyMs);
  beat.unref();
  return () => clearInterval(beat);
}

/** A row whose run is live: `state` (or `status`) equal to `running` and a heartbeat within STALE_SECONDS. */
export const liveWhen =
  (column: string, running: string) =>
  (row: string): string =>
    `${row}.${column} = '${running}' and ${row}.heartbeat_at >= now() - interval '${STALE_SECONDS} seconds'`;

/** A row queued, or one whose run is no longer live. */
export const waitingWhen =
  (column: string, queued: string, running: string) =>
  (row: string): string =>
    `${row}.${column} = '${queued}' or (${row}.${column} = '${running}' and not (${liveWhen(column, running)(row)}))`;
