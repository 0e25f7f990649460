import type { PreparedPool } from '../db/prepared-pool.js';

/**
 * Runs `statement` (a lock: `select … for update`, `lock table …`) in a transaction held open until
 * the answer's `release` is called: someone else's work in the middle of a change. `rows` are what the
 * statement answered.
 */
export async function holdTransaction<T = unknown>(
  sql: PreparedPool,
  statement: string,
  params: unknown[] = [],
): Promise<{ rows: T[]; release: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let taken!: (rows: T[]) => void;
  const locked = new Promise<T[]>((resolve) => {
    taken = resolve;
  });
  const held = sql.transaction(async (run) => {
    taken(await run<T>(statement, params));
    await released;
  });
  const rows = await Promise.race([locked, held.then(() => [] as T[])]);
  return {
    rows,
    release: async () => {
      release();
      await held;
    },
  };
}
