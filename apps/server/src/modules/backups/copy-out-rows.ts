import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/**
 * Runs `copy … to stdout` (`sql`) into `destinations` and answers how many rows PostgreSQL says it
 * sent. pg-copy-streams ends its stream at CopyDone and reads the count from the CommandComplete that
 * follows; on a busy machine the destinations can finish before that message is read, and the count
 * is still 0 (a backup's manifest then says 0 rows for a table it holds, and its restore is refused).
 * node-postgres sends the next statement only after the COPY's ReadyForQuery, so once that statement
 * has answered, the count has been read.
 */
export async function copyOutRows(
  client: pg.Client,
  sql: string,
  first: Writable,
  ...rest: Writable[]
): Promise<number> {
  const copy = client.query(copyTo(sql));
  await pipeline([copy, first, ...rest]);
  await client.query('select 1');
  return copy.rowCount;
}
