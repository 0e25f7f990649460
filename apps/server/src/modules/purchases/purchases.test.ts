import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const RECORD = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) {
  id amount spentValue paidAmount paymentStatus returnedAmount invoiceNumber
  items { sku name quantity price } ledger { operationId customerId currency role amount } } }`;
const RETURN = `mutation($input: ReturnPurchaseInput!) { returnPurchase(input: $input) {
  id amount ledger { currency role amount } shortfall { currency amount } } }`;
const PAID =
  'mutation($id: ID!) { markPurchasePaid(purchaseId: $id) { id paymentStatus ledger { currency amount } } }';
const REFER = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) {
  customerId referrerId rewards { currency amount customerId } } }`;
const PROGRAMME = `mutation($input: ProgrammeInput!) { updateLoyaltyProgramme(input: $input) { rules timeZone } }`;
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';
const CARD = `query($id: ID!) { customer(id: $id) {
  balances { currency { key } amount }
  purchaseSummary { total count firstPurchaseAt lastPurchaseAt }
  purchases(first: 10) { edges { node { id amount returnedAmount } } pageInfo { hasNextPage } }
  referrerId referredIds
  history(types: [PURCHASE_RECORDED, PURCHASE_RETURNED, REFERRAL_RECORDED]) { edges { node { type changes { key newValue } } } } } }`;

/** A Monday at noon UTC, so weekday rules are predictable. */
const MONDAY = '2026-11-16T12:00:00.000Z';
const SATURDAY = '2026-11-21T12:00:00.000Z';

let server: TestServer;
let ws: TestWorkspace;
let n = 0;
const key = (prefix = 'p') => `${prefix}-${++n}-${Date.now()}`;

async function customer(attributes: Record<string, unknown> = {}): Promise<string> {
  return (
    await ws.as.OPERATOR.requestOk(CREATE, {
      input: { attributes: { firstName: `Buyer ${++n}`, ...attributes } },
    })
  ).createCustomer.id;
}

async function card(id: string) {
  return (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
}

async function balances(id: string): Promise<Record<string, number>> {
  const { balances } = await card(id);
  return Object.fromEntries(
    balances.map((b: { currency: { key: string }; amount: number }) => [b.currency.key, b.amount]),
  );
}

async function give(customerId: string, currency: string, amount: number): Promise<void> {
  await ws.as.OPERATOR.requestOk(ADJUST, {
    input: { customerId, currency, amount, idempotencyKey: key('adj') },
  });
}

async function purchase(input: Record<string, unknown>) {
  return ws.as.OPERATOR.request(RECORD, {
    input: { paymentStatus: 'PAID', purchasedAt: MONDAY, idempotencyKey: key(), ...input },
  });
}

async function purchaseOk(input: Record<string, unknown>) {
  const result = await purchase(input);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.recordPurchase;
}

async function rowCount(table: string, customerId: string): Promise<number> {
  const [row] = await server.app.orm.em
    .getConnection()
    .execute<{ n: number }[]>(`select count(*)::int as n from ${table} where customer_id = ?`, [customerId]);
  return row?.n ?? 0;
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  await ws.as.ADMIN.requestOk(PROGRAMME, {
    input: {
      timeZone: 'Asia/Tehran',
      rules: {
        cashbackPercent: 5,
        cashbackCurrency: 'credit',
        pointsPerAmount: [
          { currency: 'coins', points: 1, per: 10 },
          { currency: 'xp', points: 1, per: 1 },
        ],
        productPoints: [{ sku: 'LATTE', currency: 'coins', points: 2 }],
        weekdayMultipliers: [{ weekday: 6, multiplier: 2 }],
        firstPurchaseBonus: [{ currency: 'coins', amount: 50 }],
        birthdayBonus: [{ currency: 'coins', amount: 100 }],
        referralPercent: 10,
        referralJoinReward: [{ currency: 'coins', amount: 30 }],
        maxSpendPercentPerInvoice: 50,
        maxSpendPerDay: 60,
      },
    },
  });
});
afterAll(async () => server?.close());

describe('recording a purchase', () => {
  it('spends credit, earns cashback, points, XP and the first-purchase bonus, all in one go', async () => {
    const id = await customer();
    await give(id, 'credit', 40);
    const p = await purchaseOk({
      customerId: id,
      amount: 100,
      invoiceNumber: 'INV-1',
      branch: 'Tverskaya',
      items: [{ sku: 'LATTE', name: 'Latte', quantity: 3, price: 20 }],
      spend: [{ currency: 'credit', amount: 30 }],
    });
    expect(p).toMatchObject({ amount: 100, spentValue: 30, paidAmount: 70, paymentStatus: 'PAID' });
    expect(p.items).toEqual([{ sku: 'LATTE', name: 'Latte', quantity: 3, price: 20 }]);
    // Paid 70: cashback 5% = 3.5 credit; coins 7 (per 10) + 6 (3 lattes) + 50 first purchase; xp 70.
    expect(await balances(id)).toEqual({ xp: 70, coins: 63, credit: 13.5 });
    const roles = p.ledger.map(
      (e: { role: string; currency: string; amount: number }) => `${e.role}:${e.currency}:${e.amount}`,
    );
    expect(roles.sort()).toEqual([
      'EARN:coins:13',
      'EARN:coins:50',
      'EARN:credit:3.5',
      'EARN:xp:70',
      'SPEND:credit:-30',
    ]);
    const c = await card(id);
    expect(c.purchaseSummary).toMatchObject({ total: 100, count: 1 });
    expect(c.history.edges[0].node).toMatchObject({ type: 'PURCHASE_RECORDED' });
    expect(c.history.edges[0].node.changes[0].newValue).toMatchObject({
      amount: 100,
      invoiceNumber: 'INV-1',
    });
  });

  it('multiplies points on the configured weekday, never the cashback', async () => {
    const id = await customer();
    await purchaseOk({ customerId: id, amount: 10, purchasedAt: MONDAY });
    await purchaseOk({ customerId: id, amount: 100, purchasedAt: SATURDAY });
    // Monday: 1 coin + 50 bonus, 10 xp, 0.5 credit. Saturday ×2: 20 coins, 200 xp, 5 credit.
    expect(await balances(id)).toEqual({ xp: 210, coins: 71, credit: 5.5 });
  });

  it('gives the birthday bonus once a year, on the birthday in the workspace’s time zone', async () => {
    // 2026-11-16 20:40 UTC is already the 17th in Tehran.
    const id = await customer({ birthDate: '1990-11-17' });
    await purchaseOk({ customerId: id, amount: 10, purchasedAt: '2026-11-16T20:40:00.000Z' });
    await purchaseOk({ customerId: id, amount: 10, purchasedAt: '2026-11-16T21:00:00.000Z' });
    expect((await balances(id)).coins).toBe(1 + 50 + 100 + 1);
  });

  it('keeps the caps per invoice and per day, and writes nothing when refused', async () => {
    const id = await customer();
    await give(id, 'credit', 200);
    const perInvoice = await purchase({
      customerId: id,
      amount: 100,
      spend: [{ currency: 'credit', amount: 51 }],
    });
    expect(perInvoice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'spend'],
    });
    expect(perInvoice.errors?.[0]?.extensions?.problem).toEqual({
      code: 'SPEND_CAP_INVOICE',
      params: { max: 50, percent: 50 },
    });
    await purchaseOk({ customerId: id, amount: 100, spend: [{ currency: 'credit', amount: 50 }] });
    const perDay = await purchase({
      customerId: id,
      amount: 100,
      spend: [{ currency: 'credit', amount: 20 }],
    });
    expect(perDay.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'spend'],
    });
    expect(perDay.errors?.[0]?.extensions?.problem).toMatchObject({
      code: 'SPEND_CAP_DAY',
      params: { max: 60, used: 50 },
    });
    // Another day in the programme's zone has its own allowance.
    await purchaseOk({
      customerId: id,
      amount: 100,
      purchasedAt: SATURDAY,
      spend: [{ currency: 'credit', amount: 20 }],
    });
    expect(await rowCount('purchase', id)).toBe(2);
  });

  it('refuses spending beyond the balance and rolls the whole purchase back', async () => {
    const id = await customer();
    await give(id, 'credit', 10);
    const result = await purchase({
      customerId: id,
      amount: 100,
      spend: [{ currency: 'credit', amount: 20 }],
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'spend', 0, 'amount'],
    });
    expect(result.errors?.[0]?.message).toContain('10 credit available');
    expect(await rowCount('purchase', id)).toBe(0);
    expect(await rowCount('customer_purchase_stats', id)).toBe(0);
    expect(await balances(id)).toEqual({ xp: 0, coins: 0, credit: 10 });
  });

  it('names every bad field', async () => {
    const id = await customer();
    const result = await purchase({
      customerId: id,
      amount: 10.001,
      purchasedAt: '2099-01-01T00:00:00.000Z',
      items: [{ quantity: -1 }],
      spend: [
        { currency: 'xp', amount: 1 },
        { currency: 'gold', amount: 1 },
        { currency: 'credit', amount: 0.001 },
      ],
    });
    const paths = ((result.errors?.[0]?.extensions?.fields ?? []) as { path: (string | number)[] }[]).map(
      (f) => f.path.join('.'),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'input.amount',
        'input.purchasedAt',
        'input.items.0.name',
        'input.items.0.quantity',
        'input.spend.0.currency',
        'input.spend.1.currency',
        'input.spend.2.amount',
      ]),
    );
    expect(await rowCount('purchase', id)).toBe(0);
  });

  it('refuses inactive and deleted customers at input.customerId', async () => {
    const inactive = await customer();
    await ws.as.OPERATOR.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', {
      id: inactive,
    });
    const a = await purchase({ customerId: inactive, amount: 10 });
    expect(a.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'customerId'],
    });
    const deleted = await customer();
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteCustomer(id: $id) }', { id: deleted });
    const d = await purchase({ customerId: deleted, amount: 10 });
    expect(d.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'customerId'],
    });
    expect(d.errors?.[0]?.message).toContain('deleted');
  });

  it('answers a repeated key with the first purchase, even twenty at once, and a different request with CONFLICT', async () => {
    const id = await customer();
    const idempotencyKey = key('same');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => purchase({ customerId: id, amount: 25, idempotencyKey })),
    );
    const ids = new Set(results.map((r) => r.data?.recordPurchase?.id));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await rowCount('purchase', id)).toBe(1);
    expect((await balances(id)).xp).toBe(25);
    const other = await purchase({ customerId: id, amount: 26, idempotencyKey });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('spends at once for a pending purchase and earns when it is paid', async () => {
    const id = await customer();
    await give(id, 'credit', 10);
    const p = await purchaseOk({
      customerId: id,
      amount: 40,
      paymentStatus: 'PENDING',
      spend: [{ currency: 'credit', amount: 10 }],
    });
    expect(await balances(id)).toEqual({ xp: 0, coins: 0, credit: 0 });
    const paid = (await ws.as.OPERATOR.requestOk(PAID, { id: p.id })).markPurchasePaid;
    expect(paid.paymentStatus).toBe('PAID');
    expect(await balances(id)).toEqual({ xp: 30, coins: 53, credit: 1.5 });
    // Paying twice earns once.
    await ws.as.OPERATOR.requestOk(PAID, { id: p.id });
    expect((await balances(id)).xp).toBe(30);
  });

  it('gives the first-purchase bonus to the first purchase that earns, even after a pending one', async () => {
    const id = await customer();
    const pending = await purchaseOk({ customerId: id, amount: 40, paymentStatus: 'PENDING' });
    await purchaseOk({ customerId: id, amount: 40, paymentStatus: 'PAID' });
    expect(await balances(id)).toEqual({ xp: 40, coins: 54, credit: 2 });
    await ws.as.OPERATOR.requestOk(PAID, { id: pending.id });
    expect(await balances(id)).toEqual({ xp: 80, coins: 58, credit: 4 });
  });

  it('is for staff who may record purchases', async () => {
    const id = await customer();
    const denied = await ws.as.ANALYST.request(RECORD, {
      input: { customerId: id, amount: 1, paymentStatus: 'PAID', idempotencyKey: key() },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('returns', () => {
  it('take back earnings and give back spends in proportion, exactly to zero over three parts', async () => {
    const id = await customer();
    await give(id, 'credit', 30);
    const p = await purchaseOk({
      customerId: id,
      amount: 99.99,
      spend: [{ currency: 'credit', amount: 30 }],
    });
    const after = await balances(id);
    // Paid 69.99: xp 69, coins 6 + 50, cashback 3.49.
    expect(after).toEqual({ xp: 69, coins: 56, credit: 3.49 });
    for (const amount of [33.33, 33.33]) {
      const r = (
        await ws.as.OPERATOR.requestOk(RETURN, {
          input: { purchaseId: p.id, amount, idempotencyKey: key('r') },
        })
      ).returnPurchase;
      expect(r.shortfall).toEqual([]);
    }
    const last = await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: p.id, idempotencyKey: key('r') },
    });
    expect(last.returnPurchase.amount).toBeCloseTo(33.33, 2);
    // Everything earned is gone and the 30 credit spent is back.
    expect(await balances(id)).toEqual({ xp: 0, coins: 0, credit: 30 });
    const c = await card(id);
    expect(c.purchaseSummary).toMatchObject({ total: 0, count: 0 });
    expect(c.purchases.edges[0].node.returnedAmount).toBe(99.99);
    expect(
      c.history.edges.filter((e: { node: { type: string } }) => e.node.type === 'PURCHASE_RETURNED'),
    ).toHaveLength(3);
    const again = await ws.as.OPERATOR.request(RETURN, {
      input: { purchaseId: p.id, idempotencyKey: key('r') },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'purchaseId'],
    });
  });

  it('before payment leave the payment to earn on what is kept, and returning the rest takes all of it back', async () => {
    const id = await customer();
    await purchaseOk({ customerId: id, amount: 1 });
    const p = await purchaseOk({ customerId: id, amount: 100, paymentStatus: 'PENDING' });
    await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: p.id, amount: 30, idempotencyKey: key('r') },
    });
    await ws.as.OPERATOR.requestOk(PAID, { id: p.id });
    // The first purchase earned 1 xp; the kept 70 earn 70 xp and 7 coins.
    expect((await balances(id)).xp).toBe(71);
    await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: p.id, amount: 35, idempotencyKey: key('r') },
    });
    expect((await balances(id)).xp).toBe(36);
    await ws.as.OPERATOR.requestOk(RETURN, { input: { purchaseId: p.id, idempotencyKey: key('r') } });
    expect(await balances(id)).toEqual({ xp: 1, coins: 50, credit: 0.05 });
  });

  it('record what was already spent as a shortfall instead of refusing the refund', async () => {
    const id = await customer();
    const p = await purchaseOk({ customerId: id, amount: 100 });
    expect((await balances(id)).coins).toBe(60);
    await give(id, 'coins', -55);
    const r = (
      await ws.as.OPERATOR.requestOk(RETURN, { input: { purchaseId: p.id, idempotencyKey: key('r') } })
    ).returnPurchase;
    expect(r.shortfall).toEqual([{ currency: 'coins', amount: 55 }]);
    expect(await balances(id)).toEqual({ xp: 0, coins: 0, credit: 0 });
  });

  it('refuse more than is left, and answer a repeated key with the first return', async () => {
    const id = await customer();
    const p = await purchaseOk({ customerId: id, amount: 20 });
    const tooMuch = await ws.as.OPERATOR.request(RETURN, {
      input: { purchaseId: p.id, amount: 21, idempotencyKey: key('r') },
    });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'amount'],
    });
    const idempotencyKey = key('r');
    const [a, b] = await Promise.all([
      ws.as.OPERATOR.requestOk(RETURN, { input: { purchaseId: p.id, amount: 5, idempotencyKey } }),
      ws.as.OPERATOR.requestOk(RETURN, { input: { purchaseId: p.id, amount: 5, idempotencyKey } }),
    ]);
    expect(a.returnPurchase.id).toBe(b.returnPurchase.id);
    expect((await card(id)).purchases.edges[0].node.returnedAmount).toBe(5);
  });
});

describe('referrals', () => {
  it('reward the referrer on joining and with a share of each paid purchase, taken back on return', async () => {
    const referrer = await customer();
    const friend = await customer();
    const referral = (
      await ws.as.OPERATOR.requestOk(REFER, { input: { customerId: friend, referrerId: referrer } })
    ).recordReferral;
    expect(referral.rewards).toEqual([{ currency: 'coins', amount: 30, customerId: referrer }]);
    const p = await purchaseOk({ customerId: friend, amount: 200 });
    // 10% of 200 in the referrer's cashback currency.
    expect(await balances(referrer)).toEqual({ xp: 0, coins: 30, credit: 20 });
    await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: p.id, amount: 100, idempotencyKey: key('r') },
    });
    expect((await balances(referrer)).credit).toBe(10);
    const c = await card(friend);
    expect(c.referrerId).toBe(referrer);
    expect((await card(referrer)).referredIds).toEqual([friend]);
    // Both customers in one request: each gets its own figures from the shared per-request reads.
    const both = await ws.as.ANALYST.requestOk(
      `query($a: ID!, $b: ID!) {
        a: customer(id: $a) { referrerId referredIds purchaseSummary { total count } }
        b: customer(id: $b) { referrerId referredIds purchaseSummary { total count } } }`,
      { a: referrer, b: friend },
    );
    expect(both.a).toEqual({
      referrerId: null,
      referredIds: [friend],
      purchaseSummary: { total: 0, count: 0 },
    });
    expect(both.b).toEqual({
      referrerId: referrer,
      referredIds: [],
      purchaseSummary: { total: 100, count: 1 },
    });
  });

  it('refuse a second referrer, referring oneself and unknown referrers', async () => {
    const a = await customer();
    const b = await customer();
    await ws.as.OPERATOR.requestOk(REFER, { input: { customerId: a, referrerId: b } });
    const twice = await ws.as.OPERATOR.request(REFER, { input: { customerId: a, referrerId: b } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'customerId'],
    });
    const self = await ws.as.OPERATOR.request(REFER, { input: { customerId: b, referrerId: b } });
    expect(self.errors?.[0]?.extensions).toMatchObject({ path: ['input', 'referrerId'] });
    const unknown = await ws.as.OPERATOR.request(REFER, {
      input: { customerId: b, referrerId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ path: ['input', 'referrerId'] });
    // The failed attempts left the first referral's reward alone.
    expect((await balances(b)).coins).toBe(30);
  });
});

describe('totals', () => {
  it('count the opening purchase total, and filter and sort customers by it', async () => {
    const id = await customer({ openingPurchaseTotal: 5000 });
    await purchaseOk({ customerId: id, amount: 250 });
    expect((await card(id)).purchaseSummary).toMatchObject({ total: 5250, count: 1 });
    const { customerCount } = await ws.as.ANALYST.requestOk(
      'query($f: CustomerFilter) { customerCount(filter: $f) }',
      { f: { op: 'AND', conditions: [{ field: 'purchaseTotal', operator: 'GT', value: 5000 }] } },
    );
    expect(customerCount).toBe(1);
  });

  it('refuse invalid programme rules with the path of each problem', async () => {
    const result = await ws.as.ADMIN.request(PROGRAMME, {
      input: {
        timeZone: 'Mars/Olympus',
        rules: { cashbackPercent: 120, pointsPerAmount: [{ currency: 'gold', points: 1, per: 0 }] },
      },
    });
    const paths = ((result.errors?.[0]?.extensions?.fields ?? []) as { path: (string | number)[] }[]).map(
      (f) => f.path.join('.'),
    );
    expect(paths).toEqual([
      'input.rules.cashbackPercent',
      'input.rules.pointsPerAmount.0.currency',
      'input.rules.pointsPerAmount.0.per',
    ]);
    const denied = await ws.as.MANAGER.request(PROGRAMME, { input: { timeZone: 'UTC' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
