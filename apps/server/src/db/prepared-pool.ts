import { createHash } from 'node:crypto';
import pg from 'pg';
import { copyOutRows } from './copy-out.js';

export type Run = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * A node-postgres pool for the hottest write path (the ledger): every statement is a named prepared
 * statement, so PostgreSQL parses and plans it once per connection instead of on every operation —
 * which, measured, was two thirds of an operation's cost. SQL is written with `?` placeholders like
 * the rest of the server.
 */
export class PreparedPool {
  private readonly pool: pg.Pool;
  private readonly statements = new Map<string, { name: string; text: string }>();

  constructor(
    private readonly url: string,
    max: number,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max });
    // An idle connection that the server closes (restart, shutdown) is dropped by the pool; without a
    // listener node-postgres would turn it into an uncaught exception.
    this.pool.on('error', () => {});
  }

  private prepared(sql: string): { name: string; text: string } {
    let statement = this.statements.get(sql);
    if (!statement) {
      let n = 0;
      statement = {
        name: `p_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`,
        text: sql.replace(/\?/g, () => `$${++n}`),
      };
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
