import { createPatronApp, type PatronApp } from '../app.js';
import type { Config } from '../config/config.js';
import { loadPlugins } from '../plugins.js';
import { startDatabase } from './configured-database.js';

export { readConfig } from './configured-database.js';

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
