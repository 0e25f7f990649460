import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE_PRODUCT = 'mutation($input: ProductInput!) { createProduct(input: $input) { id } }';
const RECEIVE = 'mutation($id: ID!, $q: Float!) { receiveStock(productId: $id, quantity: $q) { onHand } }';
const ON_HAND = 'query($id: ID!) { product(id: $id) { onHand } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const RECORD = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`;
const RETURN = `mutation($input: ReturnPurchaseInput!) { returnPurchase(input: $input) {
  amount items { line sku name quantity } } }`;
const PURCHASES = `query($id: ID!) { customer(id: $id) { purchases(first: 50) { edges { node {
  id returnedAmount items { sku quantity returnedQuantity } } } } } }`;
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [PURCHASE_RETURNED]) {
  edges { node { changes { newValue } } } } } }`;

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const fieldsOf = (answer: Answer) =>
  (answer.errors?.[0]?.extensions?.fields as {
    path: unknown[];
    problem: { code: string; params?: unknown };
  }[]) ?? [];

let server: TestServer;
let ws: TestWorkspace;
let buyer: string;
let beans: string;
let cups: string;
let n = 0;
const key = () => `returned-items-${++n}-${Date.now()}`;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  buyer = (await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, { input: { attributes: { firstName: 'Till' } } }))
    .createCustomer.id;
  const product = async (sku: string, price: number) =>
    (
      await ws.as.MANAGER.requestOk(CREATE_PRODUCT, {
        input: { sku, name: { en: sku }, kind: 'PRODUCT', price, tracked: true },
      })
    ).createProduct.id as string;
  beans = await product('BEANS', 10);
  cups = await product('CUP', 0);
  await ws.as.MANAGER.requestOk(RECEIVE, { id: beans, q: 10 });
  await ws.as.MANAGER.requestOk(RECEIVE, { id: cups, q: 10 });
});
afterAll(async () => server?.close());

const purchase = async (id: string) => {
  const edges = (await ws.as.OPERATOR.requestOk(PURCHASES, { id: buyer })).customer.purchases.edges;
  const { id: _, ...read } = edges.find((e: { node: { id: string } }) => e.node.id === id).node;
  return read;
};
const onHand = async (id: string) => (await ws.as.MANAGER.requestOk(ON_HAND, { id })).product.onHand;

/** 2 kg of beans at 10, a free cup and a service at 3: 23. */
const buy = async () =>
  (
    await ws.as.OPERATOR.requestOk(RECORD, {
      input: {
        customerId: buyer,
        amount: 23,
        paymentStatus: 'PAID',
        idempotencyKey: key(),
        items: [
          { sku: 'beans', quantity: 2, price: 10 },
          { sku: 'CUP', quantity: 1, price: 0 },
          { name: 'Grinding', quantity: 1, price: 3 },
        ],
      },
    })
  ).recordPurchase.id as string;

describe('a return that names its lines', () => {
  it('brings back those lines to stock, refunds their worth and keeps what came back of each line', async () => {
    const id = await buy();
    expect(await onHand(beans)).toBe(8);
    const returned = await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: id, items: [{ line: 1, quantity: 0.5 }], idempotencyKey: key() },
    });
    expect(returned.returnPurchase).toEqual({
      amount: 5,
      items: [{ line: 1, sku: 'beans', name: '', quantity: 0.5 }],
    });
    expect(await onHand(beans)).toBe(8.5);
    expect(await onHand(cups)).toBe(9);
    const read = await purchase(id);
    expect(read).toEqual({
      returnedAmount: 5,
      items: [
        { sku: 'beans', quantity: 2, returnedQuantity: 0.5 },
        { sku: 'CUP', quantity: 1, returnedQuantity: 0 },
        { sku: '', quantity: 1, returnedQuantity: 0 },
      ],
    });
    const history = (await ws.as.OPERATOR.requestOk(HISTORY, { id: buyer })).customer.history.edges;
    expect(history[0].node.changes[0].newValue).toMatchObject({
      returnedAmount: 5,
      items: [{ line: 1, sku: 'beans', quantity: 0.5 }],
    });
  });

  it('takes back a free line with no money, and the rest of a line when no quantity is given', async () => {
    const id = await buy();
    const cup = await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: id, items: [{ line: 2 }], idempotencyKey: key() },
    });
    expect(cup.returnPurchase).toMatchObject({ amount: 0, items: [{ line: 2, quantity: 1 }] });
    expect(await onHand(cups)).toBe(9);
    const rest = await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: id, items: [{ line: 1 }, { line: 3 }], idempotencyKey: key() },
    });
    expect(rest.returnPurchase.amount).toBe(23);
    expect(await onHand(beans)).toBe(8.5);
  });

  it('names every bad line at once and writes nothing', async () => {
    const id = await buy();
    const before = await onHand(beans);
    const refused = await ws.as.OPERATOR.request(RETURN, {
      input: {
        purchaseId: id,
        items: [
          { line: 4, quantity: 1 },
          { line: 1, quantity: 3 },
          { line: 3, quantity: 0.0001 },
          { line: 2, quantity: 1 },
          { line: 2, quantity: 1 },
        ],
        idempotencyKey: key(),
      },
    });
    expect(fieldsOf(refused).map((f) => [f.path.join('.'), f.problem.code, f.problem.params])).toEqual([
      ['input.items.0.line', 'RETURN_ITEM_LINE', { line: 4, lines: 3 }],
      ['input.items.1.quantity', 'RETURN_ITEM_LEFT', { line: 1, left: 2 }],
      ['input.items.2.quantity', 'QUANTITY_DECIMALS', { max: 3 }],
      ['input.items.4.line', 'RETURN_ITEM_TWICE', { line: 2 }],
    ]);
    expect(await onHand(beans)).toBe(before);
    expect((await purchase(id)).returnedAmount).toBe(0);
  });

  it('after a return by money, brings back by line no more than was sold', async () => {
    const id = await buy();
    const before = await onHand(beans);
    // Half the money brings back half of the beans (1 kg) in proportion.
    await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: id, amount: 11.5, idempotencyKey: key() },
    });
    expect(await onHand(beans)).toBe(before + 1);
    // Naming both kilos of the line refunds what money is left and brings back the kilo still out.
    const lines = await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: id, items: [{ line: 1 }], idempotencyKey: key() },
    });
    expect(lines.returnPurchase.amount).toBe(11.5);
    expect(await onHand(beans)).toBe(before + 2);
  });

  it('answers a retry as before, and refuses the key for other lines', async () => {
    const id = await buy();
    const input = { purchaseId: id, items: [{ line: 1, quantity: 1 }], idempotencyKey: key() };
    const first = await ws.as.OPERATOR.requestOk(RETURN, { input });
    const before = await onHand(beans);
    expect(await ws.as.OPERATOR.requestOk(RETURN, { input })).toEqual(first);
    expect(await onHand(beans)).toBe(before);
    const other = await ws.as.OPERATOR.request(RETURN, { input: { ...input, items: [{ line: 3 }] } });
    expect((other.errors?.[0]?.extensions?.problem as { code?: string } | undefined)?.code).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('counts in product sales what the lines kept, and returns of money alone on what is left', async () => {
    await ws.as.MANAGER.requestOk(CREATE_PRODUCT, {
      input: { sku: 'TEA', name: { en: 'Tea' }, kind: 'PRODUCT', price: 4 },
    });
    const { id } = (
      await ws.as.OPERATOR.requestOk(RECORD, {
        input: {
          customerId: buyer,
          amount: 15,
          paymentStatus: 'PAID',
          idempotencyKey: key(),
          items: [
            { sku: 'TEA', quantity: 3, price: 4 },
            { name: 'Grinding', quantity: 1, price: 3 },
          ],
        },
      })
    ).recordPurchase;
    await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: id, items: [{ line: 1, quantity: 1 }], idempotencyKey: key() },
    });
    // Half of the 11 left once the named tea is set aside: half of the 2 teas still out.
    await ws.as.OPERATOR.requestOk(RETURN, { input: { purchaseId: id, amount: 5.5, idempotencyKey: key() } });
    const { productSales } = await ws.as.MANAGER.requestOk(
      'query($from: DateTime!, $to: DateTime!) { productSales(from: $from, to: $to) { product { sku } quantity revenue } }',
      {
        from: new Date(Date.now() - 86_400_000).toISOString(),
        to: new Date(Date.now() + 60_000).toISOString(),
      },
    );
    expect(productSales.find((r: { product: { sku: string } }) => r.product.sku === 'TEA')).toEqual({
      product: { sku: 'TEA' },
      quantity: 1,
      revenue: 4,
    });
  });
});
