import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { applyFunctionSources } from './function-sources.js';
import { Migration20261123000000_initial } from './migrations/Migration20261123000000_initial.js';
import { Migration20261123100000_lists } from './migrations/Migration20261123100000_lists.js';
import { Migration20261123110000_search_statistics } from './migrations/Migration20261123110000_search_statistics.js';
import { Migration20261123200000_ledger } from './migrations/Migration20261123200000_ledger.js';
import { Migration20261123210000_ledger_apply } from './migrations/Migration20261123210000_ledger_apply.js';
import { Migration20261123220000_balance_batches } from './migrations/Migration20261123220000_balance_batches.js';
import { Migration20261123300000_purchases } from './migrations/Migration20261123300000_purchases.js';
import { Migration20261123310000_tiers_groups } from './migrations/Migration20261123310000_tiers_groups.js';
import { Migration20261123320000_rfm } from './migrations/Migration20261123320000_rfm.js';
import { Migration20261123330000_outbox_cursor } from './migrations/Migration20261123330000_outbox_cursor.js';
import { Migration20261123340000_batch_key_lookup } from './migrations/Migration20261123340000_batch_key_lookup.js';
import { Migration20261123350000_ledger_apply_lean } from './migrations/Migration20261123350000_ledger_apply_lean.js';
import { Migration20261123360000_ledger_group_commit } from './migrations/Migration20261123360000_ledger_group_commit.js';
import { Migration20261123370000_batch_trigger_when } from './migrations/Migration20261123370000_batch_trigger_when.js';
import { Migration20261123380000_batch_balance_lookup } from './migrations/Migration20261123380000_batch_balance_lookup.js';
import { Migration20261123390000_batch_lock_probe } from './migrations/Migration20261123390000_batch_lock_probe.js';
import { Migration20261123400000_ledger_apply_fewer_statements } from './migrations/Migration20261123400000_ledger_apply_fewer_statements.js';
import { Migration20261123410000_ledger_checks_as_domains } from './migrations/Migration20261123410000_ledger_checks_as_domains.js';
import { Migration20261123420000_group_commit_set_based } from './migrations/Migration20261123420000_group_commit_set_based.js';

/**
 * Committed migrations, in order; the schema is never synchronised from entities. The functions and
 * triggers are applied after them from their own files: see function-sources.ts.
 */
export const migrations = [
  { name: 'Migration20261123000000_initial', class: Migration20261123000000_initial },
  { name: 'Migration20261123100000_lists', class: Migration20261123100000_lists },
  {
    name: 'Migration20261123110000_search_statistics',
    class: Migration20261123110000_search_statistics,
  },
  { name: 'Migration20261123200000_ledger', class: Migration20261123200000_ledger },
  { name: 'Migration20261123210000_ledger_apply', class: Migration20261123210000_ledger_apply },
  { name: 'Migration20261123220000_balance_batches', class: Migration20261123220000_balance_batches },
  { name: 'Migration20261123300000_purchases', class: Migration20261123300000_purchases },
  { name: 'Migration20261123310000_tiers_groups', class: Migration20261123310000_tiers_groups },
  { name: 'Migration20261123320000_rfm', class: Migration20261123320000_rfm },
  { name: 'Migration20261123330000_outbox_cursor', class: Migration20261123330000_outbox_cursor },
  { name: 'Migration20261123340000_batch_key_lookup', class: Migration20261123340000_batch_key_lookup },
  { name: 'Migration20261123350000_ledger_apply_lean', class: Migration20261123350000_ledger_apply_lean },
  { name: 'Migration20261123360000_ledger_group_commit', class: Migration20261123360000_ledger_group_commit },
  { name: 'Migration20261123370000_batch_trigger_when', class: Migration20261123370000_batch_trigger_when },
  {
    name: 'Migration20261123380000_batch_balance_lookup',
    class: Migration20261123380000_batch_balance_lookup,
  },
  { name: 'Migration20261123390000_batch_lock_probe', class: Migration20261123390000_batch_lock_probe },
  {
    name: 'Migration20261123400000_ledger_apply_fewer_statements',
    class: Migration20261123400000_ledger_apply_fewer_statements,
  },
  {
    name: 'Migration20261123410000_ledger_checks_as_domains',
    class: Migration20261123410000_ledger_checks_as_domains,
  },
  {
    name: 'Migration20261123420000_group_commit_set_based',
    class: Migration20261123420000_group_commit_set_based,
  },
];

export async function openDatabase(url: string, entities: unknown[], poolSize = 10): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: url,
    // biome-ignore lint/suspicious/noExplicitAny: entity schemas from many modules
    entities: entities as any[],
    extensions: [Migrator],
    // Migrations are written by hand, so no schema snapshot is kept.
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false },
    pool: { min: 0, max: poolSize },
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
