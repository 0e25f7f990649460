import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pgArray } from './sql-array.js';

/**
 * The database functions and triggers, one file each in src/db/functions (see the README there), in
 * the order they are applied: a file comes after the files it needs. Only a SQL-language function is
 * checked against what it names when it is created; PL/pgSQL resolves names when it runs.
 */
export const FUNCTION_FILES = [
  // Triggers of the ledger tables.
  'balance_guard',
  'ledger_operation_apply',
  'ledger_operation_immutable',
  // History and the ledger.
  'history_record',
  'ledger_grant_take',
  'ledger_apply',
  'ledger_apply_batch',
  'ledger_apply_together',
  'ledger_apply_many',
  // Tiers.
  'tier_metrics',
  'tier_shortfall',
  'tier_next',
  'tier_evaluate',
  // Customer filters.
  'jalali_month',
  // Customers.
  'customer_number_lock',
  'customer_number_assign',
] as const;

/**
 * src/db/functions, found from this module whether it runs as src/db/function-sources.ts (vitest) or
 * as dist/db/function-sources.js (node): tsc does not copy .sql files, so the build reads them from
 * the source folder, which ships with it.
 */
export const FUNCTIONS_DIR = new URL('../../src/db/functions/', import.meta.url);

export interface FunctionSource {
  /** The file's name without .sql: the function it defines. */
  name: string;
  sql: string;
  sha256: string;
}

export function readFunctionSources(dir: URL = FUNCTIONS_DIR): FunctionSource[] {
  return FUNCTION_FILES.map((name) => {
    let sql: string;
    try {
      sql = readFileSync(new URL(`${name}.sql`, dir), 'utf8');
    } catch (error) {
      throw new Error(`Cannot read the database function ${name} from ${dir.pathname}`, { cause: error });
    }
    return { name, sql, sha256: createHash('sha256').update(sql).digest('hex') };
  });
}

/** Runs one statement (or, without parameters, a script) in the caller's transaction. */
export type RunSql = (sql: string, params?: unknown[]) => Promise<unknown>;

/**
 * Applies, in FUNCTION_FILES order, every function file whose content differs from the one last
 * applied here (db_function_source keeps each file's hash), and returns their names. Runs in the
 * migration transaction, after the versioned migrations and under their advisory lock (db/orm.ts), so
 * two processes starting at once apply a file once and never see half of the set.
 */
export async function applyFunctionSources(run: RunSql, sources = readFunctionSources()): Promise<string[]> {
  await run(`create table if not exists db_function_source (
    name text primary key,
    sha256 text not null,
    applied_at timestamptz not null default now()
  )`);
  const rows = (await run('select name, sha256 from db_function_source')) as {
    name: string;
    sha256: string;
  }[];
  const applied = new Map(rows.map((row) => [row.name, row.sha256]));
  const written: string[] = [];
  for (const source of sources) {
    if (applied.get(source.name) === source.sha256) continue;
    await run(source.sql);
    await run(
      `insert into db_function_source (name, sha256) values (?, ?)
       on conflict (name) do update set sha256 = excluded.sha256, applied_at = now()`,
      [source.name, source.sha256],
    );
    written.push(source.name);
  }
  // A file that is gone was dropped by a versioned migration; forget its hash.
  await run('delete from db_function_source where name <> all(?::text[])', [
    pgArray(sources.map((s) => s.name)),
  ]);
  return written;
}
