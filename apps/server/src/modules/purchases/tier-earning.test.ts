import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

/** Purchases and tiers together: the tier's rules decide the earnings, purchases and returns move the tier. */
let server: TestServer;
let ws: TestWorkspace;
let n = 0;

const TIER = `mutation($input: TierInput!) { createTier(input: $input) { id } }`;
const RECORD = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id ledger { role currency amount } } }`;
const RETURN = `mutation($input: ReturnPurchaseInput!) { returnPurchase(input: $input) { id } }`;
const CARD = `query($id: ID!) { customer(id: $id) { tier { tier { key } } history(types: [TIER_CHANGED]) { totalCount } } }`;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  await ws.as.ADMIN.requestOk(TIER, {
    input: {
      key: 'bronze',
      name: { en: 'Bronze' },
      position: 1,
      rules: { pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }] },
    },
  });
  await ws.as.ADMIN.requestOk(TIER, {
    input: {
      key: 'gold',
      name: { en: 'Gold' },
      position: 2,
      minPurchaseTotal: 500,
      rules: { cashbackPercent: 10, pointsPerAmount: [{ currency: 'coins', points: 3, per: 10 }] },
    },
  });
  await ws.as.ADMIN.requestOk(
    'mutation { updateTierPolicy(input: { downgradePolicy: IMMEDIATE, periodMonths: 12 }) { downgradePolicy } }',
  );
});
afterAll(async () => server?.close());

const buy = async (customerId: string, amount: number) =>
  (
    await ws.as.OPERATOR.requestOk(RECORD, {
      input: { customerId, amount, paymentStatus: 'PAID', idempotencyKey: `tier-${++n}` },
    })
  ).recordPurchase;

const card = async (id: string) => (await ws.as.ANALYST.requestOk(CARD, { id })).customer;

it('earns by the tier the customer holds, and moves up and down with purchases and returns', async () => {
  const { createCustomer } = await ws.as.OPERATOR.requestOk(
    'mutation { createCustomer(input: { attributes: { firstName: "Tiered" } }) { id } }',
  );
  const id = createCustomer.id as string;
  await server.app.outbox.drain();
  expect((await card(id)).tier.tier.key).toBe('bronze');

  const big = await buy(id, 600);
  expect(big.ledger).toEqual([{ role: 'EARN', currency: 'coins', amount: 60 }]);
  await server.app.outbox.drain();
  expect((await card(id)).tier.tier.key).toBe('gold');

  const small = await buy(id, 100);
  expect(small.ledger).toEqual(
    expect.arrayContaining([
      { role: 'EARN', currency: 'coins', amount: 30 },
      { role: 'EARN', currency: 'credit', amount: 10 },
    ]),
  );

  await ws.as.OPERATOR.requestOk(RETURN, {
    input: { purchaseId: big.id, idempotencyKey: `tier-return-${n}` },
  });
  await server.app.outbox.drain();
  const after = await card(id);
  expect(after.tier.tier.key).toBe('bronze');
  // bronze on joining, gold, bronze again.
  expect(after.history.totalCount).toBe(3);
});
