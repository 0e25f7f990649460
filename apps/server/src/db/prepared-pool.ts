import { createHash } from 'node:crypto';
import pg from 'pg';
import { copyOutRows } from './copy-out.js';

export type Run = <T>(sql: string, params: unknown[]) => Promise<T[]>;

const PLANNED_EACH_TIME = '/* planned each time */ ';

/**
 * Marks a statement that PostgreSQL should plan on every execution, with its parameters' values and
 * the table as it is now: a look-up of a batch's keys (`col = any(?)`) on a table that may have been
 * near empty when the connection first ran it. A named statement's generic plan, chosen then, is kept:
 * an import's first chunks made the look-up of mobiles a scan of the workspace's customers, so every
 * later chunk read them all (classifying took 6.6 s of a 16.5 s first import of 20,000 rows, and
 * grew with the table). Such a statement runs unnamed: parsed and planned each time, a fraction of a millisecond.
 */
export const plannedEachTime = (sql: string): string => `${PLANNED_EACH_TIME}${sql}`;

/**
 * A node-postgres pool for the hottest write path (the ledger): every statement is a named prepared
 * statement, so PostgreSQL parses and plans it once per connection instead of on every operation —
 * which, measured, was two thirds of an operation's cost. SQL is written with `?` placeholders like
 * the rest of the server.
 */
export class PreparedPool {
  private readonly pool: pg.Pool;
  private readonly statements = new Map<string, { name?: string; text: string }>();

  constructor(
    private readonly url: string,
    max: number,
    /** Give up on a connection not made by then (default: wait as long as the network does). */
    connectTimeoutMs?: number,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: connectTimeoutMs });
    // An idle connection that the server closes (restart, shutdown) is dropped by the pool; without a
    // listener node-postgres would turn it into an uncaught exception.
    this.pool.on('error', () => {});
  }

  private prepared(sql: string): { name?: string; text: string } {
    let statement: { name?: string; text: string } | undefined = this.statements.get(sql);
    if (!statement) {
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      statement = sql.startsWith(PLANNED_EACH_TIME)
        ? // node-postgres sends a query without a name as the unnamed statement, planned at every bind.
          { text }
        : { name: `p_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`, text };
      this.statements.set(sql, statement);
    }
    return statement;
  }

  query: Run = async <T>(sql: string, params: unknown[]) =>
    (await this.pool.query({ ...this.prepared(sql), values: params })).rows as T[];

  /**
   * Runs `work` in one transaction on one connection, with the same prepared statements; commits when
   * it resolves, rolls back when it throws.
   */
  async transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const run: Run = async <R>(sql: string, params: unknown[]) =>
      (await client.query({ ...this.prepared(sql), values: params })).rows as R[];
    try {
      await client.query('begin');
      const result = await work(run);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** A statement built for one occasion (a segment's filter): run unnamed, so nothing is kept. */
  async once<T>(sql: string, params: unknown[]): Promise<T[]> {
    let n = 0;
    return (await this.pool.query({ text: sql.replace(/\?/g, () => `$${++n}`), values: params })).rows as T[];
  }

  /**
   * A long read streamed with COPY on a connection of its own (outside the pool, so it never holds a
   * pooled connection for minutes): batches of rows as arrays of text or null. See `copyOutRows`.
   */
  copyOut(sql: string, params: unknown[], batchSize: number): AsyncGenerator<(string | null)[][]> {
    return copyOutRows(this.url, sql, params, batchSize);
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
