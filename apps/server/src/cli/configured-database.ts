import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type LocalPostgres,
  serverSettings,
  startLocalPostgres,
  stopOnSignals,
} from '@patron/local-postgres';
import { type Config, loadConfig } from '../config/config.js';
import { quietPostgresLog } from '../config/postgres-log.js';

// Apart from open-patron.ts: commands that need no app (backup) do not load its modules.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The settings `pnpm start` reads; a wrong one throws ConfigError naming it. */
export function readConfig(): Config {
  return loadConfig(process.env, repoRoot);
}

/** The configured database: DATABASE_URL's, or the embedded PostgreSQL in PATRON_DATA_DIR, started here. */
export interface ConfiguredDatabase {
  url: string;
  /** How to name it to a person: `the database "patron" on db.internal:5432`. */
  label: string;
  /** The embedded cluster's folder; null for DATABASE_URL. */
  dataDir: string | null;
  stop(): Promise<void>;
}

/** The configured database as a person knows it, before it is started. */
export function databaseLabel(config: Config): string {
  if (!config.databaseUrl) return `the embedded database in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1)) || url.username;
  return `the database "${name}" on ${url.hostname}:${url.port || 5432}`;
}

export async function startDatabase(
  config: Config,
  log: (message: string) => void,
): Promise<ConfiguredDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, label: databaseLabel(config), dataDir: null, stop: async () => {} };
  }
  log(`starting the embedded PostgreSQL in ${config.dataDir}`);
  const postgres: LocalPostgres = await startLocalPostgres({
    dataDir: config.dataDir,
    log: quietPostgresLog(log),
    settings: serverSettings(),
  });
  stopOnSignals(postgres);
  return {
    url: postgres.url,
    label: `the embedded database in ${postgres.dataDir}`,
    dataDir: postgres.dataDir,
    stop: () => postgres.stop(),
  };
}
