/**
 * Random sequences of receipts, stocktakes, purchases and returns of tracked products, against the
 * real services and PostgreSQL. After every step each product's stock on hand equals the sum of its
 * movements, is never negative, and equals a model kept here: a purchase is refused exactly when it
 * asks more than the model has; a return by lines brings back those lines (refused beyond what is left
 * of one), a return by money its share, and together never more than was sold.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { returnShare } from '../purchases/earnings.js';

const PRODUCTS = 3;
const quantity = fc.integer({ min: 1, max: 5000 }); // thousandths
const step = fc.oneof(
  fc.record({ type: fc.constant('receive' as const), product: fc.nat(PRODUCTS - 1), quantity }),
  fc.record({ type: fc.constant('count' as const), product: fc.nat(PRODUCTS - 1), counted: fc.nat(8000) }),
  fc.record({
    type: fc.constant('purchase' as const),
    items: fc.array(fc.record({ product: fc.nat(PRODUCTS - 1), quantity }), { minLength: 1, maxLength: 3 }),
    amount: fc.integer({ min: 1, max: 500 }),
  }),
  fc.record({
    type: fc.constant('return' as const),
    which: fc.nat(),
    amount: fc.option(fc.integer({ min: 1, max: 500 })),
  }),
  fc.record({
    type: fc.constant('returnItems' as const),
    which: fc.nat(),
    line: fc.nat(2),
    quantity: fc.option(quantity),
  }),
);

interface Sold {
  id: string;
  /** Money, minor units. */
  amount: number;
  returned: number;
  /** Per line: product, quantity and price in minor units, what came back of it by line. */
  items: { product: number; quantity: number; price: number; back: number }[];
  /** Per product: sold and brought back, thousandths. */
  lines: Map<number, { sold: number; back: number }>;
}

const problemOf = (error: { extensions?: Record<string, unknown> }) =>
  (error.extensions?.fields as { problem: { code: string } }[] | undefined)?.[0]?.problem.code ??
  (error.extensions?.problem as { code: string } | undefined)?.code;

let server: TestServer;
let ws: TestWorkspace;
let buyer: string;
let run = 0;
/** What the runs did, so a property that never sold or returned anything fails. */
const counts = { sold: 0, refused: 0, returned: 0, returnedItems: 0, refusedItems: 0 };
const actor = { kind: 'staff', id: null, name: 'Property' } as const;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  buyer = (
    await ws.as.OPERATOR.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: { attributes: { firstName: 'Stock' } },
      },
    )
  ).createCustomer.id;
});
afterAll(async () => server?.close());

async function sql<T>(text: string, params: unknown[]): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(text, params);
}

describe('stock on hand', () => {
  it('is the sum of its movements, never negative, whatever the sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { products, stock } = server.app.services;
        const round = ++run;
        const ids: string[] = [];
        for (let i = 0; i < PRODUCTS; i++)
          ids.push(
            (
              await products.create(actor, ws.id, {
                sku: `p${round}-${i}`,
                name: { en: `P ${i}` },
                kind: 'PRODUCT',
                price: 1,
                tracked: true,
              })
            ).id,
          );
        const model = ids.map(() => 0);
        const sold: Sold[] = [];
        for (const s of steps) {
          if (s.type === 'receive') {
            await stock.receive(actor, ws.id, ids[s.product] as string, s.quantity / 1000, null);
            model[s.product] = (model[s.product] ?? 0) + s.quantity;
          } else if (s.type === 'count') {
            await stock.count(actor, ws.id, ids[s.product] as string, s.counted / 1000, null);
            model[s.product] = s.counted;
          } else if (s.type === 'purchase') {
            const asked = new Map<number, number>();
            for (const item of s.items)
              asked.set(item.product, (asked.get(item.product) ?? 0) + item.quantity);
            const enough = [...asked].every(([p, q]) => q <= (model[p] ?? 0));
            const recorded = await server.app.services.purchases
              .record(ws.id, actor, {
                customerId: buyer,
                amount: s.amount,
                paymentStatus: 'PAID',
                idempotencyKey: `stock-${round}-${sold.length}-${Math.random()}`,
                items: s.items.map((i) => ({ sku: `P${round}-${i.product}`, quantity: i.quantity / 1000 })),
              })
              .then(
                (p) => p,
                (error: { extensions?: { problem?: { code: string } } }) => {
                  expect(error.extensions?.problem?.code).toBe('PRODUCT_OUT_OF_STOCK');
                  return null;
                },
              );
            expect(recorded !== null).toBe(enough);
            if (!recorded) counts.refused++;
            else {
              counts.sold++;
              for (const [p, q] of asked) model[p] = (model[p] ?? 0) - q;
              sold.push({
                id: recorded.id,
                amount: s.amount * 100,
                returned: 0,
                items: s.items.map((item, i) => ({
                  ...item,
                  price: Math.round((recorded.items[i]?.price ?? 0) * 100),
                  back: 0,
                })),
                lines: new Map([...asked].map(([p, q]) => [p, { sold: q, back: 0 }])),
              });
            }
          } else if (s.type === 'returnItems' && sold.length) {
            const p = sold[s.which % sold.length];
            const item = p?.items[s.line];
            if (!p || !item) continue;
            const left = item.quantity - item.back;
            const wanted = s.quantity ?? left;
            const answer = await server.app.services.purchaseReturns
              .return(ws.id, actor, {
                purchaseId: p.id,
                items: [{ line: s.line + 1, quantity: s.quantity === null ? null : s.quantity / 1000 }],
                idempotencyKey: `stock-items-${round}-${Math.random()}`,
              })
              .then(
                () => null,
                (error: { extensions?: Record<string, unknown> }) => problemOf(error),
              );
            const expected =
              p.returned === p.amount
                ? 'RETURNED_IN_FULL'
                : wanted > left || left === 0
                  ? 'RETURN_ITEM_LEFT'
                  : null;
            expect(answer).toBe(expected);
            if (expected) {
              counts.refusedItems++;
            } else {
              item.back += wanted;
              const line = p.lines.get(item.product) as { sold: number; back: number };
              const back = Math.min(wanted, line.sold - line.back);
              line.back += back;
              model[item.product] = (model[item.product] ?? 0) + back;
              p.returned += Math.min(Math.round((wanted * item.price) / 1000), p.amount - p.returned);
              counts.returnedItems++;
            }
          } else if (s.type === 'return' && sold.length) {
            const p = sold[s.which % sold.length];
            if (!p || p.returned === p.amount) continue;
            const amount = Math.min(s.amount ?? Number.POSITIVE_INFINITY, (p.amount - p.returned) / 100);
            await server.app.services.purchaseReturns.return(ws.id, actor, {
              purchaseId: p.id,
              amount,
              idempotencyKey: `stock-return-${round}-${Math.random()}`,
            });
            const after = p.returned + Math.round(amount * 100);
            for (const [product, line] of p.lines) {
              const back =
                after === p.amount
                  ? line.sold - line.back
                  : Math.min(returnShare(line.sold, p.amount, p.returned, after), line.sold - line.back);
              line.back += back;
              model[product] = (model[product] ?? 0) + back;
            }
            p.returned = after;
            counts.returned++;
          }
          const rows = await sql<{ id: string; on_hand: string; sum: string }>(
            `select p.id, p.on_hand, (select coalesce(sum(m.quantity), 0) from stock_movement m
                where m.workspace_id = p.workspace_id and m.product_id = p.id) as sum
               from product p where p.workspace_id = ? and p.id = any(?::uuid[])`,
            [ws.id, `{${ids.join(',')}}`],
          );
          for (const row of rows) {
            expect(Number(row.on_hand)).toBe(Number(row.sum));
            expect(Number(row.on_hand)).toBeGreaterThanOrEqual(0);
            expect(Math.round(Number(row.on_hand) * 1000)).toBe(model[ids.indexOf(row.id)]);
          }
        }
      }),
      {
        numRuns: 25,
        // A sequence that sells, returns and is refused, run first: random runs alone may do none of
        // them (a CI run once sold nothing in 25), and the counts below would fail for that.
        examples: [
          [
            [
              { type: 'receive', product: 0, quantity: 3000 },
              { type: 'purchase', items: [{ product: 0, quantity: 1000 }], amount: 100 },
              { type: 'return', which: 0, amount: 50 },
              { type: 'purchase', items: [{ product: 0, quantity: 5000 }], amount: 10 },
            ],
          ],
          [
            [
              { type: 'receive', product: 1, quantity: 5000 },
              {
                type: 'purchase',
                items: [
                  { product: 1, quantity: 2000 },
                  { product: 1, quantity: 1000 },
                ],
                amount: 300,
              },
              { type: 'returnItems', which: 0, line: 0, quantity: 1500 },
              { type: 'returnItems', which: 0, line: 0, quantity: 1000 },
              { type: 'return', which: 0, amount: 100 },
              { type: 'returnItems', which: 0, line: 1, quantity: null },
              { type: 'return', which: 0, amount: null },
            ],
          ],
        ],
      },
    );
    expect(counts.sold).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
    expect(counts.returned).toBeGreaterThan(0);
    expect(counts.returnedItems).toBeGreaterThan(0);
    expect(counts.refusedItems).toBeGreaterThan(0);
  }, 120_000);
});
