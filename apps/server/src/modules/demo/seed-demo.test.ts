import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../../testing/harness.js';
import { DEMO_BRANCHES, DEMO_OPERATOR_BRANCH } from './demo-branches.js';
import { DEMO_NEWS } from './demo-news.js';
import { DEMO_ADMIN, seedDemo } from './seed-demo.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemo(server.app, TEST_PASSWORD, 300);
});
afterAll(async () => server?.close());

describe('demo club', () => {
  it('has customers with history, custom attributes, and a working admin login', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: DEMO_ADMIN.email,
      p: TEST_PASSWORD,
    });
    const data = await client.requestOk(`{
      customers(first: 1) { totalCount edges { node { id displayName history(types: [CUSTOMER_CREATED]) { totalCount } } } }
      attributeDefinitions { key system }
    }`);
    expect(data.customers.totalCount).toBe(300);
    expect(data.customers.edges[0].node.history.totalCount).toBe(1);
    expect(
      data.attributeDefinitions.filter((d: { system: boolean }) => !d.system).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('gives active customers balances through real operations', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: DEMO_ADMIN.email,
      p: TEST_PASSWORD,
    });
    const active = await client.requestOk(
      `{ customerCount(filter: { op: AND, conditions: [{ field: "status", operator: EQ, value: "ACTIVE" }] }) }`,
    );
    const withCoins = await client.requestOk(
      `{ customerCount(filter: { op: AND, conditions: [{ field: "balance_coins", operator: GTE, value: 50 }] }) }`,
    );
    expect(withCoins.customerCount).toBe(active.customerCount);
    const { customers } = await client.requestOk(
      '{ customers(first: 1) { edges { node { ledger { edges { node { kind reason } } } } } } }',
    );
    expect(
      customers.edges[0].node.ledger.edges.map((e: { node: { reason: string } }) => e.node.reason),
    ).toContain('Welcome gift');
  });

  it('has purchases recorded through the till path: earnings, referrals and totals', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: DEMO_ADMIN.email,
      p: TEST_PASSWORD,
    });
    const buyers = await client.requestOk(
      `{ customerCount(filter: { op: AND, conditions: [{ field: "purchaseCount", operator: GTE, value: 1 }] }) }`,
    );
    expect(buyers.customerCount).toBe(75);
    const { customers } =
      await client.requestOk(`{ customers(first: 1, sort: { field: "purchaseTotal", direction: DESC }) {
      edges { node { purchaseSummary { total count } purchases(first: 1) { edges { node { items { sku } ledger { role currency } } } } } } } }`);
    const top = customers.edges[0].node;
    expect(top.purchaseSummary.count).toBeGreaterThan(0);
    const ledger = top.purchases.edges[0].node.ledger.map(
      (e: { role: string; currency: string }) => `${e.role}:${e.currency}`,
    );
    expect(ledger).toContain('EARN:xp');
    const referred = await client.requestOk(
      '{ customers(first: 200, sort: { field: "createdAt", direction: ASC }) { edges { node { referrerId } } } }',
    );
    expect(
      referred.customers.edges.filter((e: { node: { referrerId: string | null } }) => e.node.referrerId)
        .length,
    ).toBeGreaterThan(0);
  });

  it('has branches in three languages, purchases spread over them, and its operator bound to one', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: DEMO_ADMIN.email,
      p: TEST_PASSWORD,
    });
    const { branches } = await client.requestOk('{ branches { code name { en ru fa } active staffCount } }');
    expect(branches.map((b: { code: string }) => b.code).sort()).toEqual(
      DEMO_BRANCHES.map((b) => b.code).sort(),
    );
    for (const b of branches) {
      expect(b.active).toBe(true);
      expect([b.name.en, b.name.ru, b.name.fa].every(Boolean)).toBe(true);
      expect(b.staffCount).toBe(b.code === DEMO_OPERATOR_BRANCH ? 1 : 0);
    }
    const { customers } = await client.requestOk(
      '{ customers(first: 20, sort: { field: "purchaseTotal", direction: DESC }) { edges { node { purchases(first: 10) { edges { node { branch branchInfo { code } } } } } } } }',
    );
    const atBranch = new Map<string, number>();
    for (const c of customers.edges)
      for (const { node } of c.node.purchases.edges) {
        // Every purchase is at a branch of the club (its code, not free text).
        expect(node.branchInfo?.code).toBe(node.branch);
        atBranch.set(node.branch, (atBranch.get(node.branch) ?? 0) + 1);
      }
    expect([...atBranch.keys()].sort()).toEqual(DEMO_BRANCHES.map((b) => b.code).sort());

    const operator = new GraphQLClient(server.graphqlUrl);
    const { login } = await operator.requestOk(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { branch { code } } }',
      { e: 'operator@demo.patron.local', p: TEST_PASSWORD },
    );
    expect(login.branch).toEqual({ code: DEMO_OPERATOR_BRANCH });
  });

  it('has a catalogue of its menu with the past sales, beans low on the shelf, and gift cards', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: DEMO_ADMIN.email,
      p: TEST_PASSWORD,
    });
    const { products, productSales, giftCardBatches } = await client.requestOk(
      `query($from: DateTime!, $to: DateTime!) {
        products { sku tracked onHand lowStock name { en ru fa } }
        productSales(from: $from, to: $to) { product { sku } quantity }
        giftCardBatches { cardCount redeemedCount currency value }
      }`,
      { from: new Date(Date.now() - 3 * 365 * 86_400_000).toISOString(), to: new Date().toISOString() },
    );
    expect(products.map((p: { sku: string }) => p.sku).sort()).toEqual(['BEANS', 'CAKE', 'CAPPU', 'LATTE']);
    for (const p of products) expect([p.name.en, p.name.ru, p.name.fa].every(Boolean)).toBe(true);
    const beans = products.find((p: { sku: string }) => p.sku === 'BEANS');
    expect(beans).toMatchObject({ tracked: true, onHand: 12, lowStock: true });
    // The purchases recorded before the catalogue are its sales history.
    const sold = productSales.reduce((sum: number, r: { quantity: number }) => sum + r.quantity, 0);
    expect(sold).toBeGreaterThan(0);
    expect(giftCardBatches).toEqual([{ cardCount: 20, redeemedCount: 0, currency: 'credit', value: 25 }]);
  });

  it('tells its customers two pieces of news in three languages, the offer pinned first', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: DEMO_ADMIN.email,
      p: TEST_PASSWORD,
    });
    const { newsPosts } = await client.requestOk(
      '{ newsPosts { items { status pinned title { en ru fa } } } }',
    );
    expect(newsPosts.items.map((p: { title: { en: string } }) => p.title.en)).toEqual(
      DEMO_NEWS.map((p) => p.title.en),
    );
    for (const p of newsPosts.items) {
      expect(p.status).toBe('LIVE');
      expect([p.title.en, p.title.ru, p.title.fa].every(Boolean)).toBe(true);
    }
  });

  it('places customers in Bronze, Silver and Gold by their purchases', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: DEMO_ADMIN.email,
      p: TEST_PASSWORD,
    });
    const { tiers } = await client.requestOk('{ tiers { key customerCount } }');
    expect(tiers.map((t: { key: string }) => t.key)).toEqual(['bronze', 'silver', 'gold']);
    const placed = tiers.reduce((sum: number, t: { customerCount: number }) => sum + t.customerCount, 0);
    expect(placed).toBe(300);
    expect(tiers[1].customerCount).toBeGreaterThan(0);
  });

  it('signs in every demo role', async () => {
    for (const role of ['manager', 'operator', 'analyst']) {
      const client = new GraphQLClient(server.graphqlUrl);
      const data = await client.requestOk(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { role } }',
        {
          e: `${role}@demo.patron.local`,
          p: TEST_PASSWORD,
        },
      );
      expect(data.login.role).toBe(role.toUpperCase());
    }
  });
});
