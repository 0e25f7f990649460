import type { JobRunControl } from '@patron/sdk';

/** Each report is a write to the run's row: a long step tells the Jobs screen at most this often. */
const EVERY_MS = 1000;

/**
 * How far a long step is, for the Jobs screen: `tell(done, total)` after each whole unit of work
 * (a chunk, a batch) reports at most once a second, `tell(done, total, true)` always (the exact count
 * at the end). It answers false once the run was cancelled or taken from this process, and from then
 * on: the step stops before its next unit. Without a run (a test or a direct call) it always answers true.
 */
export function runProgress(run: JobRunControl | undefined, everyMs = EVERY_MS) {
  let toldAt = 0;
  let live = true;
  return async (done: number, total: number, exact = false): Promise<boolean> => {
    if (!run || !live || (!exact && Date.now() - toldAt < everyMs)) return live;
    toldAt = Date.now();
    // Work added since the count (customers created meanwhile) is done too: the total grows with it.
    live = await run.progress(done, Math.max(total, done));
    return live;
  };
}
