import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LocalPostgres, serverSettings, startLocalPostgres } from '@patron/local-postgres';
import { createPatronApp } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { quietPostgresLog } from './config/postgres-log.js';
import { startHttpServer } from './http/http-server.js';
import { DEMO_ADMIN, seedDemo } from './modules/demo/seed-demo.js';
import { loadPlugins } from './plugins.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const log = (message: string) => console.log(`[patron] ${message}`);
const postgresLog = quietPostgresLog(log);

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, repoRoot);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  let postgres: LocalPostgres | null = null;
  let stopping = false;
  const stops: [string, () => Promise<void>][] = [];
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    for (const [name, stop] of stops.reverse()) {
      if (process.env.PATRON_DEBUG_STOP) log(`stopping ${name}`);
      await stop().catch((e: Error) => log(`while stopping ${name}: ${e.message}`));
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0));

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      log(`starting the embedded PostgreSQL in ${config.dataDir}`);
      postgres = await startLocalPostgres({
        dataDir: config.dataDir,
        log: postgresLog,
        settings: serverSettings(),
      });
      stops.push(['PostgreSQL', () => (postgres as LocalPostgres).stop()]);
      databaseUrl = postgres.url;
    }
    const plugins = await loadPlugins(config.plugins, config.pluginOptions);
    const app = await createPatronApp({ databaseUrl, plugins, log, sessionPolicy: config.sessionPolicy });
    stops.push(['database connections', () => app.close()]);

    if (postgres && config.demo && (await app.services.workspaces.count()) === 0) {
      log('empty database: creating the demo club with 2,000 customers…');
      await seedDemo(app);
    }
    const http = await startHttpServer(app, {
      port: config.port,
      adminDir: config.adminDir,
      secureCookies: config.secureCookies,
      trustProxy: config.trustProxy,
      log,
    });
    stops.push(['HTTP server', () => http.close()]);

    log(`Patron is running at ${http.url}`);
    log(`  admin:      ${http.url}/`);
    log(`  API:        ${http.url}/graphql`);
    log(`  playground: ${http.url}/graphiql`);
    if (postgres) log(`  demo login: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
    log('Press Ctrl-C to stop.');
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error('[patron] failed to start:', error);
    await shutdown(1);
  }
}

void main();
