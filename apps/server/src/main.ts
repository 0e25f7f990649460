import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LocalPostgres, serverSettings, startLocalPostgres } from '@patron/local-postgres';
import type { PatronApp } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { keptSecretKey } from './config/kept-secret-key.js';
import { listenUrl } from './config/listen-host.js';
import { quietPostgresLog } from './config/postgres-log.js';
import { createDemoPassword, demoPasswordFile, readDemoPassword } from './modules/demo/demo-password.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const log = (message: string) => console.log(`[patron] ${message}`);
const postgresLog = quietPostgresLog(log);
/** A stop that hangs (a stuck connection) must not keep the process from exiting. */
const STOP_TIMEOUT_MS = 20_000;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, repoRoot);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  let stopping = false;
  const stops: [string, () => Promise<void>][] = [];
  const shutdown = async (code: number, reason?: string) => {
    if (stopping) return;
    stopping = true;
    // Should the loop empty while a stop waits (nothing left to wait on), node exits with this code,
    // and still says why.
    process.exitCode = code;
    const said = () => log(reason ?? 'stopped');
    process.once('exit', said);
    setTimeout(() => {
      process.off('exit', said);
      log(`${reason ?? 'stopped'} (without waiting longer for what was stopping)`);
      process.exit(code || 1);
    }, STOP_TIMEOUT_MS).unref();
    // HTTP first, then the database pools, then PostgreSQL: nothing is connected when it stops.
    for (const [name, stop] of stops.reverse()) {
      if (process.env.PATRON_DEBUG_STOP) log(`stopping ${name}`);
      await stop().catch((e: Error) => log(`while stopping ${name}: ${e.message}`));
    }
    process.exit(code);
  };
  // An error nothing caught (a connection dropped under a query when PostgreSQL died) stops Patron
  // cleanly with exit code 1, after a moment in which the cause, if it is PostgreSQL's end, is named.
  process.on('uncaughtException', (error) => {
    log(`unexpected error: ${error.stack ?? error.message}`);
    setTimeout(() => void shutdown(1, 'Patron stopped after an unexpected error; start it again'), 1000);
  });
  // Ctrl-C and a supervisor's stop are a normal end: exit 0, so pnpm does not report a failure.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

  // The app's modules take seconds to load on a busy machine: load them while PostgreSQL starts.
  const modules = loadModules();
  modules.catch(() => {});
  try {
    let databaseUrl = config.databaseUrl;
    let postgres: LocalPostgres | null = null;
    if (!databaseUrl) {
      log(`starting the embedded PostgreSQL in ${config.dataDir}`);
      const pg = await startLocalPostgres({
        dataDir: config.dataDir,
        log: postgresLog,
        settings: serverSettings(),
      });
      postgres = pg;
      stops.push(['PostgreSQL', () => pg.stop()]);
      databaseUrl = pg.url;
      // Without its database every request fails; exit non-zero so that a supervisor starts us again.
      void pg.exited.then(({ code, signal }) => {
        if (stopping) return;
        const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
        void shutdown(1, `the embedded PostgreSQL ${how}; Patron stopped, start it again`);
      });
    }
    let secretKey = config.secretKey;
    if (!secretKey && postgres) {
      const kept = await keptSecretKey(postgres.dataDir);
      secretKey = kept.key;
      if (kept.created)
        log(
          `generated a secret key for stored secrets (channel passwords, webhook and two-factor secrets) and signed links: ${kept.file}`,
        );
    }
    const { createPatronApp, loadPlugins, startHttpServer, seedDemoAccounts, DEMO_ADMIN } = await modules;
    const plugins = await loadPlugins(config.plugins, config.pluginOptions);
    const app = await createPatronApp({
      databaseUrl,
      analyticsDatabaseUrl: config.analyticsDatabaseUrl,
      plugins,
      log,
      sessionPolicy: config.sessionPolicy,
      role: config.role,
      jobQueue: { retryLimit: config.jobRetryLimit },
      passwordHashCost: config.passwordHashCost,
      serverSecrets: { secretKey, publicUrl: config.publicUrl },
      pushServiceHosts: config.pushServiceHosts,
      webhooks: { allowPrivate: config.webhookAllowPrivate },
      backups:
        postgres && config.backupKeep > 0
          ? {
              dir: path.join(postgres.dataDir, 'backups'),
              keep: config.backupKeep,
              // The kept key travels with the backup; a key from the environment is the operator's.
              secretKey: config.secretKey ? null : secretKey,
            }
          : undefined,
    });
    stops.push(['database connections', () => app.close()]);
    if (config.role === 'worker') {
      log('Patron is running as a worker: jobs only, no HTTP (PATRON_ROLE=worker).');
      log('Press Ctrl-C to stop.');
      return;
    }

    let demo: { password: string; workspaceId: string } | null = null;
    if (postgres && config.demo && (await app.services.workspaces.count()) === 0) {
      const password = await createDemoPassword(postgres.dataDir);
      demo = { password, workspaceId: await seedDemoAccounts(app, password) };
    }
    await adminSpaBuilt();
    const http = await startHttpServer(app, {
      port: config.port,
      host: config.host,
      adminDir: config.adminDir,
      secureCookies: config.secureCookies,
      trustProxy: config.trustProxy,
      log,
      limits: {
        requestTimeoutSeconds: config.requestTimeoutSeconds,
        uploadBytes: config.uploadMaxMegabytes * 1024 * 1024,
        anonymousPerMinute: config.anonymousRequestsPerMinute,
      },
    });
    stops.push(['HTTP server', () => http.close()]);

    const port = (http.server.address() as { port: number }).port;
    const url = listenUrl(config.host, port);
    log(
      `Patron is running at ${url}${config.role === 'api' ? ' (PATRON_ROLE=api: jobs run in workers)' : ''}`,
    );
    log(`  admin:      ${url}/`);
    log(`  API:        ${url}/graphql`);
    log(`  playground: ${url}/graphiql`);
    if (demo) {
      log(`  demo login: ${DEMO_ADMIN.email} / ${demo.password}`);
      log(`              (shown once; kept in ${demoPasswordFile((postgres as LocalPostgres).dataDir)})`);
    } else if (postgres && (await readDemoPassword(postgres.dataDir))) {
      log(`  demo login: ${DEMO_ADMIN.email}, password in ${demoPasswordFile(postgres.dataDir)}`);
    }
    log('Press Ctrl-C to stop.');
    if (demo) void addDemoData(app, demo, () => stopping, (await modules).seedDemoData);
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error('[patron] failed to start:', error);
    await shutdown(1, 'failed to start');
  }
}

async function loadModules() {
  const [app, http, demo, plugins] = await Promise.all([
    import('./app.js'),
    import('./http/http-server.js'),
    import('./modules/demo/seed-demo.js'),
    import('./plugins.js'),
  ]);
  return { ...app, ...http, ...demo, ...plugins };
}

/**
 * Under `pnpm start` the SPA may still be building (scripts/start.mjs builds it while the database
 * starts); the port opens once it is there, so the first page a browser asks for is the SPA's.
 */
function adminSpaBuilt(): Promise<void> {
  if (process.env.PATRON_ADMIN_BUILDING !== '1' || !process.send) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      process.disconnect?.();
      resolve();
    };
    process.on('message', (message) => message === 'admin-built' && done());
    process.once('disconnect', resolve);
  });
}

/** The demo club's customers, purchases and tiers, written while the admin can already sign in. */
async function addDemoData(
  app: PatronApp,
  demo: { password: string; workspaceId: string },
  stopping: () => boolean,
  seedDemoData: typeof import('./modules/demo/seed-demo.js').seedDemoData,
): Promise<void> {
  const started = Date.now();
  log('adding the demo club: 2,000 customers with purchases and balances (sign in meanwhile)…');
  try {
    await seedDemoData(app, demo.workspaceId, demo.password);
    log(`demo club ready (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  } catch (error) {
    if (!stopping()) log(`could not finish the demo club: ${(error as Error).message}`);
  }
}

void main();
