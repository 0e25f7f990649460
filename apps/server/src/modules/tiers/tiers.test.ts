import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';
const TIER_FIELDS = 'id key name { en ru fa } position minPurchaseTotal minPurchaseCount minXp rules';
const CREATE_TIER = `mutation($input: TierInput!) { createTier(input: $input) { ${TIER_FIELDS} } }`;
const UPDATE_TIER = `mutation($id: ID!, $input: TierInput!) { updateTier(id: $id, input: $input) { ${TIER_FIELDS} } }`;
const POLICY = `mutation($input: TierPolicyInput!) { updateTierPolicy(input: $input) { windowDays downgradePolicy periodMonths } }`;
const MANUAL = `mutation($c: ID!, $t: ID) { setCustomerManualTier(customerId: $c, tierId: $t) {
  tier { key } manualTier { key } since reviewAt } }`;
const CUSTOMER_TIER = `query($id: ID!) { customer(id: $id) { tier {
  tier { key } manualTier { key } since reviewAt
  progress { purchaseTotal purchaseCount xp nextTier { key } purchaseTotalNeeded purchaseCountNeeded xpNeeded } } } }`;
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [TIER_CHANGED]) {
  edges { node { type actor { kind name } changes { key oldValue newValue } } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
const tierIds: Record<string, string> = {};
let n = 0;

const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);

async function newCustomer(name: string, attributes: Record<string, unknown> = {}): Promise<string> {
  const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE, {
    input: { attributes: { firstName: name, ...attributes } },
  });
  await server.app.outbox.drain();
  return createCustomer.id;
}

/** A purchase row as the purchases module stores it (setup only). */
async function purchase(customerId: string, amount: number, daysAgo = 0, returned = 0): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into purchase (workspace_id, customer_id, idempotency_key, request_hash, amount, paid_amount,
        payment_status, purchased_at, returned_amount, actor_kind, actor_name)
     values (?, ?, ?, 'test', ?, ?, 'PAID', now() - make_interval(days => ?), ?, 'system', 'Test')
     returning id`,
    [ws.id, customerId, `p-${++n}-${randomUUID()}`, amount, amount, daysAgo, returned],
  );
  return row?.id as string;
}

async function evaluate(customerId: string) {
  return server.app.services.tierEvaluation.evaluate(ws.id, customerId, {
    kind: 'system',
    id: null,
    name: 'Test',
  });
}

async function tierOf(customerId: string) {
  return (await ws.as.ANALYST.requestOk(CUSTOMER_TIER, { id: customerId })).customer.tier;
}

async function tierHistory(customerId: string) {
  const { customer } = await ws.as.ANALYST.requestOk(HISTORY, { id: customerId });
  return customer.history.edges.map(
    (e: { node: { changes: { key: string; oldValue: unknown; newValue: unknown }[] } }) => e.node.changes,
  );
}

async function policy(downgradePolicy: string, windowDays: number | null = null, periodMonths = 12) {
  await ws.as.ADMIN.requestOk(POLICY, { input: { downgradePolicy, windowDays, periodMonths } });
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

describe('tier definitions', () => {
  it('are configured by admins, ordered by position, with errors naming the field', async () => {
    const denied = await ws.as.MANAGER.request(CREATE_TIER, {
      input: { key: 'bronze', name: { en: 'Bronze' } },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const bad = await ws.as.ADMIN.request(CREATE_TIER, {
      input: {
        key: 'Gold!',
        name: {},
        minPurchaseTotal: -1,
        minPurchaseCount: -2,
        rules: { cashbackPercent: 500, cashbackCurrency: 'gems' },
      },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'key'] });
    const paths = ((bad.errors?.[0]?.extensions?.fields ?? []) as { path: (string | number)[] }[]).map((f) =>
      f.path.join('.'),
    );
    expect(paths).toEqual([
      'input.key',
      'input.name',
      'input.minPurchaseTotal',
      'input.minPurchaseCount',
      'input.rules.cashbackPercent',
      'input.rules.cashbackCurrency',
    ]);

    const make = async (input: Record<string, unknown>) =>
      (await ws.as.ADMIN.requestOk(CREATE_TIER, { input })).createTier;
    tierIds.bronze = (await make({ key: 'bronze', name: { en: 'Bronze', fa: 'برنز' } })).id;
    tierIds.gold = (
      await make({
        key: 'gold',
        name: { en: 'Gold', ru: 'Золото' },
        minPurchaseTotal: 5000,
        minPurchaseCount: 3,
        rules: { cashbackPercent: 5, cashbackCurrency: 'credit' },
      })
    ).id;
    tierIds.platinum = (await make({ key: 'platinum', name: { en: 'Platinum' }, minXp: 1000 })).id;
    // Inserted between bronze and gold: the others move up.
    const silver = await make({
      key: 'silver',
      name: { en: 'Silver' },
      position: 2,
      minPurchaseTotal: 1000,
      rules: { cashbackPercent: 2, pointsPerAmount: [{ currency: 'coins', points: 1, per: 100 }] },
    });
    tierIds.silver = silver.id;
    expect(silver.rules).toMatchObject({
      cashbackPercent: 2,
      cashbackCurrency: 'credit',
      referralPercent: 0,
    });

    const dup = await ws.as.ADMIN.request(CREATE_TIER, { input: { key: 'gold', name: { en: 'x' } } });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'key'] });
    const fixed = await ws.as.ADMIN.request(UPDATE_TIER, {
      id: tierIds.gold,
      input: { key: 'golden', name: { en: 'Gold' } },
    });
    expect(fixed.errors?.[0]?.extensions).toMatchObject({ path: ['input', 'key'] });

    const { tiers } = await ws.as.ANALYST.requestOk(`{ tiers { key position minPurchaseTotal minXp } }`);
    expect(tiers).toEqual([
      { key: 'bronze', position: 1, minPurchaseTotal: null, minXp: null },
      { key: 'silver', position: 2, minPurchaseTotal: 1000, minXp: null },
      { key: 'gold', position: 3, minPurchaseTotal: 5000, minXp: null },
      { key: 'platinum', position: 4, minPurchaseTotal: null, minXp: 1000 },
    ]);

    // Moving a tier renumbers the others.
    const move = (position: number) =>
      ws.as.ADMIN.requestOk(UPDATE_TIER, {
        id: tierIds.platinum,
        input: { name: { en: 'Platinum' }, minXp: 1000, position },
      });
    await move(1);
    const moved = (await ws.as.ANALYST.requestOk('{ tiers { key position } }')).tiers;
    expect(moved.map((t: { key: string }) => t.key)).toEqual(['platinum', 'bronze', 'silver', 'gold']);
    expect(moved.map((t: { position: number }) => t.position)).toEqual([1, 2, 3, 4]);
    await move(4);
    expect(
      (await ws.as.ANALYST.requestOk('{ tiers { key } }')).tiers.map((t: { key: string }) => t.key),
    ).toEqual(['bronze', 'silver', 'gold', 'platinum']);

    const policyDenied = await ws.as.MANAGER.request('{ tierPolicy { downgradePolicy } }');
    expect(policyDenied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { tierPolicy } = await ws.as.ADMIN.requestOk(
      '{ tierPolicy { windowDays downgradePolicy periodMonths } }',
    );
    expect(tierPolicy).toEqual({ windowDays: null, downgradePolicy: 'NEVER', periodMonths: 12 });
    const badPolicy = await ws.as.ADMIN.request(POLICY, {
      input: { downgradePolicy: 'PERIOD_END', windowDays: 0, periodMonths: 0 },
    });
    expect(badPolicy.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'windowDays'],
    });
    expect(
      ((badPolicy.errors?.[0]?.extensions?.fields ?? []) as { path: string[] }[]).map((f) =>
        f.path.join('.'),
      ),
    ).toEqual(['input.windowDays', 'input.periodMonths']);
    // A field left out keeps its value; an explicit null window means all time.
    await ws.as.ADMIN.requestOk(POLICY, {
      input: { downgradePolicy: 'PERIOD_END', windowDays: 30, periodMonths: 6 },
    });
    const kept = await ws.as.ADMIN.requestOk(POLICY, { input: { downgradePolicy: 'IMMEDIATE' } });
    expect(kept.updateTierPolicy).toEqual({ windowDays: 30, downgradePolicy: 'IMMEDIATE', periodMonths: 6 });
    const allTime = await ws.as.ADMIN.requestOk(POLICY, { input: { windowDays: null } });
    expect(allTime.updateTierPolicy).toEqual({
      windowDays: null,
      downgradePolicy: 'IMMEDIATE',
      periodMonths: 6,
    });
    await policy('NEVER');
  });
});

describe('evaluation', () => {
  it('gives a new customer the entry tier and moves them up on purchases, with TIER_CHANGED history', async () => {
    const id = await newCustomer('Nasrin');
    expect((await tierOf(id)).tier).toEqual({ key: 'bronze' });

    const first = await server.app.services.purchases.record(
      ws.id,
      { kind: 'system', id: null, name: 'Till' },
      {
        customerId: id,
        amount: 700,
        paymentStatus: 'PAID',
        idempotencyKey: `buy-${++n}`,
      },
    );
    expect(first.id).toBeTruthy();
    await server.app.outbox.drain();
    expect((await tierOf(id)).tier).toEqual({ key: 'bronze' });
    await server.app.services.purchases.record(
      ws.id,
      { kind: 'system', id: null, name: 'Till' },
      {
        customerId: id,
        amount: 400,
        paymentStatus: 'PAID',
        idempotencyKey: `buy-${++n}`,
      },
    );
    await server.app.outbox.drain();

    const status = await tierOf(id);
    expect(status).toMatchObject({ tier: { key: 'silver' }, manualTier: null, reviewAt: null });
    expect(new Date(status.since).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(status.progress).toEqual({
      purchaseTotal: 1100,
      purchaseCount: 2,
      xp: 0,
      nextTier: { key: 'gold' },
      purchaseTotalNeeded: 3900,
      purchaseCountNeeded: 1,
      xpNeeded: null,
    });
    expect(await tierHistory(id)).toEqual([
      [{ key: 'tier', oldValue: 'bronze', newValue: 'silver' }],
      [{ key: 'tier', oldValue: null, newValue: 'bronze' }],
    ]);
    const { customer } = await ws.as.ANALYST.requestOk(HISTORY, { id });
    expect(customer.history.edges[0].node.actor).toEqual({ kind: 'system', name: 'Tiers' });
    // The tier's earning rules are what the purchases module asks for.
    expect(await server.app.services.customerTiers.rulesFor(ws.id, id)).toMatchObject({
      cashbackPercent: 2,
      pointsPerAmount: [{ currency: 'coins', points: 1, per: 100 }],
      firstPurchaseBonus: [],
    });
  });

  it('passes over a customer deleted before their creation reached it, and the round goes on', async () => {
    const [gone, kept] = await server.app.outbox.hold(async () => {
      const ids: string[] = [];
      for (const name of ['Gone', 'Kept'])
        ids.push(
          (await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: name } } }))
            .createCustomer.id,
        );
      await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteCustomer(id: $id) }', { id: ids[0] });
      return ids as [string, string];
    });
    await server.app.outbox.drain();
    expect((await tierOf(kept)).tier).toEqual({ key: 'bronze' });
    const tierRows = await sql<{ n: number }>(
      "select count(*)::int as n from history_event where workspace_id = ? and customer_id = ? and type = 'TIER_CHANGED'",
      [ws.id, gone],
    );
    expect(tierRows[0]?.n).toBe(0);
    // Delivered, not left to be retried: the handler's cursor has passed the deleted customer's creation.
    const delivered = await sql<{ n: number }>(
      `select count(*)::int as n from outbox_event e join outbox_cursor k on k.handler = 'tiers.evaluate'
        where e.type = 'customer.created' and e.payload->>'customerId' = ? and (e.tx, e.id) <= (k.last_tx, k.last_event_id)`,
      [gone],
    );
    expect(delivered[0]?.n).toBe(1);
  });

  it('needs every threshold of a tier: gold takes the total and the count; the opening total counts all time', async () => {
    const id = await newCustomer('Goli', { openingPurchaseTotal: 4000 });
    expect((await tierOf(id)).tier).toEqual({ key: 'silver' });
    await purchase(id, 600);
    await purchase(id, 600);
    expect(await evaluate(id)).toBeNull();
    await purchase(id, 100);
    expect(await evaluate(id)).toMatchObject({ oldKey: 'silver', newKey: 'gold' });
    expect((await tierOf(id)).progress).toMatchObject({
      purchaseTotal: 5300,
      purchaseCount: 3,
      nextTier: { key: 'platinum' },
    });
    expect(await evaluate(id)).toBeNull();
    expect(await tierHistory(id)).toEqual([
      [{ key: 'tier', oldValue: 'silver', newValue: 'gold' }],
      [{ key: 'tier', oldValue: null, newValue: 'silver' }],
    ]);
    // A lower opening total, set by staff, takes effect at once (IMMEDIATE) through the update event.
    await policy('IMMEDIATE');
    await ws.as.OPERATOR.requestOk(
      'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }',
      { id, input: { attributes: { openingPurchaseTotal: 100 } } },
    );
    await server.app.outbox.drain();
    expect(await tierOf(id)).toMatchObject({ tier: { key: 'silver' }, progress: { purchaseTotal: 1400 } });
    await policy('NEVER');
  });

  it('counts XP: the balance all time, the net XP earned within the window otherwise', async () => {
    const id = await newCustomer('Xenia');
    // 800 XP earned 60 days ago (written directly, as the ledger would have then) and 300 now.
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: id, currency: 'xp', amount: 300, idempotencyKey: `xp-${++n}` },
    });
    await sql(
      `insert into ledger_operation (workspace_id, customer_id, currency_id, kind, amount, idempotency_key,
          request_hash, actor_kind, actor_name, created_at)
       select ?, ?, id, 'ADJUSTMENT', 800, ?, 'x', 'system', 'Test', now() - interval '60 days'
         from currency where workspace_id = ? and key = 'xp'`,
      [ws.id, id, `old-xp-${n}`, ws.id],
    );
    // The direct insert raised no event (the adjustment's may already have been handled): evaluate.
    await server.app.outbox.drain();
    await evaluate(id);
    expect((await tierOf(id)).tier).toEqual({ key: 'platinum' });
    expect((await tierOf(id)).progress).toMatchObject({ xp: 1100, nextTier: null, xpNeeded: null });

    await policy('IMMEDIATE', 30);
    expect(await evaluate(id)).toMatchObject({ oldKey: 'platinum', newKey: 'bronze' });
    expect((await tierOf(id)).progress).toMatchObject({ xp: 300, nextTier: { key: 'silver' } });
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: id, currency: 'xp', amount: 700, idempotencyKey: `xp-${++n}` },
    });
    await server.app.outbox.drain();
    expect((await tierOf(id)).tier).toEqual({ key: 'platinum' });
    await policy('NEVER');
  });

  it('counts purchases within the window only, net of returns; fully returned ones do not count', async () => {
    await policy('IMMEDIATE', 30);
    const id = await newCustomer('Window', { openingPurchaseTotal: 9000 });
    await purchase(id, 3000, 45);
    await purchase(id, 800, 5);
    await purchase(id, 400, 2, 100);
    await purchase(id, 2000, 1, 2000);
    await evaluate(id);
    expect((await tierOf(id)).progress).toMatchObject({ purchaseTotal: 1100, purchaseCount: 2 });
    expect((await tierOf(id)).tier).toEqual({ key: 'silver' });
    await policy('IMMEDIATE', null);
    await evaluate(id);
    expect((await tierOf(id)).progress).toMatchObject({ purchaseTotal: 13100, purchaseCount: 3 });
    expect((await tierOf(id)).tier).toEqual({ key: 'gold' });
    await policy('NEVER');
  });
});

describe('concurrency', () => {
  it('parallel evaluations of one customer write one change', async () => {
    const id = await newCustomer('Parallel');
    await purchase(id, 2000);
    const results = await Promise.all(Array.from({ length: 6 }, () => evaluate(id)));
    expect(results.filter((r) => r !== null)).toEqual([
      { customerId: id, oldKey: 'bronze', newKey: 'silver' },
    ]);
    expect(await tierHistory(id)).toHaveLength(2);
  });
});

describe('downgrade policies', () => {
  async function silverThenReturned(): Promise<{ id: string; purchaseId: string }> {
    const id = await newCustomer(`Down ${++n}`);
    const purchaseId = await purchase(id, 1500);
    expect((await evaluate(id))?.newKey).toBe('silver');
    await sql('update purchase set returned_amount = amount where id = ?', [purchaseId]);
    return { id, purchaseId };
  }

  it('NEVER keeps a tier once reached', async () => {
    await policy('NEVER');
    const { id } = await silverThenReturned();
    expect(await evaluate(id)).toBeNull();
    expect(await tierOf(id)).toMatchObject({ tier: { key: 'silver' }, reviewAt: null });
  });

  it('IMMEDIATE follows the measures at once', async () => {
    await policy('IMMEDIATE');
    const { id } = await silverThenReturned();
    expect(await evaluate(id)).toMatchObject({ oldKey: 'silver', newKey: 'bronze' });
    expect(await tierHistory(id)).toEqual([
      [{ key: 'tier', oldValue: 'silver', newValue: 'bronze' }],
      [{ key: 'tier', oldValue: 'bronze', newValue: 'silver' }],
      [{ key: 'tier', oldValue: null, newValue: 'bronze' }],
    ]);
  });

  it('PERIOD_END keeps the tier until since + periodMonths, then the review job re-evaluates', async () => {
    await policy('PERIOD_END', null, 6);
    const id = await newCustomer(`Period ${++n}`);
    const purchaseId = await purchase(id, 1500);
    await evaluate(id);
    const reached = await tierOf(id);
    expect(reached.tier).toEqual({ key: 'silver' });
    const since = new Date(reached.since);
    const expected = new Date(since);
    expected.setUTCMonth(expected.getUTCMonth() + 6);
    expect(Math.abs(new Date(reached.reviewAt).getTime() - expected.getTime())).toBeLessThan(3 * 86_400_000);

    await sql('update purchase set returned_amount = amount where id = ?', [purchaseId]);
    expect(await evaluate(id)).toBeNull();
    expect((await tierOf(id)).tier).toEqual({ key: 'silver' });

    // The period ends: the review job takes the customer down.
    await sql(`update customer_tier set review_at = now() - interval '1 minute' where customer_id = ?`, [id]);
    await server.app.jobs.kick('tiers.review');
    const after = await tierOf(id);
    expect(after).toMatchObject({ tier: { key: 'bronze' } });
    expect(new Date(after.reviewAt).getTime()).toBeGreaterThan(Date.now() + 100 * 86_400_000);
    expect((await tierHistory(id))[0]).toEqual([{ key: 'tier', oldValue: 'silver', newValue: 'bronze' }]);
    await policy('NEVER');
  });
});

describe('manual tier', () => {
  it('is a floor set by operators: the customer never sits below it', async () => {
    await policy('IMMEDIATE');
    const id = await newCustomer('Floor');
    const denied = await ws.as.ANALYST.request(MANUAL, { c: id, t: tierIds.gold });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await ws.as.OPERATOR.request(MANUAL, { c: id, t: randomUUID() });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['tierId'] });
    const missing = await ws.as.OPERATOR.request(MANUAL, { c: randomUUID(), t: tierIds.gold });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const set = (await ws.as.OPERATOR.requestOk(MANUAL, { c: id, t: tierIds.gold })).setCustomerManualTier;
    expect(set).toMatchObject({ tier: { key: 'gold' }, manualTier: { key: 'gold' } });
    // Earning more than the floor lifts the customer above it.
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: id, currency: 'xp', amount: 1000, idempotencyKey: `xp-${++n}` },
    });
    await server.app.outbox.drain();
    expect((await tierOf(id)).tier).toEqual({ key: 'platinum' });
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: id, currency: 'xp', amount: -1000, idempotencyKey: `xp-${++n}` },
    });
    await server.app.outbox.drain();
    expect((await tierOf(id)).tier).toEqual({ key: 'gold' });

    const cleared = (await ws.as.OPERATOR.requestOk(MANUAL, { c: id, t: null })).setCustomerManualTier;
    expect(cleared).toMatchObject({ tier: { key: 'bronze' }, manualTier: null });
    const history = await tierHistory(id);
    expect(history[0]).toEqual([
      { key: 'manualTier', oldValue: 'gold', newValue: null },
      { key: 'tier', oldValue: 'gold', newValue: 'bronze' },
    ]);
    expect(history[3]).toEqual([
      { key: 'manualTier', oldValue: null, newValue: 'gold' },
      { key: 'tier', oldValue: 'bronze', newValue: 'gold' },
    ]);
    await policy('NEVER');
  });
});

describe('filters, recompute and deletion', () => {
  it('filters and sorts customers by tier', async () => {
    const { customerFields } = await ws.as.ANALYST.requestOk(
      '{ customerFields { key kind choices { value label { en fa } } sortable } }',
    );
    const field = customerFields.find((f: { key: string }) => f.key === 'tier');
    expect(field).toMatchObject({ kind: 'CHOICE', sortable: true });
    expect(field.choices.map((c: { value: string }) => c.value)).toEqual([
      'bronze',
      'silver',
      'gold',
      'platinum',
    ]);
    expect(field.choices[0].label).toEqual({ en: 'Bronze', fa: 'برنز' });

    const list = await ws.as.ANALYST.requestOk(
      `query($filter: CustomerFilter) { customers(first: 100, filter: $filter, sort: { field: "tier", direction: DESC }) {
        edges { node { id tier { tier { key } } } } } }`,
      { filter: { op: 'AND', conditions: [{ field: 'tier', operator: 'IN', value: ['gold', 'platinum'] }] } },
    );
    const keys = list.customers.edges.map(
      (e: { node: { tier: { tier: { key: string } } } }) => e.node.tier.tier.key,
    );
    expect(keys.length).toBeGreaterThan(1);
    expect(keys.every((k: string) => k === 'gold' || k === 'platinum')).toBe(true);
    expect(keys).toEqual([...keys].sort((a, b) => (a === b ? 0 : a === 'platinum' ? -1 : 1)));
    const { tiers } = await ws.as.ANALYST.requestOk('{ tiers { key customerCount } }');
    const counted = Object.fromEntries(
      tiers.map((t: { key: string; customerCount: number }) => [t.key, t.customerCount]),
    );
    expect(counted.gold + counted.platinum).toBe(keys.length);
    expect(counted.bronze).toBeGreaterThan(0);
  });

  it('recomputes every customer after thresholds change (admins only)', async () => {
    const denied = await ws.as.MANAGER.request('mutation { recomputeTiers { evaluated changed } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const id = await newCustomer('Recompute');
    await purchase(id, 1100);
    await evaluate(id);
    expect((await tierOf(id)).tier).toEqual({ key: 'silver' });
    await ws.as.ADMIN.requestOk(UPDATE_TIER, {
      id: tierIds.silver,
      input: { name: { en: 'Silver' }, minPurchaseTotal: 1200 },
    });
    await policy('IMMEDIATE');
    const { recomputeTiers } = await ws.as.ADMIN.requestOk(
      'mutation { recomputeTiers { evaluated changed } }',
    );
    const [{ count }] = (await sql<{ count: string }>(
      'select count(*) as count from customer where workspace_id = ? and deleted_at is null',
      [ws.id],
    )) as [{ count: string }];
    expect(recomputeTiers.evaluated).toBe(Number(count));
    expect(recomputeTiers.changed).toBeGreaterThanOrEqual(1);
    expect((await tierOf(id)).tier).toEqual({ key: 'bronze' });
    const again = await ws.as.ADMIN.requestOk('mutation { recomputeTiers { evaluated changed } }');
    expect(again.recomputeTiers.changed).toBe(0);
    await policy('NEVER');
  });

  it('deleting a tier re-evaluates its holders as if it never existed and removes it as a floor', async () => {
    const holder = await newCustomer('Holder');
    await purchase(holder, 1300);
    await evaluate(holder);
    const floored = await newCustomer('Floored');
    await ws.as.OPERATOR.requestOk(MANUAL, { c: floored, t: tierIds.silver });
    expect((await tierOf(floored)).tier).toEqual({ key: 'silver' });

    const denied = await ws.as.MANAGER.request('mutation($id: ID!) { deleteTier(id: $id) }', {
      id: tierIds.silver,
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ws.as.ADMIN.requestOk('mutation($id: ID!) { deleteTier(id: $id) }', { id: tierIds.silver });

    expect(await tierOf(holder)).toMatchObject({ tier: { key: 'bronze' } });
    expect(await tierOf(floored)).toMatchObject({ tier: { key: 'bronze' }, manualTier: null });
    expect((await tierHistory(holder))[0]).toEqual([{ key: 'tier', oldValue: 'silver', newValue: 'bronze' }]);
    expect((await tierHistory(floored))[0]).toEqual([
      { key: 'manualTier', oldValue: 'silver', newValue: null },
      { key: 'tier', oldValue: 'silver', newValue: 'bronze' },
    ]);
    const { tiers } = await ws.as.ANALYST.requestOk('{ tiers { key position } }');
    expect(tiers).toEqual([
      { key: 'bronze', position: 1 },
      { key: 'gold', position: 2 },
      { key: 'platinum', position: 3 },
    ]);
    const gone = await ws.as.ADMIN.request('mutation($id: ID!) { deleteTier(id: $id) }', {
      id: tierIds.silver,
    });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rulesFor is null without a tier; another workspace sees none of these tiers', async () => {
    const other = await server.workspace('Other club');
    const { createCustomer } = await other.as.OPERATOR.requestOk(CREATE, {
      input: { attributes: { firstName: 'Far' } },
    });
    await server.app.outbox.drain();
    expect(await server.app.services.customerTiers.rulesFor(other.id, createCustomer.id)).toBeNull();
    expect((await other.as.ANALYST.requestOk('{ tiers { key } }')).tiers).toEqual([]);
    const foreign = await other.as.ADMIN.request(UPDATE_TIER, {
      id: tierIds.gold,
      input: { name: { en: 'Mine' } },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const goldCustomer = await newCustomer('Golden');
    await ws.as.OPERATOR.requestOk(MANUAL, { c: goldCustomer, t: tierIds.gold });
    expect(await server.app.services.customerTiers.rulesFor(ws.id, goldCustomer)).toMatchObject({
      cashbackPercent: 5,
    });
    expect(await server.app.services.customerTiers.rulesFor(other.id, goldCustomer)).toBeNull();
  });
});
