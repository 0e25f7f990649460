import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldOf, paramsOf, problemOf } from '../../testing/answers.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const FIELDS = 'id sku name { en ru fa } kind price unit active tracked onHand reorderLevel lowStock';
const CREATE = `mutation($input: ProductInput!) { createProduct(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ProductInput!) { updateProduct(id: $id, input: $input) { ${FIELDS} } }`;
const ACTIVE =
  'mutation($id: ID!, $active: Boolean!) { setProductActive(id: $id, active: $active) { id active } }';
const DELETE = 'mutation($id: ID!) { deleteProduct(id: $id) }';
const LIST = `query($all: Boolean) { products(includeInactive: $all) { ${FIELDS} } }`;
const ONE = `query($id: ID!, $first: Int, $after: String) { product(id: $id) { ${FIELDS}
  movements(first: $first, after: $after) { edges { cursor node { kind quantity onHand purchaseId note actor { name } } }
    pageInfo { hasNextPage endCursor } } } }`;
const RECEIVE = `mutation($id: ID!, $q: Float!, $note: String) { receiveStock(productId: $id, quantity: $q, note: $note) {
  kind quantity onHand note } }`;
const COUNT = `mutation($id: ID!, $n: Float!, $reason: String) { setStockCount(productId: $id, counted: $n, reason: $reason) {
  kind quantity onHand note } }`;
const SALES = `query($from: DateTime!, $to: DateTime!) { productSales(from: $from, to: $to) {
  product { sku onHand } quantity revenue } }`;
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const RECORD = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id items { sku quantity } } }`;
const RETURN = 'mutation($input: ReturnPurchaseInput!) { returnPurchase(input: $input) { id amount } }';
const COUNT_PURCHASES = 'query($id: ID!) { customer(id: $id) { purchaseSummary { count } } }';

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let buyer: string;
let n = 0;
const key = () => `product-test-${++n}-${Date.now()}`;

async function customer(w: TestWorkspace): Promise<string> {
  return (
    await w.as.OPERATOR.requestOk(CREATE_CUSTOMER, { input: { attributes: { firstName: `Buyer ${++n}` } } })
  ).createCustomer.id;
}

const purchase = (
  client: GraphQLClient,
  items: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
) =>
  client.request(RECORD, {
    input: { customerId: buyer, amount: 100, paymentStatus: 'PAID', idempotencyKey: key(), items, ...extra },
  });

const product = async (input: Record<string, unknown>) =>
  (
    await ws.as.MANAGER.requestOk(CREATE, {
      input: { name: { en: String(input.sku) }, kind: 'PRODUCT', price: 10, ...input },
    })
  ).createProduct;

const stockOf = async (id: string, w = ws) => (await w.as.ANALYST.requestOk(ONE, { id, first: 50 })).product;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace();
  buyer = await customer(ws);
});
afterAll(async () => server?.close());

describe('the catalogue', () => {
  it('is created and edited by managers, SKU unique whatever its case and fixed once given', async () => {
    const latte = await product({
      sku: ' Latte-1 ',
      name: { en: ' Latte ', ru: 'Латте', fa: 'لاته' },
      price: 3.5,
      unit: 'cup',
    });
    expect(latte).toMatchObject({
      sku: 'Latte-1',
      name: { en: 'Latte', ru: 'Латте', fa: 'لاته' },
      kind: 'PRODUCT',
      price: 3.5,
      unit: 'cup',
      active: true,
      tracked: false,
      onHand: 0,
      lowStock: false,
    });
    const taken = await ws.as.MANAGER.request(CREATE, {
      input: { sku: 'LATTE-1', name: { en: 'Other' }, kind: 'PRODUCT', price: 1 },
    });
    expect([problemOf(taken), fieldOf(taken)]).toEqual(['PRODUCT_SKU_TAKEN', ['input', 'sku']]);
    const edited = await ws.as.MANAGER.requestOk(UPDATE, {
      id: latte.id,
      input: {
        sku: 'latte-1',
        name: { en: 'Big latte' },
        kind: 'PRODUCT',
        price: 4,
        tracked: true,
        reorderLevel: 2,
      },
    });
    expect(edited.updateProduct).toMatchObject({ sku: 'Latte-1', price: 4, tracked: true, lowStock: true });
    const fixed = await ws.as.MANAGER.request(UPDATE, {
      id: latte.id,
      input: { sku: 'other', name: { en: 'Latte' }, kind: 'PRODUCT', price: 4 },
    });
    expect([problemOf(fixed), fieldOf(fixed)]).toEqual(['PRODUCT_SKU_FIXED', ['input', 'sku']]);
  });

  it('names every bad field: SKU, name, price, unit, a tracked service, the reorder level', async () => {
    const answer = await ws.as.MANAGER.request(CREATE, {
      input: {
        sku: ' ',
        name: {},
        kind: 'SERVICE',
        price: 1.234,
        unit: 'x'.repeat(21),
        tracked: true,
        reorderLevel: 0.0001,
      },
    });
    const fields = (
      (answer.errors?.[0]?.extensions?.fields ?? []) as { path: string[]; problem: { code: string } }[]
    ).map((f) => [f.path.join('.'), f.problem.code]);
    expect(fields).toEqual([
      ['input.sku', 'REQUIRED'],
      ['input.name', 'NAME_IN_ONE_LANGUAGE'],
      ['input.price', 'MONEY_FORMAT'],
      ['input.unit', 'TOO_LONG'],
      ['input.tracked', 'PRODUCT_SERVICE_NOT_TRACKED'],
      ['input.reorderLevel', 'QUANTITY_DECIMALS'],
    ]);
  });

  it('is read by operators and analysts, changed by managers and admins only', async () => {
    const input = { sku: `role-${++n}`, name: { fa: 'چای' }, kind: 'SERVICE', price: 0 };
    for (const role of ['OPERATOR', 'ANALYST'] as const) {
      expect(problemOf(await ws.as[role].request(CREATE, { input }))).toBe('FORBIDDEN');
      expect((await ws.as[role].requestOk(LIST, {})).products.length).toBeGreaterThan(0);
    }
    const made = (await ws.as.ADMIN.requestOk(CREATE, { input })).createProduct;
    expect(problemOf(await ws.as.OPERATOR.request(RECEIVE, { id: made.id, q: 1 }))).toBe('FORBIDDEN');
    expect(problemOf(await ws.as.OPERATOR.request(DELETE, { id: made.id }))).toBe('FORBIDDEN');
    expect(await ws.as.MANAGER.requestOk(DELETE, { id: made.id })).toEqual({ deleteProduct: made.id });
  });

  it('stays in its workspace: another one neither sees nor changes it, and sells its SKU as a free item', async () => {
    const mine = await product({ sku: `iso-${++n}`, tracked: true });
    await ws.as.MANAGER.requestOk(RECEIVE, { id: mine.id, q: 3 });
    expect((await other.as.MANAGER.requestOk(ONE, { id: mine.id })).product).toBeNull();
    expect((await other.as.MANAGER.requestOk(LIST, { all: true })).products).toEqual([]);
    for (const [query, vars] of [
      [UPDATE, { id: mine.id, input: { name: { en: 'x' }, kind: 'PRODUCT', price: 1 } }],
      [ACTIVE, { id: mine.id, active: false }],
      [DELETE, { id: mine.id }],
      [RECEIVE, { id: mine.id, q: 1 }],
      [COUNT, { id: mine.id, n: 0 }],
    ] as const)
      expect(problemOf(await other.as.MANAGER.request(query, vars))).toBe('PRODUCT_NOT_FOUND');
    const theirBuyer = await customer(other);
    const sold = await other.as.OPERATOR.request(RECORD, {
      input: {
        customerId: theirBuyer,
        amount: 10,
        paymentStatus: 'PAID',
        idempotencyKey: key(),
        items: [{ sku: mine.sku, quantity: 10 }],
      },
    });
    expect(sold.errors).toBeUndefined();
    expect((await stockOf(mine.id)).onHand).toBe(3);
  });

  it('deactivates, and deletes only what no purchase or movement names (PRODUCT_IN_USE with counts)', async () => {
    const sold = await product({ sku: `used-${++n}`, tracked: true });
    await ws.as.MANAGER.requestOk(RECEIVE, { id: sold.id, q: 2 });
    await purchase(ws.as.OPERATOR, [{ sku: sold.sku.toUpperCase(), quantity: 1 }]);
    const inUse = await ws.as.MANAGER.request(DELETE, { id: sold.id });
    expect(problemOf(inUse)).toBe('PRODUCT_IN_USE');
    expect(paramsOf(inUse)).toEqual({ purchases: 1, movements: 2 });
    const free = await product({ sku: `free-${++n}` });
    await purchase(ws.as.OPERATOR, [{ sku: free.sku, quantity: 1 }]);
    expect(paramsOf(await ws.as.MANAGER.request(DELETE, { id: free.id }))).toEqual({
      purchases: 1,
      movements: 0,
    });
    await ws.as.MANAGER.requestOk(ACTIVE, { id: free.id, active: false });
    expect(
      (await ws.as.OPERATOR.requestOk(LIST, {})).products.map((p: { id: string }) => p.id),
    ).not.toContain(free.id);
    const inactive = await purchase(ws.as.OPERATOR, [{ name: 'ok' }, { sku: free.sku, quantity: 1 }]);
    expect([problemOf(inactive), fieldOf(inactive)]).toEqual([
      'PRODUCT_INACTIVE',
      ['input', 'items', 1, 'sku'],
    ]);
    expect(
      problemOf(await ws.as.MANAGER.request(DELETE, { id: '00000000-0000-4000-8000-000000000000' })),
    ).toBe('PRODUCT_NOT_FOUND');
  });

  it('writes an audit event for each change, the SKU as subject', async () => {
    const p = await product({ sku: `audit-${++n}`, tracked: true });
    await ws.as.MANAGER.requestOk(UPDATE, {
      id: p.id,
      input: { name: { en: 'Renamed' }, kind: 'PRODUCT', price: 10, tracked: true },
    });
    await ws.as.MANAGER.requestOk(ACTIVE, { id: p.id, active: false });
    await ws.as.MANAGER.requestOk(ACTIVE, { id: p.id, active: true });
    await ws.as.MANAGER.requestOk(RECEIVE, { id: p.id, q: 5, note: 'Delivery 12' });
    await ws.as.MANAGER.requestOk(COUNT, { id: p.id, n: 4, reason: 'Broken cup' });
    await ws.as.MANAGER.requestOk(COUNT, { id: p.id, n: 0 });
    const empty = await product({ sku: `audit-${++n}` });
    await ws.as.MANAGER.requestOk(DELETE, { id: empty.id });
    const { auditEvents } = await ws.as.ADMIN.requestOk(
      `{ auditEvents(first: 50, types: [PRODUCT_CREATED, PRODUCT_UPDATED, PRODUCT_DEACTIVATED, PRODUCT_REACTIVATED,
        PRODUCT_DELETED, PRODUCT_STOCK_RECEIVED, PRODUCT_STOCK_COUNTED]) { edges { node { type subject details } } } }`,
    );
    const mine = auditEvents.edges
      .map((e: { node: { type: string; subject: string; details: Record<string, unknown> } }) => e.node)
      .filter((e: { subject: string }) => e.subject === p.sku || e.subject === empty.sku)
      .reverse();
    expect(mine.map((e: { type: string }) => e.type)).toEqual([
      'PRODUCT_CREATED',
      'PRODUCT_UPDATED',
      'PRODUCT_DEACTIVATED',
      'PRODUCT_REACTIVATED',
      'PRODUCT_STOCK_RECEIVED',
      'PRODUCT_STOCK_COUNTED',
      'PRODUCT_STOCK_COUNTED',
      'PRODUCT_CREATED',
      'PRODUCT_DELETED',
    ]);
    expect(mine[1].details).toMatchObject({ name: { from: { en: p.sku }, to: { en: 'Renamed' } } });
    expect(mine[5].details).toMatchObject({ from: 5, to: 4, reason: 'Broken cup' });
  });
});

describe('stock', () => {
  it('moves with receipts, purchases, returns and stocktakes, each a movement, newest first and paged', async () => {
    const beans = await product({
      sku: `beans-${++n}`,
      tracked: true,
      unit: 'kg',
      price: 20,
      reorderLevel: 1,
    });
    expect(
      (await ws.as.MANAGER.requestOk(RECEIVE, { id: beans.id, q: 5.5, note: ' Supplier A ' })).receiveStock,
    ).toEqual({
      kind: 'RECEIVED',
      quantity: 5.5,
      onHand: 5.5,
      note: 'Supplier A',
    });
    const bought = (
      await ws.as.OPERATOR.requestOk(RECORD, {
        input: {
          customerId: buyer,
          amount: 100,
          paymentStatus: 'PAID',
          idempotencyKey: key(),
          items: [
            { sku: beans.sku.toUpperCase(), quantity: 1.25, price: 20 },
            { sku: 'not-in-catalogue', quantity: 7, price: 1 },
            { sku: beans.sku, quantity: 2.75, price: 20 },
          ],
        },
      })
    ).recordPurchase;
    expect((await stockOf(beans.id)).onHand).toBe(1.5);
    await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: bought.id, amount: 25, idempotencyKey: key() },
    });
    expect((await stockOf(beans.id)).onHand).toBe(2.5);
    await ws.as.OPERATOR.requestOk(RETURN, { input: { purchaseId: bought.id, idempotencyKey: key() } });
    expect((await stockOf(beans.id)).onHand).toBe(5.5);
    expect(
      (await ws.as.MANAGER.requestOk(COUNT, { id: beans.id, n: 0.5, reason: 'spilt' })).setStockCount,
    ).toEqual({
      kind: 'COUNTED',
      quantity: -5,
      onHand: 0.5,
      note: 'spilt',
    });
    const p = await stockOf(beans.id);
    expect(p).toMatchObject({ onHand: 0.5, lowStock: true });
    expect(
      p.movements.edges.map((e: { node: { kind: string; quantity: number; purchaseId: string | null } }) => [
        e.node.kind,
        e.node.quantity,
        e.node.purchaseId,
      ]),
    ).toEqual([
      ['COUNTED', -5, null],
      ['RETURNED', 3, bought.id],
      ['RETURNED', 1, bought.id],
      ['SOLD', -4, bought.id],
      ['RECEIVED', 5.5, null],
    ]);
    const first = (await ws.as.ANALYST.requestOk(ONE, { id: beans.id, first: 2 })).product.movements;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await ws.as.ANALYST.requestOk(ONE, { id: beans.id, first: 10, after: first.pageInfo.endCursor })
    ).product.movements;
    expect(rest.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual([
      'RETURNED',
      'SOLD',
      'RECEIVED',
    ]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses more than is left (PRODUCT_OUT_OF_STOCK at the item) and writes nothing of the purchase', async () => {
    const cups = await product({ sku: `cups-${++n}`, tracked: true });
    await ws.as.MANAGER.requestOk(RECEIVE, { id: cups.id, q: 3 });
    const before = (await ws.as.ANALYST.requestOk(COUNT_PURCHASES, { id: buyer })).customer.purchaseSummary
      .count;
    const answer = await purchase(ws.as.OPERATOR, [
      { sku: cups.sku, quantity: 2 },
      { name: 'napkin' },
      { sku: cups.sku, quantity: 2 },
    ]);
    expect([problemOf(answer), fieldOf(answer), paramsOf(answer)]).toEqual([
      'PRODUCT_OUT_OF_STOCK',
      ['input', 'items', 2, 'quantity'],
      { sku: cups.sku, available: 3, asked: 4 },
    ]);
    expect(
      (await ws.as.ANALYST.requestOk(COUNT_PURCHASES, { id: buyer })).customer.purchaseSummary.count,
    ).toBe(before);
    const after = await stockOf(cups.id);
    expect([after.onHand, after.movements.edges.length]).toEqual([3, 1]);
    const decimals = await purchase(ws.as.OPERATOR, [{ sku: cups.sku, quantity: 0.0005 }]);
    expect([problemOf(decimals), fieldOf(decimals)]).toEqual([
      'QUANTITY_DECIMALS',
      ['input', 'items', 0, 'quantity'],
    ]);
  });

  it('refuses receipts and counts that make no sense', async () => {
    const haircut = (
      await ws.as.MANAGER.requestOk(CREATE, {
        input: { sku: `cut-${++n}`, name: { en: 'Haircut' }, kind: 'SERVICE', price: 30 },
      })
    ).createProduct;
    const untracked = await ws.as.MANAGER.request(RECEIVE, { id: haircut.id, q: 1 });
    expect([problemOf(untracked), fieldOf(untracked), paramsOf(untracked)]).toEqual([
      'PRODUCT_NOT_TRACKED',
      ['productId'],
      { sku: haircut.sku },
    ]);
    const tea = await product({ sku: `tea-${++n}`, tracked: true });
    for (const [query, vars, code, field] of [
      [RECEIVE, { id: tea.id, q: 0 }, 'MORE_THAN_ZERO', ['quantity']],
      [RECEIVE, { id: tea.id, q: 1.0001 }, 'QUANTITY_DECIMALS', ['quantity']],
      [RECEIVE, { id: tea.id, q: 1, note: 'x'.repeat(501) }, 'TOO_LONG', ['note']],
      [COUNT, { id: tea.id, n: -1 }, 'CANNOT_BE_NEGATIVE', ['counted']],
    ] as const) {
      const answer = await ws.as.MANAGER.request(query, vars);
      expect([problemOf(answer), fieldOf(answer)]).toEqual([code, field]);
    }
    expect((await stockOf(tea.id)).movements.edges).toEqual([]);
  });

  it('sells the last unit once when two tills ask for it at the same moment', async () => {
    const last = await product({ sku: `last-${++n}`, tracked: true });
    await ws.as.MANAGER.requestOk(RECEIVE, { id: last.id, q: 1 });
    const second = await customer(ws);
    const answers = await Promise.all([
      purchase(ws.as.OPERATOR, [{ sku: last.sku, quantity: 1 }]),
      purchase(ws.as.MANAGER, [{ sku: last.sku, quantity: 1 }], { customerId: second }),
    ]);
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.map(problemOf).filter(Boolean)).toEqual(['PRODUCT_OUT_OF_STOCK']);
    expect((await stockOf(last.id)).onHand).toBe(0);
  });

  it('reports sales per product over a period, net of returns, with the stock on hand', async () => {
    const w = await server.workspace();
    const who = await customer(w);
    const make = async (input: Record<string, unknown>) =>
      (await w.as.MANAGER.requestOk(CREATE, { input: { kind: 'PRODUCT', price: 10, ...input } }))
        .createProduct;
    const mug = await make({ sku: 'MUG', name: { en: 'Mug' }, tracked: true });
    await make({ sku: 'WASH', name: { en: 'Wash' }, kind: 'SERVICE' });
    await w.as.MANAGER.requestOk(RECEIVE, { id: mug.id, q: 10 });
    const input = (amount: number, items: unknown[], purchasedAt?: string) => ({
      input: { customerId: who, amount, paymentStatus: 'PAID', idempotencyKey: key(), items, purchasedAt },
    });
    const a = (await w.as.OPERATOR.requestOk(RECORD, input(40, [{ sku: 'mug', quantity: 4, price: 10 }])))
      .recordPurchase;
    await w.as.OPERATOR.requestOk(RETURN, { input: { purchaseId: a.id, amount: 10, idempotencyKey: key() } });
    await w.as.OPERATOR.requestOk(RECORD, input(5, [{ sku: 'WASH', quantity: 1, price: 5 }]));
    await w.as.OPERATOR.requestOk(
      RECORD,
      input(10, [{ sku: 'MUG', quantity: 1, price: 10 }], '2020-01-01T00:00:00Z'),
    );
    const { productSales } = await w.as.ANALYST.requestOk(SALES, {
      from: new Date(Date.now() - 86_400_000).toISOString(),
      to: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(productSales).toEqual([
      { product: { sku: 'MUG', onHand: 6 }, quantity: 3, revenue: 30 },
      { product: { sku: 'WASH', onHand: 0 }, quantity: 1, revenue: 5 },
    ]);
    const reversed = await w.as.ANALYST.request(SALES, {
      from: '2026-02-01T00:00:00Z',
      to: '2026-01-01T00:00:00Z',
    });
    expect(problemOf(reversed)).toBe('REPORT_PERIOD_REVERSED');
  });
});
