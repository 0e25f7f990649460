import path from 'node:path';
import {
  type LocalPostgres,
  serverSettings,
  startLocalPostgres,
  stopOnSignals,
} from '@patron/local-postgres';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  /** Where it came from, for the report. */
  origin: string;
  stop(): Promise<void>;
}

/**
 * The embedded server runs as `pnpm start` runs it (serverSettings: memory sized to the machine,
 * durable commits), so a figure is what a user gets. DATABASE_URL is taken as is.
 */
export const EMBEDDED_SETTINGS = serverSettings();

/**
 * DATABASE_URL if set (it should name a database the benchmark may own), else the embedded server in
 * $PATRON_DATA_DIR/bench or <repo>/.patron/bench with its own database (`patron_bench` for lists), kept between runs
 * so that the second run skips generation, or created afresh (`fresh`) so that every run starts alike.
 */
export async function openBenchDatabase(
  repoRoot: string,
  log: (m: string) => void,
  database = 'patron_bench',
  options: { fresh?: boolean } = {},
): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) return { url: external, origin: 'DATABASE_URL', stop: async () => {} };

  const dataDir = process.env.PATRON_DATA_DIR?.trim()
    ? path.join(path.resolve(repoRoot, process.env.PATRON_DATA_DIR.trim()), 'bench')
    : path.join(repoRoot, '.patron', 'bench');
  log(`starting the embedded PostgreSQL in ${dataDir}`);
  const server: LocalPostgres = await startLocalPostgres({
    dataDir,
    settings: EMBEDDED_SETTINGS,
    log: (line) => {
      if (/ERROR|FATAL|PANIC|Creating PostgreSQL/.test(line)) log(line);
    },
  });
  // Ctrl-C stops PostgreSQL cleanly instead of leaving it running.
  stopOnSignals(server);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    if (options.fresh) await admin.query(`drop database if exists ${database} with (force)`);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await admin.query(`create database ${database}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${database}`;
  return { url: url.toString(), origin: `embedded (${server.dataDir})`, stop: () => server.stop() };
}

/** A direct node-postgres pool: the baseline's road to the database, with no ORM in between. */
export function baselinePool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => {});
  return pool;
}

/** How a benchmark's PostgreSQL was set, for its report: the embedded server's settings or DATABASE_URL. */
export function databaseSettingsText(db: BenchDatabase): string {
  return db.origin.startsWith('embedded')
    ? `embedded; ${Object.entries(EMBEDDED_SETTINGS)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`
    : db.origin;
}
