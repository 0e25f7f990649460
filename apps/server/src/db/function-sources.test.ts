import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { createTestDatabase, type TestDatabase } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatronApp, type PatronApp } from '../app.js';
import {
  applyFunctionSources,
  FUNCTION_FILES,
  FUNCTIONS_DIR,
  type FunctionSource,
  type RunSql,
  readFunctionSources,
} from './function-sources.js';

describe('the function files', () => {
  it('are the ones listed, in the folder dist and src both read', () => {
    const files = readdirSync(FUNCTIONS_DIR).filter((f) => f.endsWith('.sql'));
    expect(files.map((f) => f.replace(/\.sql$/, '')).sort()).toEqual([...FUNCTION_FILES].sort());
    // The compiled module, dist/db/function-sources.js, finds the same folder.
    const compiled = new URL('../../dist/db/function-sources.js', import.meta.url);
    expect(new URL('../../src/db/functions/', compiled).href).toBe(FUNCTIONS_DIR.href);
  });

  it('each say why first, and define their function (and triggers) so they can be run again', () => {
    for (const { name, sql } of readFunctionSources()) {
      expect(sql.startsWith('-- '), name).toBe(true);
      expect(sql, name).toContain(`create or replace function ${name}(`);
      expect(sql, name).not.toMatch(/create (function|trigger)/i);
    }
  });
});

describe('applying them', () => {
  let db: TestDatabase;
  let app: PatronApp;
  let run: RunSql;

  beforeAll(async () => {
    db = await createTestDatabase('functions');
    app = await createPatronApp({ databaseUrl: db.url, log: () => {}, pollEvents: false });
    const connection = app.orm.em.getConnection();
    run = (sql, params = []) => connection.execute(sql, params);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('runs a file again only when its content changed, and forgets a file that is gone', async () => {
    const sources = readFunctionSources();
    expect(await applyFunctionSources(run, sources)).toEqual([]);

    const changed: FunctionSource[] = sources.map((s) =>
      s.name === 'tier_metrics' ? { ...s, sql: `${s.sql}-- changed\n`, sha256: `${s.sha256}-changed` } : s,
    );
    expect(await applyFunctionSources(run, changed)).toEqual(['tier_metrics']);
    expect(await applyFunctionSources(run, changed)).toEqual([]);
    expect(await applyFunctionSources(run, sources)).toEqual(['tier_metrics']);

    expect(
      await applyFunctionSources(
        run,
        sources.filter((s) => s.name !== 'tier_evaluate'),
      ),
    ).toEqual([]);
    expect(await run(`select name from db_function_source where name = 'tier_evaluate'`)).toEqual([]);
    expect(await applyFunctionSources(run, sources)).toEqual(['tier_evaluate']);
  });

  it('keeps the triggers with their functions', async () => {
    const triggers = (await run(
      `select tgname as name from pg_trigger where not tgisinternal order by tgname`,
    )) as { name: string }[];
    expect(triggers.map((t) => t.name)).toEqual([
      'balance_guard_delete',
      'balance_guard_insert',
      'balance_guard_update',
      'customer_number_assign',
      'ledger_operation_apply',
      'ledger_operation_immutable',
    ]);
  });
});
