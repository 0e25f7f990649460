import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Actor } from '@patron/sdk';
import { createTestDatabase, type TestDatabase, withClient } from '@patron/testkit';
import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatronApp, type PatronApp } from '../app.js';
import { FUNCTION_FILES } from './function-sources.js';
import { LEGACY_MIGRATIONS } from './migrations/Migration20261204000000_baseline.js';
import { migrate } from './orm.js';
import { catalogue } from './testing/catalogue.js';

/**
 * A database that the Patron of 2026-11-23 migrated (19 migrations, before the baseline). The file is
 * a frozen historical record, not a second copy of the database functions: the SQL those migrations
 * ran, in order, captured as MikroORM sent it (see its header). Never edit it.
 */
const LEGACY_SCHEMA = gunzipSync(
  readFileSync(new URL('./testing/legacy-2026-11-23.sql.gz', import.meta.url)),
).toString('utf8');

const WS = '0b0e0000-0000-4000-8000-000000000001';
const STAFF = '0b0e0000-0000-4000-8000-000000000002';
const ANNA = '0b0e0000-0000-4000-8000-000000000011';
const BORIS = '0b0e0000-0000-4000-8000-000000000012';
const CYRUS = '0b0e0000-0000-4000-8000-000000000013';
const COINS = '0b0e0000-0000-4000-8000-000000000021';
const XP = '0b0e0000-0000-4000-8000-000000000022';
const SILVER = '0b0e0000-0000-4000-8000-000000000031';
const GOLD = '0b0e0000-0000-4000-8000-000000000032';
const TAG = '0b0e0000-0000-4000-8000-000000000041';
const GROUP = '0b0e0000-0000-4000-8000-000000000051';
const BATCH = '0b0e0000-0000-4000-8000-000000000061';
const PASSWORD = 'legacy-password-2026';
const ACTOR: Actor = { kind: 'staff', id: STAFF, name: 'Ada Admin' };

/** The legacy schema, filled the way that Patron wrote its rows (its own ledger_apply included). */
async function legacyDatabase(db: TestDatabase): Promise<void> {
  const hash = await argon2.hash(PASSWORD);
  await withClient(db.url, async (client) => {
    await client.query(LEGACY_SCHEMA);
    const run = (sql: string, params: unknown[] = []) => client.query(sql, params);
    await run(`insert into workspace (id, name) values ($1, 'Legacy club')`, [WS]);
    await run(
      `insert into staff (id, workspace_id, email, name, password_hash, role, customer_columns)
       values ($1, $2, 'ada@legacy.test', 'Ada Admin', $3, 'ADMIN', '["firstName", "balance_coins"]')`,
      [STAFF, WS, hash],
    );
    await run(
      `insert into attribute_group (workspace_id, key, label, position)
       values ($1, 'main', '{"en": "Main"}', 1), ($1, 'interests', '{"en": "Interests"}', 2)`,
      [WS],
    );
    await run(
      `insert into attribute_definition (workspace_id, key, label, type, system, is_unique, group_key, position,
           shown_in_list)
       values ($1, 'firstName', '{"en": "First name"}', 'TEXT', true, false, 'main', 1, true),
              ($1, 'mobile', '{"en": "Mobile"}', 'PHONE', true, true, 'main', 2, true),
              ($1, 'openingPurchaseTotal', '{"en": "Opening purchase total"}', 'MONEY', false, false, 'main', 101,
               false),
              ($1, 'favouriteDrink', '{"en": "Favourite drink"}', 'TEXT', false, false, 'interests', 101, false)`,
      [WS],
    );
    await run(`insert into tag (id, workspace_id, name, color) values ($1, $2, 'Regulars', '#336699')`, [
      TAG,
      WS,
    ]);
    await run(
      `insert into customer (id, workspace_id, status, attributes, folded, search_text, tags) values
         ($2, $1, 'ACTIVE', '{"firstName": "Anna", "mobile": "+989121234567", "favouriteDrink": "Tea"}',
          '{"firstName": "anna"}', 'anna', array[$5::uuid]),
         ($3, $1, 'ACTIVE', '{"firstName": "Boris", "openingPurchaseTotal": 50}', '{"firstName": "boris"}', 'boris',
          '{}'),
         ($4, $1, 'INACTIVE', '{"firstName": "Cyrus"}', '{"firstName": "cyrus"}', 'cyrus', '{}')`,
      [WS, ANNA, BORIS, CYRUS, TAG],
    );
    await run(
      `insert into history_event (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, changes)
       select $1, id, 'CUSTOMER_CREATED', 'staff', $2, 'Ada Admin',
              jsonb_build_array(jsonb_build_object('key', 'firstName', 'oldValue', null,
                                                   'newValue', attributes->>'firstName'))
         from customer order by id`,
      [WS, STAFF],
    );
    await run(
      `insert into currency (id, workspace_id, key, name, decimals, unit_value, spendable, position)
       values ($2, $1, 'coins', '{"en": "Coins"}', 0, 0.01, true, 1), ($3, $1, 'xp', '{"en": "XP"}', 0, 0, false, 2)`,
      [WS, COINS, XP],
    );
    // Operations through that Patron's own ledger_apply: a grant, a spend taking from it, XP.
    const apply = async (customer: string, currency: string, amount: number, key: string) => {
      const { rows } = await run(
        `select ledger_apply($1, $2, $3, 'ADJUSTMENT', $4, null, 'legacy', '', $5, 'hash-' || $5, null, null, false,
           'staff', $6, 'Ada Admin', 'balance.' || (select key from currency where id = $3), 1,
           'customer.balanceChanged', '[]') as result`,
        [WS, customer, currency, amount, key, STAFF],
      );
      expect(rows[0].result.outcome).toBe('written');
    };
    await apply(ANNA, COINS, 500, 'legacy-1');
    await apply(ANNA, COINS, -200, 'legacy-2');
    await apply(BORIS, XP, 40, 'legacy-3');
    await run(
      `insert into tier (id, workspace_id, key, name, position, min_purchase_total)
       values ($2, $1, 'silver', '{"en": "Silver"}', 1, 100), ($3, $1, 'gold', '{"en": "Gold"}', 2, 1000)`,
      [WS, SILVER, GOLD],
    );
    await run(`insert into tier_policy (workspace_id, downgrade_policy) values ($1, 'NEVER')`, [WS]);
    await run(
      `insert into purchase (workspace_id, customer_id, idempotency_key, request_hash, amount, paid_amount,
           payment_status, purchased_at, actor_kind, actor_name)
       values ($1, $2, 'till-1', 'h', 120, 120, 'PAID', now() - interval '3 days', 'system', 'Till'),
              ($1, $3, 'till-2', 'h', 300, 300, 'PAID', now() - interval '2 days', 'system', 'Till')`,
      [WS, ANNA, BORIS],
    );
    await run(
      `insert into customer_purchase_stats (customer_id, workspace_id, total, count, first_purchase_at,
           last_purchase_at)
       select customer_id, workspace_id, sum(amount), count(*), min(purchased_at), max(purchased_at)
         from purchase group by customer_id, workspace_id`,
    );
    await run(
      `insert into customer_tier (customer_id, workspace_id, tier_id, since)
       values ($2, $1, $3, now() - interval '3 days')`,
      [WS, ANNA, SILVER],
    );
    await run(`insert into customer_group (id, workspace_id, name) values ($1, $2, 'Founders')`, [GROUP, WS]);
    await run(`insert into customer_group_member (group_id, customer_id, workspace_id) values ($1, $2, $3)`, [
      GROUP,
      ANNA,
      WS,
    ]);
    await run(`insert into outbox_cursor (handler, last_event_id) values ('tiers', 2)`);
    // Rows of the tables that had no workspace_id: the upgrade takes it from their parent rows.
    await run(
      `insert into outbox_delivery (event_id, handler) select id, 'tiers' from outbox_event order by id limit 2`,
    );
    await run(
      `insert into balance_batch (id, workspace_id, currency_id, identifier, actor_kind, actor_name, total_rows)
       values ($1, $2, $3, 'CUSTOMER_ID', 'staff', 'Ada Admin', 2)`,
      [BATCH, WS, COINS],
    );
    await run(
      `insert into balance_batch_row (batch_id, line, identifier, amount, customer_id)
       values ($1, 1, $2::uuid::text, 10, $2::uuid), ($1, 2, $3::uuid::text, 10, $3::uuid)`,
      [BATCH, ANNA, BORIS],
    );
    await run(`insert into balance_batch_chunk (batch_id, first_line) values ($1, 1)`, [BATCH]);
  });
}

/** The tables that gained workspace_id with the baseline: their old rows come back with it. */
const GAINED_WORKSPACE = new Set([
  'outbox_delivery',
  'ledger_consumption',
  'balance_batch_chunk',
  'balance_batch_row',
]);

/**
 * What a later migration took away on purpose: the outbox's delivery rows and its cursor's candidate
 * (Migration20261206100000_outbox_commit_order: a cursor became an exact position in commit order).
 */
const DROPPED_LATER: Record<string, 'table' | string[]> = {
  outbox_delivery: 'table',
  outbox_cursor: ['candidate_id', 'candidate_xmax'],
};

/** A row as text with its keys in order, so that rows compare whatever order their columns have. */
const rowText = (row: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(row).sort()));

/** Whether `rows` still hold `row`'s values; columns later migrations added may stand beside them. */
function keeps(rows: Set<string> | undefined, row: string): boolean {
  if (!rows) return false;
  if (rows.has(row)) return true;
  const wanted = Object.keys(JSON.parse(row));
  return [...rows].some(
    (r) =>
      rowText(Object.fromEntries(Object.entries(JSON.parse(r)).filter(([k]) => wanted.includes(k)))) === row,
  );
}

/** Every row of every table, as text, per table. */
async function allRows(url: string): Promise<Map<string, Set<string>>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
    );
    const rows = new Map<string, Set<string>>();
    for (const { name } of tables.rows) {
      const result = await client.query<{ row: Record<string, unknown> }>(
        `select to_jsonb(t) as row from ${name} t`,
      );
      rows.set(name, new Set(result.rows.map((r) => rowText(r.row))));
    }
    return rows;
  });
}

let legacy: TestDatabase;
let fresh: TestDatabase;
let before: Map<string, Set<string>>;
let app: PatronApp;
const logged: string[] = [];

beforeAll(async () => {
  [legacy, fresh] = await Promise.all([createTestDatabase('legacy'), createTestDatabase('fresh')]);
  await legacyDatabase(legacy);
  before = await allRows(legacy.url);
  app = await createPatronApp({ databaseUrl: legacy.url, log: (m) => logged.push(m), pollEvents: false });
});
afterAll(async () => {
  await app?.close();
  await Promise.all([legacy?.drop(), fresh?.drop()]);
});

describe('a database migrated before the baseline', () => {
  it('is recognised: the baseline takes the old migrations’ place, and every function file is applied', async () => {
    const [migrations, functions] = await withClient(legacy.url, (client) =>
      Promise.all([
        client.query('select name from mikro_orm_migrations order by id'),
        client.query('select name from db_function_source order by name'),
      ]),
    );
    // The baseline replaces the old migrations; the migrations of later versions follow it.
    const names = migrations.rows.map((r) => r.name as string);
    expect(names[0]).toBe('Migration20261204000000_baseline');
    expect(names.slice(1).every((n) => n > 'Migration20261204000000_baseline')).toBe(true);
    expect(functions.rows.map((r) => r.name)).toEqual([...FUNCTION_FILES].sort());
    expect(logged).toContain(`applied migrations: ${names.join(', ')}`);
    expect(logged).toContain(`applied database functions: ${FUNCTION_FILES.join(', ')}`);
    expect(await migrate(app.orm)).toEqual({ migrations: [], functions: [] });
  });

  it('keeps every row it had', async () => {
    const after = await allRows(legacy.url);
    let kept = 0;
    for (const [table, rows] of before) {
      const dropped = DROPPED_LATER[table] ?? [];
      if (table === 'mikro_orm_migrations' || dropped === 'table') continue;
      const now = after.get(table);
      for (const row of rows) {
        const values = Object.entries(JSON.parse(row)).filter(([column]) => !dropped.includes(column));
        const expected = rowText({
          ...Object.fromEntries(values),
          ...(GAINED_WORKSPACE.has(table) ? { workspace_id: WS } : {}),
        });
        expect(keeps(now, expected), `${table}: ${expected}`).toBe(true);
        kept++;
      }
    }
    for (const table of GAINED_WORKSPACE) expect(before.get(table)?.size, table).toBeGreaterThan(0);
    // The tables filled above: nothing was lost on the way.
    expect(kept).toBeGreaterThanOrEqual(30);
    expect(before.get('ledger_operation')?.size).toBe(3);
    expect(before.get('history_event')?.size).toBe(6);
  });

  it('works: staff sign in, the ledger and the tiers go on from the old rows', async () => {
    const signedIn = await app.services.auth.login('ada@legacy.test', PASSWORD, {
      ip: '127.0.0.1',
      userAgent: null,
    });
    expect(signedIn.staff.id).toBe(STAFF);

    const added = await app.services.ledger.apply(WS, ACTOR, {
      customerId: ANNA,
      currency: 'coins',
      amount: 50,
      kind: 'ADJUSTMENT',
      idempotencyKey: 'after-upgrade-1',
    });
    expect(added.balanceAfter).toBe(350);
    const spent = await app.services.ledger.apply(WS, ACTOR, {
      customerId: ANNA,
      currency: 'coins',
      amount: -320,
      kind: 'ADJUSTMENT',
      idempotencyKey: 'after-upgrade-2',
    });
    expect(spent.balanceAfter).toBe(30);
    // An old key is still taken; the old grant was spent first (the earliest), then the new one.
    await expect(
      app.services.ledger.apply(WS, ACTOR, {
        customerId: ANNA,
        currency: 'coins',
        amount: 500,
        kind: 'ADJUSTMENT',
        idempotencyKey: 'legacy-1',
      }),
    ).rejects.toThrow();
    const grants = await withClient(legacy.url, (client) =>
      client.query(
        `select g.amount::int, g.remaining::int from ledger_grant g
          where g.customer_id = $1 order by g.operation_id`,
        [ANNA],
      ),
    );
    expect(grants.rows).toEqual([
      { amount: 500, remaining: 0 },
      { amount: 50, remaining: 30 },
    ]);
    expect(Number(added.id)).toBeGreaterThan(3);

    expect(await app.services.tierEvaluation.evaluate(WS, BORIS, ACTOR)).toMatchObject({
      oldKey: null,
      newKey: 'silver',
    });
    expect(await app.services.tierEvaluation.evaluate(WS, ANNA, ACTOR)).toBeNull();
    expect(await app.services.customerTiers.progress(WS, ANNA, SILVER)).toMatchObject({
      purchaseTotal: 120,
      purchaseCount: 1,
      nextTier: { key: 'gold' },
      purchaseTotalNeeded: 880,
      purchaseCountNeeded: null,
      xpNeeded: null,
    });
  });

  it('numbers the old customers 1, 2, 3 in the order they were created; the next one is 4', async () => {
    const numbered = await withClient(legacy.url, (client) =>
      client.query('select id, number from customer where workspace_id = $1 order by created_at, id', [WS]),
    );
    expect(numbered.rows).toEqual([
      { id: ANNA, number: 1 },
      { id: BORIS, number: 2 },
      { id: CYRUS, number: 3 },
    ]);
    const created = await app.services.customers.create(WS, ACTOR, { firstName: 'Dara' }, 'ACTIVE');
    expect((await app.services.customers.numbers(WS, [created.id])).get(created.id)).toBe(4);
  });

  it('has the same schema as a database created by the baseline', async () => {
    const created = await createPatronApp({ databaseUrl: fresh.url, log: () => {}, pollEvents: false });
    await created.close();
    const [upgraded, baseline] = await Promise.all([catalogue(legacy.url), catalogue(fresh.url)]);
    expect(upgraded.tables.length).toBeGreaterThan(30);
    expect(upgraded.functions.length).toBe(FUNCTION_FILES.length);
    expect(upgraded).toEqual(baseline);
  });

  it('is refused, naming what to do, when it stopped before the last of the old migrations', async () => {
    const partial = await createTestDatabase('partial');
    try {
      await withClient(partial.url, async (client) => {
        await client.query(LEGACY_SCHEMA);
        await client.query('delete from mikro_orm_migrations where name = $1', [LEGACY_MIGRATIONS.at(-1)]);
      });
      await expect(
        createPatronApp({ databaseUrl: partial.url, log: () => {}, pollEvents: false }),
      ).rejects.toThrow(/migrated by an older Patron up to Migration20261123410000/);
    } finally {
      await partial.drop();
    }
  });
});
