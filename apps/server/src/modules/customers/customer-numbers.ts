import type { Run } from '../../db/prepared-pool.js';

/**
 * How a bulk write numbers its new customers. Numbers follow the order of writing, with no gaps:
 * the workspace's counter row stays locked from the moment a write takes numbers until it commits.
 * A write that waited for that lock before inserting could not insert beside the write holding it,
 * so a write may instead follow the numbers an earlier write still under way has taken (`after`):
 * it inserts with the numbers that come next, and only then takes them from the counter, once the
 * earlier write has ended, and they must be exactly those; otherwise it throws `CustomerNumbersMoved`
 * and is written again alone. Every wait is on a PostgreSQL lock, so a deadlock is seen there.
 */
export interface CustomerNumbering {
  /** The last number an earlier write under way has taken; null: take them from the counter first. */
  after: number | null;
  /** Told, before the insert, the last number this write's new customers take, or null when it takes none. */
  took(last: number | null): void;
}

/** The earlier write the numbers were to follow did not commit them, or another writer came between. */
export class CustomerNumbersMoved extends Error {
  constructor(
    readonly expected: number,
    readonly found: number | null,
  ) {
    super(`customer numbers were to follow ${expected}, the counter stood at ${found ?? 'nothing'}`);
  }
}

/**
 * The lock single inserts take (customer_number_assign.sql) before counting: shared by writes that
 * follow an earlier write's numbers, so no single insert takes a number they are about to confirm.
 */
const FOLLOWING = 'select customer_number_lock(?::uuid, true)';

/**
 * Held by a write from the moment it tells its last number until it ends, so the write following it
 * can wait for its end (it may hold no counter lock yet: it may be following another write itself).
 */
const ENDS_AT = "select pg_advisory_xact_lock(hashtext('customer_number_end ' || ?::text), ?::int)";
const ENDED_AT = "select pg_advisory_xact_lock_shared(hashtext('customer_number_end ' || ?::text), ?::int)";

/**
 * Numbers for a bulk write's `count` new customers (count > 0), before its insert; returns the number
 * before them. Without `numbering`, or with nothing to follow, they are taken from the counter, locked
 * until the write ends; following an earlier write, they come after its numbers and are counted by
 * `countFollowed` at the write's end. `numbering` is told where they end.
 */
export async function numbersFor(
  run: Run,
  workspaceId: string,
  count: number,
  numbering?: CustomerNumbering,
): Promise<number> {
  const after = numbering?.after ?? null;
  let before: number;
  if (after === null) before = await takeNumbers(run, workspaceId, count);
  else {
    await run(FOLLOWING, [workspaceId]);
    before = after;
  }
  if (numbering) {
    await run(ENDS_AT, [workspaceId, before + count]);
    numbering.took(before + count);
  }
  return before;
}

/**
 * At the end of a bulk write that followed an earlier write's numbers: takes its `count` numbers
 * from the counter once that write has ended, or throws `CustomerNumbersMoved` when the counter does
 * not stand where that write's numbers end. Nothing to do for a write that took them itself.
 */
export async function countFollowed(
  run: Run,
  workspaceId: string,
  count: number,
  numbering?: CustomerNumbering,
): Promise<void> {
  const after = numbering?.after ?? null;
  if (after === null || count === 0) return;
  await run(ENDED_AT, [workspaceId, after]);
  const [taken] = await run<{ before: number }>(
    `update customer_number_counter set last_number = last_number + ?
      where workspace_id = ? returning last_number - ? as before`,
    [count, workspaceId, count],
  );
  if (taken?.before !== after) throw new CustomerNumbersMoved(after, taken?.before ?? null);
}

async function takeNumbers(run: Run, workspaceId: string, count: number): Promise<number> {
  const [taken] = await run<{ before: number }>(
    `insert into customer_number_counter as k (workspace_id, last_number) values (?, ?)
     on conflict (workspace_id) do update set last_number = k.last_number + excluded.last_number
     returning k.last_number - ? as before`,
    [workspaceId, count, count],
  );
  if (!taken) throw new Error('the customer-number counter returned no row');
  return taken.before;
}
