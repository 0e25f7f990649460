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

/**
 * Patron on its configured database — DATABASE_URL, or the embedded PostgreSQL in PATRON_DATA_DIR,
 * started for the command — with the migrations applied and the configured plugins loaded, as
 * `pnpm start` opens it but without the HTTP server and the background jobs.
 */
export async function openPatron(
  config: Config,
  log: (message: string) => void,
): Promise<{ app: PatronApp; close(): Promise<void> }> {
  let postgres: LocalPostgres | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    log(`starting the embedded PostgreSQL in ${config.dataDir}`);
    postgres = await startLocalPostgres({
      dataDir: config.dataDir,
      log: quietPostgresLog(log),
      settings: serverSettings(),
    });
    stopOnSignals(postgres);
    databaseUrl = postgres.url;
  }
  try {
    const plugins = await loadPlugins(config.plugins, config.pluginOptions);
    const app = await createPatronApp({
      databaseUrl,
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
        await postgres?.stop();
      },
    };
  } catch (error) {
    await postgres?.stop();
    throw error;
  }
}
