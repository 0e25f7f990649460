import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { WorkspaceKeySubscriber } from '../modules/workspaces/workspace-filter.js';
import { applyFunctionSources } from './function-sources.js';
import { Migration20261204000000_baseline } from './migrations/Migration20261204000000_baseline.js';
import { Migration20261206100000_outbox_commit_order } from './migrations/Migration20261206100000_outbox_commit_order.js';
import { Migration20261207000000_ledger_occurred_at } from './migrations/Migration20261207000000_ledger_occurred_at.js';

/**
 * Committed migrations, in order; the schema is never synchronised from entities. The functions and
 * triggers are not migrations: see function-sources.ts.
 */
export const migrations = [
  { name: 'Migration20261204000000_baseline', class: Migration20261204000000_baseline },
  { name: 'Migration20261206100000_outbox_commit_order', class: Migration20261206100000_outbox_commit_order },
  { name: 'Migration20261207000000_ledger_occurred_at', class: Migration20261207000000_ledger_occurred_at },
];

/** The core migrations and those enabled modules declare, applied in name order. */
export type MigrationList = typeof migrations;

export async function openDatabase(
  url: string,
  entities: unknown[],
  poolSize = 10,
  migrationsList: MigrationList = migrations,
): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: url,
    // biome-ignore lint/suspicious/noExplicitAny: entity schemas from many modules
    entities: entities as any[],
    extensions: [Migrator],
    // Flushed updates of business entities name their workspace (workspace-filter.ts).
    subscribers: [new WorkspaceKeySubscriber()],
    // Migrations are written by hand, so no schema snapshot is kept.
    migrations: {
      migrationsList: [...migrationsList].sort((a, b) => a.name.localeCompare(b.name)),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // A new PostgreSQL backend maps shared buffers page by page as it first reads them: on 1,000,000
    // customers its first count took 0.8–1.7 s, the same count again on that connection 0.26–1.1 s.
    // node-postgres closes a connection after 10 s idle, so staff working at a human pace would pay that
    // on most counts; connections are kept for 5 minutes instead.
    pool: { min: 0, max: poolSize, idleTimeoutMillis: 300_000 },
    debug: false,
  });
}

export interface Migrated {
  migrations: string[];
  /** Function files applied because their content changed. */
  functions: string[];
}

/**
 * Brings the database up to date in one transaction: the versioned migrations, then the function
 * files whose content changed (function-sources.ts). The transaction first takes an advisory lock, so
 * a second process starting at the same time waits for the first, then finds nothing left to do.
 */
export async function migrate(orm: MikroORM): Promise<Migrated> {
  const connection = orm.em.getConnection();
  // The migrator checks the database and makes its table on first use, on pooled connections of its
  // own, so that is done before the transaction holds one (a pool of one connection would wait for
  // itself). Two processes making the table at once: one fails, and finds it made the second time.
  await orm.migrator.getExecuted().catch(() => orm.migrator.getExecuted());
  return connection.transactional(async (trx) => {
    const run = (sql: string, params: unknown[] = []) => connection.execute(sql, params, 'all', trx);
    await run('select pg_advisory_xact_lock(hashtextextended(?, 0))', ['patron:migrate']);
    const migrations = (await orm.migrator.up({ transaction: trx })).map((m) => m.name);
    const functions = await applyFunctionSources(run);
    return { migrations, functions };
  });
}

/**
 * The versioned migrations up to and including `last`, without the function files, under the same
 * lock as migrate(): a restore recreates the schema its backup was taken at before loading it, and
 * migrate() brings the rest afterwards, as on any start.
 */
export async function migrateTo(orm: MikroORM, last: string): Promise<string[]> {
  const connection = orm.em.getConnection();
  await orm.migrator.getExecuted().catch(() => orm.migrator.getExecuted());
  return connection.transactional(async (trx) => {
    await connection.execute(
      'select pg_advisory_xact_lock(hashtextextended(?, 0))',
      ['patron:migrate'],
      'all',
      trx,
    );
    return (await orm.migrator.up({ to: last, transaction: trx })).map((m) => m.name);
  });
}
