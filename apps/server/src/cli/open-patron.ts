import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type LocalPostgres,
  serverSettings,
  startLocalPostgres,
  stopOnSignals,
} from '@patron/local-postgres';
import { createPatronApp, type PatronApp } from '../app.js';
import { type Config, loadConfig } from '../config/config.js';
import { quietPostgresLog } from '../config/postgres-log.js';
import { loadPlugins } from '../plugins.js';

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

/**
 * Patron on its configured database — DATABASE_URL, or the embedded PostgreSQL in PATRON_DATA_DIR,
 * started for the command — with the migrations applied and the configured plugins loaded, as
 * `pnpm start` opens it but without the HTTP server and the background jobs.
 */
export async function openPatron(
  config: Config,
  log: (message: string) => void,
): Promise<{ app: PatronApp; close(): Promise<void> }> {
  const database = await startDatabase(config, log);
  try {
    const plugins = await loadPlugins(config.plugins, config.pluginOptions);
    const app = await createPatronApp({
      databaseUrl: database.url,
      plugins,
      log,
      pollEvents: false,
      poolSize: 2,
      role: 'api',
      // A workspace's first admin made here gets the cost the server signs in with.
      passwordHashCost: config.passwordHashCost,
      serverSecrets: { secretKey: config.secretKey, publicUrl: config.publicUrl },
    });
    return {
      app,
      async close() {
        await app.close();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
