import type { MikroORM } from '@mikro-orm/postgresql';
import type { PatronModule, PatronServices } from '@patron/sdk';
import type { GraphQLSchema } from 'graphql';
import { AnalyticsPool } from './db/analytics-pool.js';
import { type MigrationList, migrate, migrations, openDatabase } from './db/orm.js';
import { PreparedPool } from './db/prepared-pool.js';
import { buildPatronSchema } from './graphql/schema.js';
import { JobQueue, type PatronRole } from './jobs/job-queue.js';
import type { JobQueueOptions } from './jobs/queue-settings.js';
import { DEFAULT_PASSWORD_HASH_COST, type PasswordHashCost } from './modules/auth/passwords.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './modules/auth/session-policy.js';
import { backupsModule } from './modules/backups/backups.module.js';
import type { BackupSchedule } from './modules/backups/nightly-backups.js';
import { PUSH_SERVICE_HOSTS } from './modules/channel-push/push-service-hosts.js';
import { searchLocaleWarning } from './modules/customer-search/search-locale.js';
import { OutboxDispatcher } from './modules/events/outbox-dispatcher.js';
import { coreModules } from './modules/index.js';
import { WEBHOOK_RETRY_DELAYS } from './modules/webhooks/webhook-sender.js';
import {
  type CardTabSource,
  type CustomerFieldSourceOf,
  kernelModule,
  type ServerSecrets,
  type WebhookSettings,
} from './runtime/kernel.js';
import { ModuleServices } from './runtime/module-services.js';

export interface PatronApp {
  orm: MikroORM;
  modules: readonly PatronModule[];
  schema: GraphQLSchema;
  /** Every module's services, by name: what resolvers, jobs, handlers and plugins use. */
  services: PatronServices;
  jobs: JobQueue;
  outbox: OutboxDispatcher;
  close(): Promise<void>;
}

/** The entities and migrations of the core modules and these plugins: what the database is opened with. */
export function databaseParts(plugins: PatronModule[] = []): {
  entities: unknown[];
  migrations: MigrationList;
} {
  const features = [...coreModules, ...plugins];
  return {
    entities: features.flatMap((m) => m.entities ?? []),
    migrations: [...migrations, ...features.flatMap((m) => (m.migrations ?? []) as MigrationList)],
  };
}

/**
 * Opens the database, applies migrations and builds every enabled module from its declaration:
 * services, schema, event handlers, jobs and field sources. Core modules and plugins go through the
 * same loop; nothing is wired by hand.
 */
export async function createPatronApp(options: {
  databaseUrl: string;
  /** PATRON_ANALYTICS_DATABASE_URL: a read-only replica the dashboard and the card's analytics read. */
  analyticsDatabaseUrl?: string | null;
  plugins?: PatronModule[];
  log?: (message: string) => void;
  /**
   * Schedule periodic jobs and poll for undelivered events; tests drain the outbox and kick jobs
   * themselves (their runs still go through the queue and this process's workers).
   */
  pollEvents?: boolean;
  /** PATRON_ROLE: `api` enqueues and runs no jobs, `worker` runs them, `all` (default) both. */
  role?: PatronRole;
  /** Retries and the queue's pool (PATRON_JOB_RETRY_LIMIT). */
  jobQueue?: JobQueueOptions;
  /** Database connections (default 10). */
  poolSize?: number;
  sessionPolicy?: SessionPolicy;
  /** argon2id cost of staff passwords (default argon2's: 64 MiB, 3 passes). */
  passwordHashCost?: PasswordHashCost;
  /** PATRON_SECRET_KEY and PATRON_PUBLIC_URL (default: no key, links to http://localhost:4000). */
  serverSecrets?: Partial<ServerSecrets>;
  /** PATRON_PUSH_SERVICE_HOSTS (default: the browsers' own push services, `PUSH_SERVICE_HOSTS`). */
  pushServiceHosts?: readonly string[];
  /** PATRON_WEBHOOK_ALLOW_PRIVATE (default off) and the retry schedule (default WEBHOOK_RETRY_DELAYS). */
  webhooks?: Partial<WebhookSettings>;
  /** Nightly backups (the embedded database, PATRON_BACKUP_KEEP); none when absent. */
  backups?: Omit<BackupSchedule, 'databaseUrl'>;
}): Promise<PatronApp> {
  const log = options.log ?? ((m: string) => console.log(m));
  const backups = options.backups
    ? [backupsModule({ ...options.backups, databaseUrl: options.databaseUrl })]
    : [];
  const features = [...coreModules, ...backups, ...(options.plugins ?? [])];
  const parts = databaseParts(options.plugins);
  const orm = await openDatabase(options.databaseUrl, parts.entities, options.poolSize, parts.migrations);
  let jobsStarted: JobQueue | null = null;
  try {
    const applied = await migrate(orm);
    if (applied.migrations.length) log(`applied migrations: ${applied.migrations.join(', ')}`);
    if (applied.functions.length) log(`applied database functions: ${applied.functions.join(', ')}`);
    const searchWarning = await searchLocaleWarning((q: string) =>
      orm.em.getConnection().execute<{ ctype: string }[]>(q),
    );
    if (searchWarning) log(`warning: ${searchWarning}`);

    const sql = new PreparedPool(options.databaseUrl, options.poolSize ?? 10);
    const analyticsSql = new AnalyticsPool(
      sql,
      options.analyticsDatabaseUrl
        ? { url: options.analyticsDatabaseUrl, poolSize: options.poolSize ?? 10 }
        : null,
      log,
    );
    let outbox: OutboxDispatcher | null = null;
    let jobs: JobQueue | null = null;
    let fieldSources: CustomerFieldSourceOf[] = [];
    let cardTabSources: CardTabSource[] = [];
    const modules: PatronModule[] = [
      kernelModule({
        orm,
        sql,
        analyticsSql,
        log,
        modules: features,
        events: () => outbox as OutboxDispatcher,
        jobs: () => jobs as JobQueue,
        customerFieldSources: () => fieldSources,
        cardTabSources: () => cardTabSources,
        sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
        passwordHashCost: options.passwordHashCost ?? DEFAULT_PASSWORD_HASH_COST,
        serverSecrets: {
          secretKey: options.serverSecrets?.secretKey ?? null,
          publicUrl: options.serverSecrets?.publicUrl ?? 'http://localhost:4000',
        },
        pushServiceHosts: options.pushServiceHosts ?? PUSH_SERVICE_HOSTS,
        webhookSettings: {
          allowPrivate: options.webhooks?.allowPrivate ?? false,
          retryDelaysSeconds: options.webhooks?.retryDelaysSeconds ?? WEBHOOK_RETRY_DELAYS,
        },
      }),
      ...features,
    ];
    const registry = new ModuleServices(modules);
    outbox = new OutboxDispatcher(
      sql,
      features.flatMap((m) =>
        (m.eventHandlers ?? []).map((handler) => ({ handler, services: registry.of(m) })),
      ),
      log,
    );
    jobs = new JobQueue(
      options.databaseUrl,
      modules.flatMap((m) => (m.jobs ?? []).map((job) => ({ job, services: registry.of(m) }))),
      log,
      options.jobQueue,
    );
    fieldSources = features.flatMap((m) => {
      const services = registry.of(m);
      const fixed = m.customerFields ?? [];
      return [
        ...(fixed.length ? [{ module: m.name, load: async () => fixed }] : []),
        ...(m.customerFieldSources ?? []).map((source) => ({
          module: m.name,
          load: (workspaceId: string) => source(workspaceId, services),
        })),
      ];
    });
    cardTabSources = features.flatMap((m) =>
      (m.cardTabs ?? []).map((tab) => ({ module: m.name, tab, services: registry.of(m) })),
    );
    registry.buildAll();
    for (const m of features) await m.onStart?.(registry.of(m));

    const app: PatronApp = {
      orm,
      modules: features,
      schema: await buildPatronSchema(features),
      services: registry.all,
      jobs,
      outbox,
      async close() {
        await (jobs as JobQueue).stop();
        await (outbox as OutboxDispatcher).stop();
        for (const m of features)
          await m.onStop?.(registry.of(m)).catch((e: Error) => log(`${m.name} stop: ${e.message}`));
        await analyticsSql.end();
        await sql.end();
        await orm.close(true);
      },
    };
    const role = options.role ?? 'all';
    const schedule = options.pollEvents !== false;
    jobsStarted = jobs;
    await jobs.start(role, schedule);
    // Every process delivers the events its own commits wrote (a kick right after commit), so
    // handlers see them within milliseconds; the periodic look for missed ones is the workers'.
    if (schedule && role !== 'api') outbox.start();
    return app;
  } catch (error) {
    await jobsStarted?.stop().catch(() => {});
    await orm.close(true);
    throw error;
  }
}
