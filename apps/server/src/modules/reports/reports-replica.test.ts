import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type LocalPostgres, startLocalPostgres } from '@patron/local-postgres';
import { type TestDatabase, withClient } from '@patron/testkit';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMigratedDatabase,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const PURCHASE = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const DASHBOARD = `query($input: DashboardInput!) { dashboard(input: $input) {
  asOf timeZone purchases { value } revenue { value } members { value }
  topProducts { product { sku } quantity } tiers { tier { key } } balances { currency { key } } } }`;
const EXPORT = `mutation($input: DashboardInput!) { exportDashboard(input: $input) { downloadPath } }`;
const MONTHS = `query($id: ID!) { customer(id: $id) { analytics { purchasesByMonth(months: 1) { count } } } }`;

const PUBLICATION = 'patron_analytics';
const SUBSCRIPTION = 'patron_analytics';

/**
 * The dashboard on a read replica: a second database on a PostgreSQL of this file's own (the shared
 * test server runs without `wal_level = logical`) subscribes to the main one by logical replication.
 */
let postgres: LocalPostgres;
let postgresDir: string;
let replica: TestDatabase;
let server: TestServer;
let ws: TestWorkspace;
let customerId: string;
let n = 0;

const period = () => ({
  from: new Date(Date.now() - 86_400_000).toISOString(),
  to: new Date(Date.now() + 86_400_000).toISOString(),
  granularity: 'DAY',
  compare: false,
});

async function dashboard(w: TestWorkspace) {
  return (await w.as.ANALYST.requestOk(DASHBOARD, { input: period() })).dashboard as {
    asOf: string | null;
    timeZone: string;
    purchases: { value: number };
    revenue: { value: number };
    members: { value: number };
    topProducts: { product: { sku: string }; quantity: number }[];
    tiers: { tier: { key: string } | null }[];
    balances: { currency: { key: string } }[];
  };
}

async function buy(
  w: TestWorkspace,
  id: string,
  amount: number,
  items?: { sku: string; quantity: number; price: number }[],
): Promise<void> {
  await w.as.OPERATOR.requestOk(PURCHASE, {
    input: { customerId: id, amount, paymentStatus: 'PAID', idempotencyKey: `replica-${++n}`, items },
  });
}

/** The Summary sheet's "Figures as of" of the dashboard's Excel export. */
async function exportedAsOf(w: TestWorkspace): Promise<unknown> {
  const file = (await w.as.ANALYST.requestOk(EXPORT, { input: period() })).exportDashboard;
  const cookie = [...w.as.ANALYST.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const res = await fetch(`${server.url}${file.downloadPath}`, { headers: { cookie } });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const rows = book.getWorksheet('Summary')?.getSheetValues() as unknown[][];
  return rows.find((r) => Array.isArray(r) && r[1] === 'Figures as of')?.[2];
}

/** A moment on a zone's wall clock as the export writes it, 'YYYY-MM-DD HH:MM'. */
function wallClock(at: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return text.replace(',', '');
}

const keys = (d: Figures) => ({
  products: d.topProducts.map((p) => `${p.product.sku}×${p.quantity}`),
  tiers: d.tiers.map((t) => t.tier?.key ?? null),
  currencies: d.balances.map((b) => b.currency.key),
});

type Figures = Awaited<ReturnType<typeof dashboard>>;

/** Asks until the dashboard shows what `done` waits for (the replica applies within milliseconds to seconds). */
async function dashboardWhen(done: (d: Figures) => boolean): Promise<Figures> {
  for (let i = 0; ; i++) {
    const d = await dashboard(ws);
    if (done(d) || i === 100) return d;
    await sleep(100);
  }
}

/** The replica has every change up to a moment ago. */
const current = (d: Figures) => d.asOf !== null && Date.now() - Date.parse(d.asOf) < 5_000;

const onReplica = <T>(sql: string) => withClient(replica.url, async (c) => (await c.query(sql)).rows as T[]);

beforeAll(async () => {
  postgresDir = await mkdtemp(join(tmpdir(), 'patron-replica-pg-'));
  await chmod(postgresDir, 0o755); // the postgres user (when we are root) must enter it
  postgres = await startLocalPostgres({
    dataDir: join(postgresDir, 'data'),
    settings: { wal_level: 'logical', fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  replica = await createMigratedDatabase('replica', postgres.url);
  server = await startTestServer({ postgresServerUrl: postgres.url, analyticsDatabaseUrl: replica.url });
  const main = server.databaseUrl;
  // The public schema: the job queue's own (pgboss) is the main database's business.
  await withClient(main, (c) => c.query(`create publication ${PUBLICATION} for tables in schema public`));
  // A subscription in the same cluster cannot make its slot itself (it would wait on its own transaction).
  await withClient(main, (c) =>
    c.query(`select pg_create_logical_replication_slot('${SUBSCRIPTION}', 'pgoutput')`),
  );
  // The migrations' schema without their rows: the initial copy brings every row.
  await withClient(replica.url, async (c) => {
    const { rows } = await c.query<{ t: string }>(
      `select format('%I.%I', schemaname, tablename) as t from pg_tables where schemaname = 'public'`,
    );
    await c.query(`truncate ${rows.map((r) => r.t).join(', ')}`);
    await c.query(
      `create subscription ${SUBSCRIPTION} connection '${main}' publication ${PUBLICATION}
         with (copy_data = true, create_slot = false, slot_name = '${SUBSCRIPTION}')`,
    );
  });
  // The initial copy: every table ready before the tests read.
  for (let i = 0; ; i++) {
    const [copying] = await onReplica<{ n: number }>(
      `select count(*)::int as n from pg_subscription_rel where srsubstate <> 'r'`,
    );
    if (copying?.n === 0) break;
    if (i === 600) throw new Error('the replica did not finish its initial copy in a minute');
    await sleep(100);
  }
  ws = await server.workspace();
  customerId = (await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Rae' } } }))
    .createCustomer.id;
  await ws.as.ADMIN.requestOk('mutation($input: ProductInput!) { createProduct(input: $input) { id } }', {
    input: { sku: 'TEA', name: { en: 'Tea' }, kind: 'PRODUCT', price: 12.5 },
  });
});

afterAll(async () => {
  await withClient(replica.url, (c) => c.query(`drop subscription if exists ${SUBSCRIPTION}`)).catch(
    () => {},
  );
  await server?.close();
  await replica?.drop();
  await postgres?.stop();
  await rm(postgresDir, { recursive: true, force: true });
  if (postgres) await rm(postgres.dataDir, { recursive: true, force: true });
});

describe('the dashboard on a read replica', () => {
  it('shows a purchase once the replica has it, and says the figures are current', async () => {
    await buy(ws, customerId, 40);
    const d = await dashboardWhen((x) => x.purchases.value === 1 && current(x));
    expect(d).toMatchObject({ purchases: { value: 1 }, revenue: { value: 40 }, members: { value: 1 } });
    expect(current(d)).toBe(true);
  });

  it('reads the replica: a purchase it has not applied is not counted, and asOf says since when', async () => {
    await onReplica(`alter subscription ${SUBSCRIPTION} disable`);
    // The apply worker stops at its next look at the catalogue.
    for (let i = 0; i < 100; i++) {
      const [worker] = await onReplica<{ pid: number | null }>(
        `select pid from pg_stat_subscription where subname = '${SUBSCRIPTION}'`,
      );
      if (!worker?.pid) break;
      await sleep(100);
    }
    const before = Date.now();
    await buy(ws, customerId, 25, [{ sku: 'TEA', quantity: 2, price: 12.5 }]);
    const after = Date.now();
    // A tier and a currency made since: the main database lists them, the replica not yet.
    await ws.as.ADMIN.requestOk('mutation($input: TierInput!) { createTier(input: $input) { id } }', {
      input: { key: 'silver', name: { en: 'Silver' } },
    });
    await ws.as.ADMIN.requestOk('mutation($input: CurrencyInput!) { createCurrency(input: $input) { id } }', {
      input: { key: 'stars', name: { en: 'Stars' }, unitValue: 0.1 },
    });
    // The main database has it; the dashboard and the card's analytics (both on the replica) do not.
    const [onMain] = await withClient(
      server.databaseUrl,
      async (c) =>
        (await c.query('select count(*)::int as n from purchase where workspace_id = $1', [ws.id])).rows,
    );
    expect(onMain.n).toBe(2);
    await sleep(500);
    const stale = await dashboard(ws);
    expect(stale.purchases.value).toBe(1);
    expect(stale.revenue.value).toBe(40);
    // The first change the replica lacks is the second purchase's.
    const asOf = Date.parse(stale.asOf as string);
    expect(asOf).toBeGreaterThanOrEqual(before - 1000);
    expect(asOf).toBeLessThanOrEqual(after + 1000);
    // Top products, the tiers and the currencies are the replica's too.
    expect(keys(stale).products).toEqual([]);
    expect(keys(stale).tiers).not.toContain('silver');
    expect(keys(stale).currencies).not.toContain('stars');
    // The Excel export says how old its figures are: the replica's moment, on the workspace clock.
    expect(await exportedAsOf(ws)).toBe(wallClock(new Date(asOf), stale.timeZone));
    const card = await ws.as.ANALYST.requestOk(MONTHS, { id: customerId });
    expect(card.customer.analytics.purchasesByMonth.at(-1).count).toBe(1);

    await onReplica(`alter subscription ${SUBSCRIPTION} enable`);
    const fresh = await dashboardWhen((x) => x.purchases.value === 2 && current(x));
    expect(fresh).toMatchObject({ purchases: { value: 2 }, revenue: { value: 65 } });
    expect(current(fresh)).toBe(true);
    const caughtUp = await dashboardWhen((x) => keys(x).currencies.includes('stars'));
    expect(keys(caughtUp).products).toEqual(['TEA×2']);
    expect(keys(caughtUp).tiers).toContain('silver');
    expect(keys(caughtUp).currencies).toContain('stars');
  });

  it('runs every statement on the replica read-only', async () => {
    await expect(
      server.app.services.analyticsSql.query('create table analytics_write_probe (x int)', []),
    ).rejects.toMatchObject({ code: '25006' });
    await expect(
      server.app.services.analyticsSql.query('update customer set attributes = attributes', []),
    ).rejects.toMatchObject({ code: '25006' });
  });
});

describe('an unreachable replica', () => {
  it('leaves the dashboard on the main database and says so in the log once a minute', async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const lines: string[] = [];
    const alone = await startTestServer({
      postgresServerUrl: postgres.url,
      analyticsDatabaseUrl: `postgres://postgres:x@127.0.0.1:${closed}/patron`,
      log: (line) => lines.push(line),
    });
    try {
      const w = await alone.workspace();
      const id = (await w.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Lou' } } }))
        .createCustomer.id;
      await buy(w, id, 12.5);
      for (let i = 0; i < 3; i++) {
        const d = await dashboard(w);
        expect(d).toMatchObject({ purchases: { value: 1 }, revenue: { value: 12.5 }, asOf: null });
      }
      const card = await w.as.ANALYST.requestOk(MONTHS, { id });
      expect(card.customer.analytics.purchasesByMonth.at(-1).count).toBe(1);
      const said = lines.filter((l) => l.includes('PATRON_ANALYTICS_DATABASE_URL'));
      expect(said).toHaveLength(1);
      expect(said[0]).toContain('reading the main database');
    } finally {
      await alone.close();
    }
  });
});
