import type { MikroORM } from '@mikro-orm/postgresql';
import type { PatronModule, PatronServices } from '@patron/sdk';
import type { GraphQLSchema } from 'graphql';
import { migrate, migrations, openDatabase } from './db/orm.js';
import { PreparedPool } from './db/prepared-pool.js';
import { buildPatronSchema } from './graphql/schema.js';
import { JobRunner } from './jobs/job-runner.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './modules/auth/session-policy.js';
import { OutboxDispatcher } from './modules/events/outbox-dispatcher.js';
import { coreModules } from './modules/index.js';
import { type CustomerFieldSourceOf, kernelModule } from './runtime/kernel.js';
import { ModuleServices } from './runtime/module-services.js';

export interface PatronApp {
  orm: MikroORM;
  modules: readonly PatronModule[];
  schema: GraphQLSchema;
  /** Every module's services, by name: what resolvers, jobs, handlers and plugins use. */
  services: PatronServices;
  jobs: JobRunner;
  outbox: OutboxDispatcher;
  close(): Promise<void>;
}

/**
 * Opens the database, applies migrations and builds every enabled module from its declaration:
 * services, schema, event handlers, jobs and field sources. Core modules and plugins go through the
 * same loop; nothing is wired by hand.
 */
export async function createPatronApp(options: {
  databaseUrl: string;
  plugins?: PatronModule[];
  log?: (message: string) => void;
  /** Run jobs and poll for undelivered events; tests drain the outbox and kick jobs themselves. */
  pollEvents?: boolean;
  /** Database connections (default 10). */
  poolSize?: number;
  sessionPolicy?: SessionPolicy;
}): Promise<PatronApp> {
  const log = options.log ?? ((m: string) => console.log(m));
  const features = [...coreModules, ...(options.plugins ?? [])];
  const orm = await openDatabase(
    options.databaseUrl,
    features.flatMap((m) => m.entities ?? []),
    options.poolSize,
    [...migrations, ...features.flatMap((m) => (m.migrations ?? []) as typeof migrations)],
  );
  try {
    const applied = await migrate(orm);
    if (applied.migrations.length) log(`applied migrations: ${applied.migrations.join(', ')}`);
    if (applied.functions.length) log(`applied database functions: ${applied.functions.join(', ')}`);

    const sql = new PreparedPool(options.databaseUrl, options.poolSize ?? 10);
    let outbox: OutboxDispatcher | null = null;
    let jobs: JobRunner | null = null;
    let fieldSources: CustomerFieldSourceOf[] = [];
    const modules: PatronModule[] = [
      kernelModule({
        orm,
        sql,
        log,
        modules: features,
        events: () => outbox as OutboxDispatcher,
        jobs: () => jobs as JobRunner,
        customerFieldSources: () => fieldSources,
        sessionPolicy: options.sessionPolicy ?? DEFAULT_SESSION_POLICY,
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
    jobs = new JobRunner(
      features.flatMap((m) => (m.jobs ?? []).map((job) => ({ job, services: registry.of(m) }))),
      log,
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
        await (jobs as JobRunner).stop();
        await (outbox as OutboxDispatcher).stop();
        await sql.end();
        await orm.close(true);
      },
    };
    if (options.pollEvents !== false) {
      outbox.start();
      jobs.start();
    }
    return app;
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}
