import type { PatronApp } from '../../app.js';
import { searchColumns } from '../customer-search/search-document.js';
import { seedBranches } from './demo-branches.js';
import { DEMO_CUSTOM_ATTRIBUTES, type DemoCustomer, demoCustomers } from './demo-customers.js';
import { seedNews } from './demo-news.js';
import { seedPurchases } from './demo-purchases.js';
import { seedShop } from './demo-shop.js';
import { seedTiers } from './demo-tiers.js';

/** The demo club's admin; every demo account shares one password, generated at the first start. */
export const DEMO_ADMIN = {
  email: 'admin@demo.patron.local',
  name: 'Demo Admin',
};
const BATCH = 500;
const DEMO_TAGS = [
  ['Regular', '#2e7d32'],
  ['Newsletter', '#1565c0'],
  ['Wholesale', '#6a1b9a'],
  ['Complained', '#c62828'],
  ['Staff friend', '#ef6c00'],
] as const;

/**
 * A demo club for a first look: staff of every role, branches (the operator bound to one), a few custom
 * attributes and realistic customers with purchases at the branches.
 * Every demo account signs in with `password`.
 */
export async function seedDemo(app: PatronApp, password: string, customerCount = 2000): Promise<void> {
  await seedDemoData(app, await seedDemoAccounts(app, password), password, customerCount);
}

/** The demo club and its admin, enough to sign in; returns the workspace id. */
export async function seedDemoAccounts(app: PatronApp, password: string): Promise<string> {
  const { workspace } = await app.services.workspaces.create('Demo club', { ...DEMO_ADMIN, password });
  return workspace.id;
}

/**
 * Everything else: the other roles' staff, branches, attributes, tags, customers, balances, purchases,
 * tiers and news.
 * Bulk SQL, since it writes thousands of rows; each customer still gets its "created" history event.
 */
export async function seedDemoData(
  app: PatronApp,
  workspaceId: string,
  password: string,
  customerCount = 2000,
): Promise<void> {
  const workspace = { id: workspaceId };
  let operatorId = '';
  for (const role of ['MANAGER', 'OPERATOR', 'ANALYST'] as const) {
    const staff = await app.services.auth.createStaff(workspace.id, {
      email: `${role.toLowerCase()}@demo.patron.local`,
      name: `Demo ${role[0]}${role.slice(1).toLowerCase()}`,
      role,
      password,
    });
    if (role === 'OPERATOR') operatorId = staff.id;
  }
  await seedBranches(app, workspace.id, operatorId);
  for (const attribute of DEMO_CUSTOM_ATTRIBUTES) {
    await app.services.attributes.create(workspace.id, {
      key: attribute.key,
      type: attribute.type,
      label: attribute.label,
      group: attribute.group,
      choices: attribute.choices,
      shownInList: attribute.key === 'favouriteDrink',
    });
  }

  for (const [name, color] of DEMO_TAGS) await app.services.tags.create(workspace.id, { name, color });
  await insertDemoCustomers(app, workspace.id, customerCount);
  const conn = app.orm.em.getConnection();
  // Demo customers carry a few tags each (picked per row by random()).
  await conn.execute(
    `update customer c set tags = coalesce(
       (select array_agg(t.id) from tag t where t.workspace_id = c.workspace_id and random() < 0.3 and c.id is not null),
       '{}') where c.workspace_id = ?`,
    [workspace.id],
  );
  await seedBalances(app, workspace.id);
  await seedPurchases(app, workspace.id, Math.min(200, Math.floor(customerCount / 4)));
  await seedShop(app, workspace.id);
  await seedTiers(app, workspace.id);
  await seedNews(app, workspace.id);
}

/**
 * `count` demo customers (`demoCustomers`: names, mobiles, birthdays, 8% inactive) written in bulk,
 * each with its "created" history event; the workspace's custom attributes must exist first.
 */
export async function insertDemoCustomers(app: PatronApp, workspaceId: string, count: number): Promise<void> {
  const definitions = await app.services.attributes.definitions(workspaceId);
  const conn = app.orm.em.getConnection();
  const insert = (rows: DemoCustomer[]) =>
    conn.execute(
      `with created as (
         insert into customer (workspace_id, status, attributes, folded, search_text, created_at, updated_at)
         select ?::uuid, c.status, c.attributes, c.folded, c.search_text, c.created_at, c.created_at
           from jsonb_to_recordset(?::jsonb)
             as c(status text, attributes jsonb, folded jsonb, search_text text, created_at timestamptz)
         returning id, created_at, attributes)
       insert into history_event (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, occurred_at, changes)
       select ?::uuid, id, 'CUSTOMER_CREATED', 'system', null, 'Demo data', created_at,
              (select coalesce(jsonb_agg(jsonb_build_object('key', key, 'oldValue', null, 'newValue', value)), '[]')
                 from jsonb_each(attributes))
         from created`,
      [
        workspaceId,
        JSON.stringify(
          rows.map((r) => {
            const { folded, searchText } = searchColumns(r.attributes, definitions);
            return {
              status: r.status,
              attributes: r.attributes,
              folded,
              search_text: searchText,
              created_at: r.createdAt,
            };
          }),
        ),
        workspaceId,
      ],
    );
  let batch: DemoCustomer[] = [];
  for (const customer of demoCustomers(count)) {
    batch.push(customer);
    if (batch.length === BATCH) {
      await insert(batch);
      batch = [];
    }
  }
  if (batch.length) await insert(batch);
}

/**
 * Balances for the Loyalty tab, written the way a manager would: one bulk adjustment per currency
 * (preview, confirm, apply), so every amount is a real operation with its history.
 */
async function seedBalances(app: PatronApp, workspaceId: string): Promise<void> {
  const rows = await app.orm.em
    .getConnection()
    .execute<{ id: string }[]>('select id from customer where workspace_id = ? order by created_at, id', [
      workspaceId,
    ]);
  const actor = { kind: 'system' as const, id: null, name: 'Demo data' };
  const lines: Record<string, string[]> = { xp: [], coins: [], credit: [] };
  rows.forEach(({ id }, i) => {
    lines.xp?.push(`${id},${(i * 53) % 2000}`);
    lines.coins?.push(`${id},${50 + ((i * 37) % 450)}`);
    if (i % 5 === 0) lines.credit?.push(`${id},${((i * 13) % 100) + 0.5}`);
  });
  for (const [currency, csv] of Object.entries(lines)) {
    const batch = await app.services.balanceBatches.preview({ workspaceId, staffId: '' }, actor, {
      currency,
      identifier: 'CUSTOMER_ID',
      csv: csv.filter((l) => !l.endsWith(',0')).join('\n'),
      reason: currency === 'xp' ? 'Visits so far' : currency === 'coins' ? 'Welcome gift' : 'Refund',
    });
    await app.services.balanceBatches.confirm(workspaceId, batch.id);
  }
  await app.jobs.kickWorkspace('balance-batches.apply', workspaceId);
}
