import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

/**
 * Random sequences of purchases (paying partly with credit, some pending then paid), partial returns
 * and spends of earned coins run against the real services. After every step: each balance equals
 * the sum of its operations and is not negative, and the running total equals the purchases net of
 * returns. At the end everything left is returned: XP and coins come back to exactly what was spent
 * of them elsewhere (plus what a return could not take back), credit to what was granted plus what
 * a return could not take back.
 */
type Step =
  | { type: 'buy'; amountMinor: number; creditMinor: number; pending: boolean }
  | { type: 'return'; pick: number; percent: number }
  | { type: 'pay'; pick: number }
  | { type: 'spendCoins'; amount: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      type: fc.constant('buy' as const),
      amountMinor: fc.integer({ min: 1, max: 50_000 }),
      creditMinor: fc.integer({ min: 0, max: 3_000 }),
      pending: fc.boolean(),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      type: fc.constant('return' as const),
      pick: fc.nat(),
      percent: fc.integer({ min: 1, max: 100 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ type: fc.constant('pay' as const), pick: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      type: fc.constant('spendCoins' as const),
      amount: fc.integer({ min: 1, max: 20 }),
    }),
    weight: 1,
  },
);

let server: TestServer;
let ws: TestWorkspace;
let run = 0;
const actor = { kind: 'staff', id: null, name: 'Property' } as const;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  await server.app.services.loyaltyProgramme.update(ws.id, actor, {
    rules: {
      cashbackPercent: 7,
      pointsPerAmount: [
        { currency: 'coins', points: 1, per: 3 },
        { currency: 'xp', points: 2, per: 1 },
      ],
      firstPurchaseBonus: [{ currency: 'coins', amount: 5 }],
    },
  });
});
afterAll(async () => server?.close());

async function sql<T>(text: string, params: unknown[]): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(text, params);
}

async function check(customerId: string): Promise<void> {
  const balances = await sql<{ amount: string; sum: string }>(
    `select b.amount, (select coalesce(sum(o.amount), 0) from ledger_operation o
        where o.customer_id = b.customer_id and o.currency_id = b.currency_id) as sum
       from balance b where b.customer_id = ?`,
    [customerId],
  );
  for (const b of balances) {
    expect(Number(b.amount)).toBe(Number(b.sum));
    expect(Number(b.amount)).toBeGreaterThanOrEqual(0);
  }
  const [totals] = await sql<{ stats: string | null; net: string }>(
    `select (select total from customer_purchase_stats where customer_id = ?) as stats,
            (select coalesce(sum(amount - returned_amount), 0) from purchase where customer_id = ?) as net`,
    [customerId, customerId],
  );
  expect(Number(totals?.stats ?? 0)).toBeCloseTo(Number(totals?.net ?? 0), 2);
}

async function balance(customerId: string, currency: string): Promise<number> {
  const [row] = await sql<{ amount: string }>(
    `select coalesce((select b.amount from balance b join currency c on c.id = b.currency_id
        where b.customer_id = ? and c.key = ?), 0) as amount`,
    [customerId, currency],
  );
  return Number(row?.amount ?? 0);
}

it('keeps balances, totals and returns exact under random purchases, returns and spends', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
      const tag = ++run;
      const customer = await server.app.services.customers.create(ws.id, actor, { firstName: `Prop ${tag}` });
      const granted = 100;
      await server.app.services.ledger.apply(ws.id, actor, {
        customerId: customer.id,
        currency: 'credit',
        amount: granted,
        kind: 'ADJUSTMENT',
        idempotencyKey: `grant-${tag}`,
      });
      const purchases: string[] = [];
      let coinsSpent = 0;
      let shortCredit = 0;
      let shortOther = 0;
      for (const [i, s] of steps.entries()) {
        const key = `${tag}-${i}`;
        try {
          if (s.type === 'buy') {
            const p = await server.app.services.purchases.record(ws.id, actor, {
              customerId: customer.id,
              amount: s.amountMinor / 100,
              paymentStatus: s.pending ? 'PENDING' : 'PAID',
              spend: s.creditMinor ? [{ currency: 'credit', amount: s.creditMinor / 100 }] : [],
              idempotencyKey: key,
            });
            purchases.push(p.id);
          } else if (s.type === 'return' && purchases.length) {
            const id = purchases[s.pick % purchases.length] as string;
            const [p] = await sql<{ amount: string; returned_amount: string }>(
              'select amount, returned_amount from purchase where id = ?',
              [id],
            );
            const left = Math.round((Number(p?.amount) - Number(p?.returned_amount)) * 100);
            const amount = Math.max(1, Math.floor((left * s.percent) / 100));
            if (left > 0) {
              const r = await server.app.services.purchaseReturns.return(ws.id, actor, {
                purchaseId: id,
                amount: amount / 100,
                idempotencyKey: key,
              });
              for (const f of r.shortfall)
                if (f.currency === 'credit') shortCredit += f.amount;
                else if (f.currency === 'coins') shortOther += f.amount;
            }
          } else if (s.type === 'pay' && purchases.length) {
            await server.app.services.purchases.markPaid(
              ws.id,
              actor,
              purchases[s.pick % purchases.length] as string,
            );
          } else if (s.type === 'spendCoins') {
            await server.app.services.ledger.apply(ws.id, actor, {
              customerId: customer.id,
              currency: 'coins',
              amount: -s.amount,
              kind: 'ADJUSTMENT',
              idempotencyKey: key,
            });
            coinsSpent += s.amount;
          }
        } catch (error) {
          // Only clean refusals: not enough credit or coins.
          expect((error as { extensions?: { code?: string } }).extensions?.code).toBe('BAD_USER_INPUT');
        }
        await check(customer.id);
      }
      // Return everything still kept: what was earned goes, what was spent comes back.
      for (const [j, id] of purchases.entries()) {
        const [p] = await sql<{ left: string }>(
          'select amount - returned_amount as left from purchase where id = ?',
          [id],
        );
        if (Number(p?.left) > 0) {
          const r = await server.app.services.purchaseReturns.return(ws.id, actor, {
            purchaseId: id,
            idempotencyKey: `${tag}-end-${j}`,
          });
          for (const f of r.shortfall)
            if (f.currency === 'credit') shortCredit += f.amount;
            else if (f.currency === 'coins') shortOther += f.amount;
        }
        await check(customer.id);
      }
      expect(await balance(customer.id, 'xp')).toBe(0);
      expect(await balance(customer.id, 'coins')).toBe(Math.round(shortOther) - coinsSpent);
      expect(await balance(customer.id, 'credit')).toBe(Math.round((granted + shortCredit) * 100));
    }),
    { numRuns: 25 },
  );
}, 120_000);
