import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createTestDatabase, type TestDatabase } from '@patron/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatronApp } from '../app.js';

/**
 * The tables that hold no workspace's data, or must be read before the workspace is known: the rule
 * below does not apply to them (in Citus terms they are reference tables; every other table is
 * distributed by workspace_id). src/db/README.md ("Keys and distribution") names each with its
 * reason, and a test below keeps the two lists the same.
 */
const GLOBAL_TABLES = [
  'workspace',
  'staff',
  'staff_session',
  'sign_in_throttle',
  'outbox_cursor',
  'mikro_orm_migrations',
  'db_function_source',
];

/** Global tables a later migration dropped; a database from before it still has them. */
const RETIRED_GLOBAL_TABLES = ['login_failure'];

const DB_README = new URL('./README.md', import.meta.url);

interface Table {
  name: string;
  workspace_type: string | null;
  workspace_not_null: boolean | null;
}
interface UniqueKey {
  table: string;
  name: string;
  kind: 'primary key' | 'unique constraint' | 'unique index';
  columns: string[];
}
interface ForeignKey {
  table: string;
  name: string;
  columns: string[];
  parent: string;
  parent_columns: string[];
}

/**
 * What breaks the rule in the public schema of the database at `url`, one line each naming the table
 * and the key: every table but the global ones has `workspace_id uuid not null`; each of its primary
 * keys, unique constraints and unique indexes (partial ones too) has workspace_id among its key
 * columns; each foreign key between two such tables pairs workspace_id with workspace_id; and no
 * global table refers to a workspace table.
 */
async function workspaceKeyProblems(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<Table>(
      `select c.relname as name, format_type(a.atttypid, a.atttypmod) as workspace_type,
              a.attnotnull as workspace_not_null
         from pg_class c
         left join pg_attribute a on a.attrelid = c.oid and a.attname = 'workspace_id' and not a.attisdropped
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
        order by 1`,
    );
    const keys = await client.query<UniqueKey>(
      `select t.relname as table, x.relname as name,
              case when i.indisprimary then 'primary key'
                   when exists (select from pg_constraint k where k.conindid = i.indexrelid and k.contype = 'u')
                     then 'unique constraint'
                   else 'unique index' end as kind,
              array(select pg_get_indexdef(i.indexrelid, n, true)
                      from generate_series(1, i.indnkeyatts) n order by n) as columns
         from pg_index i
         join pg_class x on x.oid = i.indexrelid
         join pg_class t on t.oid = i.indrelid
        where t.relnamespace = 'public'::regnamespace and i.indisunique
        order by 1, 2`,
    );
    const foreign = await client.query<ForeignKey>(
      `select t.relname as table, k.conname as name, p.relname as parent,
              array(select a.attname::text from unnest(k.conkey) with ordinality u(n, o)
                      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.o) as columns,
              array(select a.attname::text from unnest(k.confkey) with ordinality u(n, o)
                      join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.o) as parent_columns
         from pg_constraint k
         join pg_class t on t.oid = k.conrelid
         join pg_class p on p.oid = k.confrelid
        where k.contype = 'f' and t.relnamespace = 'public'::regnamespace
        order by 1, 2`,
    );
    const global = new Set([...GLOBAL_TABLES, ...RETIRED_GLOBAL_TABLES]);
    const problems: string[] = [];
    for (const table of tables.rows) {
      if (global.has(table.name)) continue;
      if (table.workspace_type === null) problems.push(`${table.name}: no workspace_id column`);
      else if (table.workspace_type !== 'uuid' || !table.workspace_not_null)
        problems.push(`${table.name}: workspace_id is ${table.workspace_type}, not uuid not null`);
    }
    for (const key of keys.rows) {
      if (global.has(key.table) || key.columns.includes('workspace_id')) continue;
      problems.push(`${key.table}: ${key.kind} ${key.name} (${key.columns.join(', ')}) lacks workspace_id`);
    }
    for (const fk of foreign.rows) {
      const what = `${fk.table}: foreign key ${fk.name} (${fk.columns.join(', ')}) → ${fk.parent} (${fk.parent_columns.join(', ')})`;
      if (global.has(fk.table)) {
        if (!global.has(fk.parent)) problems.push(`${what} refers from a global table to a workspace table`);
        continue;
      }
      if (global.has(fk.parent)) continue;
      const paired = fk.columns.some(
        (c, i) => c === 'workspace_id' && fk.parent_columns[i] === 'workspace_id',
      );
      if (!paired) problems.push(`${what} does not pair workspace_id with workspace_id`);
    }
    return problems;
  } finally {
    await client.end();
  }
}

let fresh: TestDatabase;
let legacy: TestDatabase;

beforeAll(async () => {
  [fresh, legacy] = await Promise.all([createTestDatabase('keys'), createTestDatabase('keys-legacy')]);
  const app = await createPatronApp({ databaseUrl: fresh.url, log: () => {}, pollEvents: false });
  await app.close();
  // The schema as the migrations before the baseline left it (baseline-upgrade.test.ts), not converted.
  const schema = gunzipSync(readFileSync(new URL('./testing/legacy-2026-11-23.sql.gz', import.meta.url)));
  const client = new pg.Client({ connectionString: legacy.url });
  await client.connect();
  await client.query(schema.toString('utf8')).finally(() => client.end());
});
afterAll(async () => {
  await Promise.all([fresh?.drop(), legacy?.drop()]);
});

describe('every table of workspace data is keyed by workspace', () => {
  it('holds for a database made by the migrations', async () => {
    expect(await workspaceKeyProblems(fresh.url)).toEqual([]);
  });

  it('names each table and key that breaks it (the schema before the baseline broke it everywhere)', async () => {
    const problems = await workspaceKeyProblems(legacy.url);
    expect(problems).toEqual(
      expect.arrayContaining([
        'ledger_consumption: no workspace_id column',
        'customer: primary key customer_pkey (id) lacks workspace_id',
        'balance: primary key balance_pkey (customer_id, currency_id) lacks workspace_id',
        'ledger_operation: unique index ledger_operation_reverses_id_key (reverses_id) lacks workspace_id',
        'customer_tier: foreign key customer_tier_tier_id_fkey (tier_id) → tier (id) does not pair workspace_id with workspace_id',
      ]),
    );
    // 4 tables without workspace_id; 26 primary keys and 1 unique index without it; 11 foreign keys.
    const count = (kind: string) => problems.filter((p) => p.includes(kind)).length;
    expect([
      count('no workspace_id column'),
      count(': primary key'),
      count(': unique'),
      count('foreign key'),
    ]).toEqual([4, 26, 1, 11]);
    expect(problems).toHaveLength(42);
  });

  it('exempts exactly the global tables that the database README names, and each of them exists', async () => {
    const text = readFileSync(DB_README, 'utf8');
    const section = text.slice(text.indexOf('## Keys and distribution'));
    const table = section.slice(
      section.indexOf('| global table'),
      section.indexOf('\n\n', section.indexOf('| global table')),
    );
    const named = [...table.matchAll(/^\| `([a-z_]+)`/gm)].map((m) => m[1]);
    expect(named.sort()).toEqual([...GLOBAL_TABLES].sort());

    const client = new pg.Client({ connectionString: fresh.url });
    await client.connect();
    const found = await client
      .query<{ name: string }>(
        `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relname = any($1)`,
        [GLOBAL_TABLES],
      )
      .finally(() => client.end());
    expect(found.rows.map((r) => r.name).sort()).toEqual([...GLOBAL_TABLES].sort());
  });
});
