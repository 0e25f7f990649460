import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { newMember } from '../staff/staff-test-helpers.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const SETTINGS = `mutation($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) {
  lifecycle { newDays atRiskDays lostDays } completenessAttributes } }`;
const COMPLETENESS = `query($id: ID!) { customer(id: $id) { analytics { completeness {
  filled counted share missing { key label { en } } } } } }`;
const STAGE = 'query($id: ID!) { customer(id: $id) { analytics { lifecycle { stage rules { newDays } } } } }';
const COUNT = 'query($filter: CustomerFilter) { customerCount(filter: $filter) }';
const PURCHASE = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const RETURN = 'mutation($input: ReturnPurchaseInput!) { returnPurchase(input: $input) { id } }';
const MONTHS = `query($id: ID!, $calendar: CalendarSystem) { customer(id: $id) { analytics {
  purchasesByMonth(months: 12, calendar: $calendar) { month from count amount returnedAmount } } } }`;
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';
const BALANCES = `query($id: ID!) { customer(id: $id) { balances { currency { key } amount }
  analytics { balanceByMonth(months: 6) { currencyKey points { month from balance } } } } }`;
const RFM_HISTORY = 'query($id: ID!) { customer(id: $id) { analytics { rfmHistory { segment from } } } }';
const RECOMPUTE = 'mutation { recomputeRfm { customersScored } }';
const MOVEMENT = '{ rfmMovement { computedAt previousComputedAt moves { from to customers } } }';

let server: TestServer;
let ws: TestWorkspace;
let n = 0;
const key = () => `analytics-${++n}-${Date.now()}`;
const DAY = 86_400_000;
const HOUR = 3_600_000;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(text, params);
}

async function customer(attributes: Record<string, unknown>, as: TestWorkspace = ws): Promise<string> {
  return (await as.as.OPERATOR.requestOk(CREATE, { input: { attributes } })).createCustomer.id;
}

/** `YYYY-MM` of a date in UTC (the test workspace's time zone) and the Gregorian calendar. */
const gregorianMonth = (d: Date) => d.toISOString().slice(0, 7);
/** Noon UTC on the 15th, `back` months before this one. */
const monthsAgo = (back: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 15, 12));
};

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

describe('profile completeness', () => {
  it('counts every attribute in use by default and lists the missing ones', async () => {
    const id = await customer({ firstName: 'Ava', mobile: '+989121234567', city: '  ' });
    const { completeness } = (await ws.as.ANALYST.requestOk(COMPLETENESS, { id })).customer.analytics;
    const [row] = await sql<{ count: number }>(
      'select count(*)::int as count from attribute_definition where workspace_id = ? and retired_at is null',
      [ws.id],
    );
    const count = row?.count ?? 0;
    expect(completeness.counted).toBe(count);
    expect(completeness.filled).toBe(2);
    expect(completeness.share).toBeCloseTo(2 / count);
    const missing = completeness.missing.map((m: { key: string }) => m.key);
    expect(missing).toContain('city'); // blank text is not a value
    expect(missing).toContain('email');
    expect(missing).not.toContain('firstName');
  });

  it('counts only the attributes the workspace chose, and refuses one it does not have', async () => {
    const id = await customer({ firstName: 'Boris' });
    const chosen = await ws.as.ADMIN.requestOk(SETTINGS, {
      input: { completenessAttributes: ['firstName', 'email'] },
    });
    expect(chosen.updateWorkspaceSettings.completenessAttributes).toEqual(['firstName', 'email']);
    const { completeness } = (await ws.as.ANALYST.requestOk(COMPLETENESS, { id })).customer.analytics;
    expect(completeness).toEqual({
      filled: 1,
      counted: 2,
      share: 0.5,
      missing: [{ key: 'email', label: { en: 'Email' } }],
    });
    const refused = await ws.as.ADMIN.request(SETTINGS, {
      input: { completenessAttributes: ['firstName', 'noSuchThing'] },
    });
    expect(refused.errors?.[0]?.extensions?.fields).toMatchObject([
      {
        path: ['input', 'completenessAttributes', 1],
        problem: { code: 'COMPLETENESS_ATTRIBUTE_UNKNOWN' },
      },
    ]);
    const manager = await ws.as.MANAGER.request(SETTINGS, { input: { completenessAttributes: null } });
    expect(manager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ws.as.ADMIN.requestOk(SETTINGS, { input: { completenessAttributes: null } });
    const back = (await ws.as.ANALYST.requestOk(COMPLETENESS, { id })).customer.analytics;
    expect(back.completeness.counted).toBeGreaterThan(2);
  });
});

describe('lifecycle stage', () => {
  // Rules: new under 30 days since joining; active with a purchase under 90 days ago; at risk while
  // the last purchase (or joining) is under 180 days ago; lost after. Each case sits an hour from a
  // boundary.
  const cases: [name: string, joinedHoursAgo: number, boughtHoursAgo: number | null, stage: string][] = [
    ['just new', 30 * 24 - 1, null, 'NEW'],
    ['new no more', 30 * 24 + 1, null, 'AT_RISK'],
    ['new though buying long ago', 10 * 24, 400 * 24, 'NEW'],
    ['still active', 400 * 24, 90 * 24 - 1, 'ACTIVE'],
    ['just at risk', 400 * 24, 90 * 24 + 1, 'AT_RISK'],
    ['still at risk', 400 * 24, 180 * 24 - 1, 'AT_RISK'],
    ['just lost', 400 * 24, 180 * 24 + 1, 'LOST'],
    ['never bought, lost', 180 * 24 + 1, null, 'LOST'],
  ];
  let other: TestWorkspace;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    other = await server.workspace();
    await other.as.ADMIN.requestOk(SETTINGS, {
      input: { lifecycle: { newDays: 30, atRiskDays: 90, lostDays: 180 } },
    });
    for (const [name, joined, bought] of cases) {
      const id = await customer({ firstName: name }, other);
      ids[name] = id;
      await sql('update customer set created_at = ? where workspace_id = ? and id = ?', [
        new Date(Date.now() - joined * HOUR),
        other.id,
        id,
      ]);
      if (bought !== null)
        await sql(
          `insert into customer_purchase_stats (customer_id, workspace_id, total, count, first_purchase_at, last_purchase_at)
           values (?, ?, 10, 1, ?, ?)`,
          [id, other.id, new Date(Date.now() - bought * HOUR), new Date(Date.now() - bought * HOUR)],
        );
    }
  });

  const stageOf = async (id: string) =>
    (await other.as.ANALYST.requestOk(STAGE, { id })).customer.analytics.lifecycle.stage;
  const countIn = async (stage: string) =>
    (
      await other.as.ANALYST.requestOk(COUNT, {
        filter: { op: 'AND', conditions: [{ field: 'lifecycleStage', operator: 'EQ', value: stage }] },
      })
    ).customerCount;

  it('follows the rules on each side of every boundary, on the card and in the filter alike', async () => {
    for (const [name, , , stage] of cases) expect(await stageOf(ids[name] as string), name).toBe(stage);
    for (const stage of ['NEW', 'ACTIVE', 'AT_RISK', 'LOST'])
      expect(await countIn(stage), stage).toBe(cases.filter((c) => c[3] === stage).length);
  });

  it('moves customers when the workspace changes its rules', async () => {
    await other.as.ADMIN.requestOk(SETTINGS, {
      input: { lifecycle: { newDays: 30, atRiskDays: 100, lostDays: 180 } },
    });
    expect(await stageOf(ids['just at risk'] as string)).toBe('ACTIVE');
    expect(await countIn('ACTIVE')).toBe(2);
    await other.as.ADMIN.requestOk(SETTINGS, {
      input: { lifecycle: { newDays: 30, atRiskDays: 90, lostDays: 180 } },
    });
  });

  it('refuses rules out of range or where lost does not come after at risk', async () => {
    const order = await other.as.ADMIN.request(SETTINGS, {
      input: { lifecycle: { newDays: 30, atRiskDays: 90, lostDays: 90 } },
    });
    expect(order.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['input', 'lifecycle', 'lostDays'], problem: { code: 'LIFECYCLE_LOST_NOT_AFTER_AT_RISK' } },
    ]);
    const range = await other.as.ADMIN.request(SETTINGS, {
      input: { lifecycle: { newDays: 0, atRiskDays: 90, lostDays: 99999 } },
    });
    expect(range.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['input', 'lifecycle', 'newDays'], problem: { code: 'LIFECYCLE_DAYS' } },
      { path: ['input', 'lifecycle', 'lostDays'], problem: { code: 'LIFECYCLE_DAYS' } },
    ]);
    expect(
      (await other.as.ANALYST.requestOk(STAGE, { id: ids['just new'] })).customer.analytics.lifecycle.rules,
    ).toEqual({
      newDays: 30,
    });
  });
});

describe('purchases and balances per month', () => {
  it('sums purchases into calendar months, returns included, older ones left out', async () => {
    const id = await customer({ firstName: 'Cyrus' });
    const buy = async (amount: number, at: Date) =>
      (
        await ws.as.OPERATOR.requestOk(PURCHASE, {
          input: {
            customerId: id,
            amount,
            purchasedAt: at.toISOString(),
            paymentStatus: 'PAID',
            idempotencyKey: key(),
          },
        })
      ).recordPurchase.id as string;
    const first = await buy(10, monthsAgo(2));
    await buy(25.5, new Date(monthsAgo(2).getTime() + DAY));
    await buy(7, new Date(Date.now() - 1000));
    await buy(99, monthsAgo(14));
    await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: first, amount: 4, idempotencyKey: key() },
    });

    const months = (await ws.as.ANALYST.requestOk(MONTHS, { id })).customer.analytics.purchasesByMonth;
    expect(months).toHaveLength(12);
    expect(months.at(-1).month).toBe(gregorianMonth(new Date()));
    const byMonth = Object.fromEntries(months.map((m: { month: string }) => [m.month, m]));
    expect(byMonth[gregorianMonth(monthsAgo(2))]).toMatchObject({
      count: 2,
      amount: 35.5,
      returnedAmount: 4,
    });
    expect(byMonth[gregorianMonth(new Date())]).toMatchObject({ count: 1, amount: 7 });
    expect(months.reduce((s: number, m: { count: number }) => s + m.count, 0)).toBe(3);

    const jalali = (await ws.as.ANALYST.requestOk(MONTHS, { id, calendar: 'JALALI' })).customer.analytics
      .purchasesByMonth;
    const persianMonth = (d: Date) => {
      const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
        year: 'numeric',
        month: 'numeric',
        timeZone: 'UTC',
      }).formatToParts(d);
      const part = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
      return `${part('year')}-${part('month').padStart(2, '0')}`;
    };
    const purchased = jalali.filter((m: { count: number }) => m.count > 0);
    expect(purchased.reduce((s: number, m: { amount: number }) => s + m.amount, 0)).toBe(42.5);
    for (const m of purchased) expect(m.month.startsWith('14')).toBe(true);
    expect(jalali.at(-1).month).toBe(persianMonth(new Date()));

    const tooMany = await ws.as.ANALYST.request(
      'query($id: ID!) { customer(id: $id) { analytics { purchasesByMonth(months: 99) { month } } } }',
      { id },
    );
    expect(tooMany.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'ANALYTICS_MONTHS' });
  });

  it("gives the balance at each month's end as the ledger has it", async () => {
    const id = await customer({ firstName: 'Dana' });
    const ops: [amount: number, at: Date][] = [
      [100, monthsAgo(3)],
      [50, monthsAgo(1)],
      [-30, new Date()],
    ];
    for (const [amount] of ops)
      await ws.as.OPERATOR.requestOk(ADJUST, {
        input: { customerId: id, currency: 'coins', amount, reason: 'Test', idempotencyKey: key() },
      });
    const written = await sql<{ id: string }>(
      'select id from ledger_operation where workspace_id = ? and customer_id = ? order by id',
      [ws.id, id],
    );
    // Operations are immutable (a trigger says so); the test alone moves them back in time.
    await server.app.orm.em.fork().transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      await conn.execute('set local session_replication_role = replica', [], 'run', ctx);
      for (const [i, [, at]] of ops.entries())
        await conn.execute(
          'update ledger_operation set created_at = ? where workspace_id = ? and id = ?',
          [at, ws.id, written[i]?.id],
          'run',
          ctx,
        );
    });

    const { balances, analytics } = (await ws.as.ANALYST.requestOk(BALANCES, { id })).customer;
    const coins = analytics.balanceByMonth.find((s: { currencyKey: string }) => s.currencyKey === 'coins');
    expect(coins.points.map((p: { month: string; balance: number }) => [p.month, p.balance])).toEqual([
      [gregorianMonth(monthsAgo(5)), 0],
      [gregorianMonth(monthsAgo(4)), 0],
      [gregorianMonth(monthsAgo(3)), 100],
      [gregorianMonth(monthsAgo(2)), 100],
      [gregorianMonth(monthsAgo(1)), 150],
      [gregorianMonth(monthsAgo(0)), 120],
    ]);
    expect(balances.find((b: { currency: { key: string } }) => b.currency.key === 'coins').amount).toBe(120);
  });
});

describe('RFM history and movement', () => {
  it('records each recomputation: the customer enters a segment, the run says who moved where', async () => {
    const rfm = await server.workspace();
    const id = await customer({ firstName: 'Elham' }, rfm);
    await rfm.as.OPERATOR.requestOk(PURCHASE, {
      input: { customerId: id, amount: 50, paymentStatus: 'PAID', idempotencyKey: key() },
    });
    const before = (await rfm.as.ANALYST.requestOk(MOVEMENT)).rfmMovement;
    expect(before).toEqual({ computedAt: null, previousComputedAt: null, moves: [] });

    await rfm.as.ADMIN.requestOk(RECOMPUTE);
    const history = (await rfm.as.ANALYST.requestOk(RFM_HISTORY, { id })).customer.analytics.rfmHistory;
    expect(history).toHaveLength(1);
    const first = (await rfm.as.ANALYST.requestOk(MOVEMENT)).rfmMovement;
    expect(first.moves).toEqual([{ from: null, to: history[0].segment, customers: 1 }]);

    // A second buyer who buys more and later moves the first down a score.
    const other = await customer({ firstName: 'Farid' }, rfm);
    for (const amount of [500, 600, 700])
      await rfm.as.OPERATOR.requestOk(PURCHASE, {
        input: { customerId: other, amount, paymentStatus: 'PAID', idempotencyKey: key() },
      });
    await rfm.as.ADMIN.requestOk(RECOMPUTE);
    const second = (await rfm.as.ANALYST.requestOk(MOVEMENT)).rfmMovement;
    expect(second.previousComputedAt).toBe(first.computedAt);
    const moved = (await rfm.as.ANALYST.requestOk(RFM_HISTORY, { id })).customer.analytics.rfmHistory;
    const expected = [{ from: null, to: expect.any(String), customers: 1 }];
    if (moved.length === 2) expected.push({ from: history[0].segment, to: moved[0].segment, customers: 1 });
    expect(second.moves).toEqual(expect.arrayContaining(expected));
    expect(second.moves).toHaveLength(expected.length);
  });
});

describe('permissions', () => {
  it('shows completeness and stage to who reads customers, purchases, balances and RFM only to who reads loyalty', async () => {
    const id = await customer({ firstName: 'Hana' });
    await ws.as.ADMIN.requestOk('mutation($i: CreateRoleInput!) { createRole(input: $i) { key } }', {
      i: { key: 'READER', name: { en: 'Reader' }, permissions: ['customers.read'] },
    });
    const reader = (await newMember(server, ws, 'READER')).client;
    const basic = await reader.requestOk(
      'query($id: ID!) { customer(id: $id) { analytics { completeness { filled } lifecycle { stage } } } }',
      { id },
    );
    expect(basic.customer.analytics.lifecycle.stage).toBe('NEW');
    for (const query of [MONTHS, RFM_HISTORY, BALANCES]) {
      const answer = await reader.request(query, { id });
      expect(answer.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
  });
});

describe('another workspace', () => {
  it("cannot read a customer's analytics, nor see its RFM movement", async () => {
    const id = await customer({ firstName: 'Gita' });
    const stranger = await server.workspace();
    for (const query of [COMPLETENESS, STAGE, MONTHS, RFM_HISTORY]) {
      const answer = await stranger.as.ADMIN.request(query, { id });
      expect(answer.errors?.[0]?.extensions?.problem, query).toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
    }
    const movement = (await stranger.as.ANALYST.requestOk(MOVEMENT)).rfmMovement;
    expect(movement.moves).toEqual([]);
  });
});
