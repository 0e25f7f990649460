import pg from 'pg';
import { PreparedPool, type Run } from './prepared-pool.js';

/** How long a read waits for a connection to the replica before it goes to the main database. */
const REPLICA_CONNECT_TIMEOUT_MS = 5_000;
/** After the replica failed, reads go to the main database this long before it is tried again. */
const REPLICA_REST_MS = 30_000;
/** At most one line a minute about an unreachable replica, however many reads fell back. */
const LOG_EVERY_MS = 60_000;

/** SQLSTATEs that say the replica cannot serve (connection, authentication, shutdown, recovery conflict), not that the statement is wrong. */
const UNAVAILABLE = /^(08|28|57P|53300$|3D000$|40001$)/;

/** The error comes from reaching the replica, not from the statement run on it. */
export function replicaUnavailable(error: unknown): boolean {
  if (error instanceof pg.DatabaseError) return UNAVAILABLE.test(error.code ?? '');
  const e = error as { code?: unknown; message?: unknown } | null;
  // Sockets' errors (ECONNREFUSED, ENOTFOUND, EPIPE) and node-postgres's own ("Connection terminated
  // unexpectedly", "timeout exceeded when trying to connect"); not Node's ERR_* of a wrong argument.
  const socket = typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code);
  return socket || /connect/i.test(String(e?.message ?? ''));
}

/** The URL with every session it opens read-only, keeping the URL's own `options`. */
export function readOnlyUrl(url: string): string {
  const parsed = new URL(url);
  const own = parsed.searchParams.get('options');
  parsed.searchParams.set('options', [own, '-c default_transaction_read_only=on'].filter(Boolean).join(' '));
  return parsed.toString();
}

/**
 * Where the dashboard and the card's analytics read (PATRON_ANALYTICS_DATABASE_URL): a read-only
 * replica of the main database when one is configured, else the main database. Every session on the
 * replica is read-only, so no statement can write there. A read the replica cannot serve
 * (unreachable, shutting down, a recovery conflict) is read from the main database instead, and the
 * replica is left alone for half a minute; the log says so at most once a minute.
 */
export class AnalyticsPool {
  private readonly replica: PreparedPool | null;
  private restUntil = 0;
  private loggedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly main: PreparedPool,
    /** The replica's URL and pool size; null reads the main database. */
    replica: { url: string; poolSize: number } | null,
    private readonly log: (message: string) => void,
  ) {
    this.replica = replica
      ? new PreparedPool(readOnlyUrl(replica.url), replica.poolSize, REPLICA_CONNECT_TIMEOUT_MS)
      : null;
  }

  query: Run = (sql, params) => this.read((pool) => pool.query(sql, params));

  /** `work` in one transaction on one connection; see PreparedPool.transaction. */
  transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.read((pool) => pool.transaction(work));
  }

  /**
   * When figures read now are current as of, if they come from the replica: the creation time of
   * the first change event (`outbox_event`, in the order of the transactions that wrote them) the
   * replica has not applied yet, else the main database's clock. Null when reads go to the main
   * database: the figures are live.
   */
  async asOf(): Promise<Date | null> {
    const replica = this.usable();
    if (!replica) return null;
    let newest: string;
    try {
      const [row] = await replica.query<{ tx: string }>(
        'select tx::text as tx from outbox_event order by tx desc limit 1',
        [],
      );
      newest = row?.tx ?? '0';
    } catch (error) {
      if (!replicaUnavailable(error)) throw error;
      this.failed(error);
      return null;
    }
    const [row] = await this.main.query<{ missing: Date | null; now: Date }>(
      `select (select e.created_at from outbox_event e where e.tx > ?::xid8 order by e.tx limit 1) as missing,
              now() as now`,
      [newest],
    );
    return row ? (row.missing ?? row.now) : null;
  }

  /** Closes the replica's connections; the main pool is the app's. */
  async end(): Promise<void> {
    await this.replica?.end();
  }

  private usable(): PreparedPool | null {
    return this.replica && Date.now() >= this.restUntil ? this.replica : null;
  }

  private async read<T>(work: (pool: PreparedPool) => Promise<T>): Promise<T> {
    const replica = this.usable();
    if (!replica) return work(this.main);
    try {
      return await work(replica);
    } catch (error) {
      if (!replicaUnavailable(error)) throw error;
      this.failed(error);
      return work(this.main);
    }
  }

  private failed(error: unknown): void {
    const now = Date.now();
    this.restUntil = now + REPLICA_REST_MS;
    if (now - this.loggedAt < LOG_EVERY_MS) return;
    this.loggedAt = now;
    this.log(
      `analytics replica (PATRON_ANALYTICS_DATABASE_URL) cannot be read, reading the main database: ${(error as Error).message}`,
    );
  }
}
