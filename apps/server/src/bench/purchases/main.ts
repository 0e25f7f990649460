import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPatronApp } from '../../app.js';
import { DEMO_BRANCHES } from '../../modules/demo/demo-branches.js';
import { insertDemoCustomers } from '../../modules/demo/seed-demo.js';
import type { PurchaseItem } from '../../modules/purchases/purchase-request.js';
import { benchArgs } from '../args.js';
import { runHttpClients, signIn, startBenchHttp } from '../http-load.js';
import { baselinePool, databaseSettingsText, openBenchDatabase } from '../lists/database.js';
import { machine } from '../lists/report.js';
import { runLoad, type Throughput } from '../load.js';
import { passed, type ThroughputResult } from '../throughput-report.js';
import { type BaselineItem, preparePurchaseBaseline, purchase, returnPurchase } from './baseline.js';
import { type PurchaseChecks, printPurchasesTable, writePurchasesMarkdown } from './report.js';

/**
 * pnpm bench:purchases — recording a purchase at the till (`PurchaseService.record`) and returning
 * one, each beside a hand-written SQL purchase (or return) run just before it in the same process.
 *   --ops N          purchases per service-layer scenario (default 6,000; the hot product, HTTP and
 *                    returns take a third)
 *   --customers N    customers of the workspace (default 10,000; the active ones buy)
 *   --products N     catalogue size (default 200, every second one stock-tracked)
 *   --connections N  database connections of Patron and of the baseline alike (default 20)
 *   --no-docs        do not rewrite docs/benchmarks.md
 * Exits 1 when a scenario misses its bar or a check finds a mismatch.
 */
const { values: flags } = parseArgs({
  args: benchArgs(),
  options: {
    ops: { type: 'string', default: '6000' },
    customers: { type: 'string', default: '10000' },
    products: { type: 'string', default: '200' },
    connections: { type: 'string', default: '20' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const OPS = Number(flags.ops);
const FEWER = Math.round(OPS / 3);
const CUSTOMERS = Number(flags.customers);
const PRODUCTS = Math.max(4, Math.floor(Number(flags.products) / 2) * 2);
const WORKERS = 20;
const CONNECTIONS = Number(flags.connections);
/** Stock each tracked product starts with: no purchase of the run is refused for stock. */
const OPENING_STOCK = 1_000_000;
/** The workspace's programme (no tiers): 2% cashback in credit, 1 coin per 10 of money paid. */
const RULES = {
  cashbackPercent: 2,
  cashbackCurrency: 'credit',
  pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }],
};
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const started = performance.now();
const log = (m: string) =>
  console.log(`[bench:purchases ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);
const run = Date.now().toString(36);
const RECORD = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id ledger { currency role amount } } }`;

const sku = (k: number) => `SKU-${String(k).padStart(4, '0')}`;
const price = (k: number) => 2.5 + (k % 40);
/** Product k is tracked when k is even. */
const tracked = (k: number) => k % 2 === 0;

/**
 * Purchase i: one tracked product (`hot`: always product 0), two of another catalogue product (tracked
 * or not) and a free-text item; money in two decimals.
 */
function basket(i: number, hot: boolean): { items: PurchaseItem[]; products: number[]; amount: number } {
  const first = hot ? 0 : 2 * ((i * 7) % (PRODUCTS / 2));
  let second = (i * 13 + 1) % PRODUCTS;
  if (second === first) second = (second + 1) % PRODUCTS;
  const items = [
    { sku: sku(first), name: `Product ${first}`, quantity: 1, price: price(first) },
    { sku: sku(second), name: `Product ${second}`, quantity: 2, price: price(second) },
    { sku: '', name: 'Carrier bag', quantity: 1, price: 0.2 },
  ];
  const amount = Math.round(items.reduce((sum, item) => sum + item.quantity * item.price * 100, 0)) / 100;
  return { items, products: [first, second], amount };
}

const refusal = (error: unknown) =>
  (error as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT';

async function main(): Promise<number> {
  // Before the benchmark does anything: later figures include its own Node process and connections.
  const loadBefore = os.loadavg()[0] ?? 0;
  // Afresh each run: what the last run wrote (and autovacuum still working through it) would be
  // measured too, differently every time.
  const db = await openBenchDatabase(repoRoot, log, 'patron_bench_purchases', { fresh: true });
  const pool = baselinePool(db.url);
  pool.options.max = CONNECTIONS;
  const app = await createPatronApp({ databaseUrl: db.url, log, pollEvents: false, poolSize: CONNECTIONS });
  const closers: (() => Promise<void>)[] = [() => app.close(), () => pool.end(), () => db.stop()];
  try {
    const password = `bench-${run}-secret`;
    const email = `purchases-${run}@bench.patron`;
    const { workspace, admin } = await app.services.workspaces.create(`Purchases bench ${run}`, {
      email,
      name: 'Bench admin',
      password,
    });
    const workspaceId = workspace.id;
    // The till's staff member (an admin bound to no branch: names any of the three).
    const actor = { kind: 'staff' as const, id: admin.id, name: 'Bench admin' };
    const system = { kind: 'system' as const, id: null, name: 'Benchmark' };
    await app.services.loyaltyProgramme.update(workspaceId, system, { rules: RULES });
    for (const branch of DEMO_BRANCHES) await app.services.branches.create(system, workspaceId, branch);
    log(`inserting ${CUSTOMERS.toLocaleString('en')} demo customers`);
    await insertDemoCustomers(app, workspaceId, CUSTOMERS);
    const { rows: active } = await pool.query<{ id: string }>(
      `select id from customer where workspace_id = $1 and status = 'ACTIVE' and deleted_at is null
        order by created_at, id`,
      [workspaceId],
    );
    const ids = active.map((r) => r.id);
    log(
      `creating ${PRODUCTS} products (${PRODUCTS / 2} tracked, ${OPENING_STOCK.toLocaleString('en')} each)`,
    );
    for (let k = 0; k < PRODUCTS; k++) {
      const product = await app.services.products.create(system, workspaceId, {
        sku: sku(k),
        name: { en: `Product ${k}` },
        kind: 'PRODUCT',
        price: price(k),
        unit: 'piece',
        tracked: tracked(k),
        reorderLevel: null,
      });
      if (tracked(k))
        await app.services.stock.receive(system, workspaceId, product.id, OPENING_STOCK, 'Opening stock');
    }
    await preparePurchaseBaseline(pool, ids.length, PRODUCTS);
    // Not timed: statistics for the 10,000 customers just written.
    await pool.query('vacuum analyze');

    // Worker w buys for customers w, w + 20, …: no two workers ever serve the same customer.
    const perWorker = Math.floor(ids.length / WORKERS);
    const customer = (i: number) => (i % WORKERS) + WORKERS * (Math.floor(i / WORKERS) % perWorker);
    const branch = (i: number) => DEMO_BRANCHES[i % DEMO_BRANCHES.length]?.code as string;
    const request = (i: number, hot: boolean, tag: string) => {
      const { items, amount } = basket(i, hot);
      return {
        customerId: ids[customer(i)] as string,
        amount,
        invoiceNumber: `${tag}-${i}`,
        items,
        branch: branch(i),
        paymentStatus: 'PAID' as const,
        idempotencyKey: `${tag}-${run}-${i}`,
      };
    };
    const recorded = new Map<string, string[]>();
    const service = (hot: boolean, tag: string) => {
      const ids: string[] = [];
      recorded.set(tag, ids);
      return async (_w: number, i: number) => {
        try {
          ids[i] = (await app.services.purchases.record(workspaceId, actor, request(i, hot, tag))).id;
          return true;
        } catch (error) {
          if (refusal(error)) return false;
          throw error;
        }
      };
    };
    const baselineIds = new Map<string, string[]>();
    const sql = (hot: boolean, tag: string) => {
      const ids: string[] = [];
      baselineIds.set(tag, ids);
      return async (_w: number, i: number) => {
        const { items, products, amount } = basket(i, hot);
        const rows: BaselineItem[] = items.map((item, j) => ({
          ...item,
          product: j === 0 ? (products[0] as number) : null,
        }));
        const id = await purchase(pool, customer(i), rows, amount, Math.floor(amount), `${tag}-${run}-${i}`);
        if (id !== null) ids[i] = id;
        return id !== null;
      };
    };

    log('warming up');
    await runLoad(WORKERS, 500, service(false, 'warm'));
    await runLoad(WORKERS, 500, sql(false, 'warm'));

    const results: ThroughputResult[] = [];
    const loads: number[] = [];
    const pair = async (
      name: string,
      bar: ThroughputResult['bar'],
      total: number,
      ours: () => Promise<Throughput>,
      floor: () => Promise<Throughput>,
    ) => {
      loads.push(os.loadavg()[0] ?? 0);
      const baseline = await floor();
      const patron = await ours();
      log(
        `${name}: ${Math.round(patron.opsPerSecond)} ops/s (p50 ${patron.p50.toFixed(1)}, p95 ${patron.p95.toFixed(1)} ms), baseline ${Math.round(baseline.opsPerSecond)} ops/s (p95 ${baseline.p95.toFixed(1)} ms)`,
      );
      results.push({ name, bar, ops: total, patron, baseline });
    };

    await pair(
      `service layer, ${WORKERS} workers, distinct customers`,
      BARS.distinct,
      OPS,
      () => runLoad(WORKERS, OPS, service(false, 'distinct')),
      () => runLoad(WORKERS, OPS, sql(false, 'distinct')),
    );
    await pair(
      `service layer, ${WORKERS} workers, one hot tracked product`,
      BARS.hot,
      FEWER,
      () => runLoad(WORKERS, FEWER, service(true, 'hot')),
      () => runLoad(WORKERS, FEWER, sql(true, 'hot')),
    );

    const http = await startBenchHttp(app);
    closers.unshift(() => http.close());
    const cookie = await signIn(http.url, email, password);
    let clientCpuSeconds = 0;
    const overHttp = async (total: number, tag: string) => {
      const bodies = Array.from({ length: total }, (_, i) =>
        JSON.stringify({ query: RECORD, variables: { input: request(i, false, tag) } }),
      );
      const result = await runHttpClients({
        url: http.url,
        cookie,
        clients: WORKERS,
        bodies,
        refusedCodes: ['BAD_USER_INPUT'],
      });
      clientCpuSeconds = result.clientCpuSeconds;
      return result;
    };
    await overHttp(500, 'http-warm');
    await pair(
      `GraphQL recordPurchase over HTTP, ${WORKERS} clients`,
      BARS.http,
      FEWER,
      () => overHttp(FEWER, 'http'),
      () => runLoad(WORKERS, FEWER, sql(false, 'http')),
    );

    // Returns of the first purchases of the distinct scenario: operation i is worker i % 20's again.
    const bought = recorded.get('distinct') ?? [];
    const baselineBought = baselineIds.get('distinct') ?? [];
    await pair(
      `return of a whole purchase, service layer, ${WORKERS} workers`,
      BARS.returns,
      FEWER,
      () =>
        runLoad(WORKERS, FEWER, async (_w, i) => {
          try {
            await app.services.purchaseReturns.return(workspaceId, actor, {
              purchaseId: bought[i] as string,
              idempotencyKey: `return-${run}-${i}`,
            });
            return true;
          } catch (error) {
            if (refusal(error)) return false;
            throw error;
          }
        }),
      () =>
        runLoad(WORKERS, FEWER, (_w, i) =>
          returnPurchase(pool, baselineBought[i] as string, `return-${run}-${i}`),
        ),
    );

    const checks = await check(pool, workspaceId);
    printPurchasesTable(results);
    for (const [name, count] of Object.entries(checks)) log(`${name}: ${count}`);
    const notes = [
      `The HTTP clients (node:http, one kept-alive connection each, on a worker thread of the same machine) used ${((clientCpuSeconds * 1000) / FEWER).toFixed(2)} ms of CPU per request.`,
      `1-minute load average when the run started: ${loadBefore.toFixed(1)}${loadBefore > 1 ? ' (other work was running on the machine)' : ''}; as each scenario started, the benchmark's own work included: ${loads.map((l) => l.toFixed(1)).join(', ')}.`,
    ];
    for (const note of notes) log(note);
    const { rows: version } = await pool.query<{ v: string }>(
      "select current_setting('server_version') as v",
    );
    const settings = databaseSettingsText(db);
    if (!flags['no-docs']) {
      await writePurchasesMarkdown(path.join(repoRoot, 'docs/benchmarks.md'), results, {
        machine: machine(version[0]?.v ?? '?', settings),
        workers: WORKERS,
        customers: CUSTOMERS,
        buyers: ids.length,
        products: PRODUCTS,
        freshDatabase: db.origin !== 'DATABASE_URL',
        checks,
        notes,
      });
      log('wrote docs/benchmarks.md');
    }
    const missed = results.filter((r) => !passed(r)).map((r) => r.name);
    const mismatches = Object.values(checks).reduce((sum, c) => sum + c, 0);
    log(missed.length ? `${missed.length} scenario(s) missed their bar` : 'every scenario met its bar');
    if (mismatches) log(`${mismatches} mismatch(es) in the checks`);
    return missed.length || mismatches ? 1 : 0;
  } finally {
    for (const close of closers) await close().catch(() => {});
  }
}

/**
 * What a busy chain needs, with margin (docs/benchmarks.md, "Purchases (bench:purchases)", says why):
 * 100 tills at a purchase every 10 s are 10 purchases/s.
 */
const BARS: Record<'distinct' | 'hot' | 'http' | 'returns', ThroughputResult['bar']> = {
  distinct: { opsPerSecond: 150 },
  hot: { opsPerSecond: 75 },
  http: { opsPerSecond: 100, p95: 250 },
  returns: { opsPerSecond: 100 },
};

/** After the run, over the whole workspace: every count must be 0. */
async function check(pool: import('pg').Pool, workspaceId: string): Promise<PurchaseChecks> {
  const count = async (sql: string) =>
    Number((await pool.query<{ n: string }>(sql, [workspaceId])).rows[0]?.n ?? 0);
  return {
    'balances that differ from the sum of their operations': await count(
      `select count(*) as n from balance b
        where b.workspace_id = $1 and b.amount <> (select coalesce(sum(amount), 0) from ledger_operation o
               where o.workspace_id = b.workspace_id and o.customer_id = b.customer_id and o.currency_id = b.currency_id)`,
    ),
    'tracked products whose stock differs from the sum of their movements': await count(
      `select count(*) as n from product p
        where p.workspace_id = $1 and p.tracked and p.on_hand <> (select coalesce(sum(quantity), 0) from stock_movement m
               where m.workspace_id = p.workspace_id and m.product_id = p.id)`,
    ),
    'negative balances or stock': await count(
      `select (select count(*) from balance where workspace_id = $1 and amount < 0)
            + (select count(*) from product where workspace_id = $1 and on_hand < 0) as n`,
    ),
    'purchases without a SOLD movement': await count(
      `select count(*) as n from purchase p where p.workspace_id = $1 and not exists (
         select 1 from stock_movement m where m.workspace_id = p.workspace_id and m.purchase_id = p.id and m.kind = 'SOLD')`,
    ),
    'returned purchases whose stock did not come back': await count(
      `select count(*) as n from purchase p where p.workspace_id = $1 and p.returned_amount = p.amount
          and (select coalesce(sum(quantity), 0) from stock_movement m
                where m.workspace_id = p.workspace_id and m.purchase_id = p.id) <> 0`,
    ),
  };
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('[bench:purchases] failed:', error);
    process.exit(1);
  },
);
