import type { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const AUTOMATION = 'id name paused trigger { kind params } condition actions { kind params } recentRuns';
const CREATE = `mutation($input: AutomationInput!) { createAutomation(input: $input) { ${AUTOMATION} } }`;
const PAUSE = 'mutation($id: ID!, $p: Boolean!) { setAutomationPaused(id: $id, paused: $p) { id paused } }';
const RUNS = `query($id: ID!) { automationRuns(automationId: $id, first: 100) { totalCount
  edges { node { customerId customerName occurrence state errorCode attempts retryAt outcomes { kind state code detail } } } } }`;
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const BALANCES = 'query($id: ID!) { customer(id: $id) { tags { id } balances { currency { key } amount } } }';
const PURCHASE = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';

const DAY = 86_400_000;
let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let vip: string;
let n = 0;
const key = () => `k-${++n}`;

type Run = {
  customerId: string;
  customerName: string;
  occurrence: string;
  state: string;
  errorCode: string | null;
  attempts: number;
  retryAt: string | null;
  outcomes: { kind: string; state: string; code: string | null; detail: unknown }[];
};

const runner = () => server.app.services.automationRunner;
const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);
const problems = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (
    (res.errors?.[0]?.extensions?.fields ?? []) as { path: (string | number)[]; problem: { code: string } }[]
  ).map((f) => [f.path.join('.'), f.problem.code]);

async function customer(client: GraphQLClient, attributes: Record<string, unknown>): Promise<string> {
  return (await client.requestOk(CREATE_CUSTOMER, { input: { attributes } })).createCustomer.id;
}
async function card(
  id: string,
  client = ws.as.ANALYST,
): Promise<{ tags: string[]; balance: Record<string, number> }> {
  const { customer: c } = await client.requestOk(BALANCES, { id });
  return {
    tags: c.tags.map((t: { id: string }) => t.id),
    balance: Object.fromEntries(
      c.balances.map((b: { currency: { key: string }; amount: number }) => [b.currency.key, b.amount]),
    ),
  };
}
async function create(input: Record<string, unknown>, client = ws.as.MANAGER) {
  return (await client.requestOk(CREATE, { input })).createAutomation;
}
async function runs(id: string, client = ws.as.ANALYST): Promise<Run[]> {
  return (await client.requestOk(RUNS, { id })).automationRuns.edges.map((e: { node: Run }) => e.node);
}
const grant = (currency: string, amount: number, expiresInDays?: number) => ({
  kind: 'GRANT_POINTS',
  params: { currency, amount, ...(expiresInDays ? { expiresInDays } : {}) },
});

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
  const admin = { kind: 'system' as const, id: null, name: 'test' };
  await server.app.services.workspaceSettings.update(ws.id, admin, { timeZone: 'Asia/Tehran' });
  await server.app.services.workspaceSettings.update(other.id, admin, { timeZone: 'Asia/Tehran' });
  vip = (
    await ws.as.ADMIN.requestOk('mutation { createTag(input: { name: "VIP", color: "#aa0000" }) { id } }')
  ).createTag.id;
});
afterAll(async () => server?.close());

describe('automations', () => {
  it('refuses bad automations with a code naming each field, and only managers change them', async () => {
    const res = await ws.as.MANAGER.request(CREATE, {
      input: {
        name: ' ',
        trigger: { kind: 'DATE_ANNIVERSARY', params: { attribute: 'nope', extra: 1 } },
        actions: [],
      },
    });
    expect(problems(res)).toEqual([
      ['input.name', 'AUTOMATION_NAME_REQUIRED'],
      ['input.trigger.params.extra', 'AUTOMATION_PARAM_UNKNOWN'],
      ['input.trigger.params.attribute', 'AUTOMATION_DATE_ATTRIBUTE_UNKNOWN'],
      ['input.actions', 'AUTOMATION_ACTIONS_EMPTY'],
    ]);
    const res2 = await ws.as.MANAGER.request(CREATE, {
      input: {
        name: 'Lapsed',
        trigger: { kind: 'NO_PURCHASE', params: { days: 0 } },
        filter: { op: 'AND', conditions: [{ field: 'noSuchField', operator: 'EQ', value: 'x' }] },
        actions: [
          grant('gold', 5),
          grant('xp', -1),
          { kind: 'ADD_TAG', params: { tagId: 'not-a-tag' } },
          grant('xp', 1.5),
        ],
      },
    });
    expect(problems(res2)).toEqual([
      ['input.trigger.params.days', 'AUTOMATION_DAYS_RANGE'],
      ['input.actions.0.params.currency', 'CURRENCY_UNKNOWN'],
      ['input.actions.1.params.amount', 'AUTOMATION_AMOUNT_POSITIVE'],
      ['input.actions.2.params.tagId', 'TAG_UNKNOWN'],
      ['input.actions.3.params.amount', 'AMOUNT_WHOLE_ONLY'],
      ['input.filter.conditions.0.field', expect.any(String)],
    ]);
    const valid = { name: 'Welcome', trigger: { kind: 'JOINED' }, actions: [grant('xp', 1)] };
    const forbidden = await ws.as.ANALYST.request(CREATE, { input: valid });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { id } = await create(valid);
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteAutomation(id: $id) }', { id });
    expect((await ws.as.ANALYST.requestOk('{ automations { id } }')).automations).toEqual([]);
  });

  it('a birthday gift is granted once a year on the local day, whatever the scans and retries', async () => {
    // 21:00 UTC on 9 March is 00:30 on 10 March in Tehran.
    const now = new Date('2027-03-09T21:00:00Z');
    const today = await customer(ws.as.OPERATOR, { firstName: 'Nasrin', birthDate: '1990-03-10' });
    const utcDay = await customer(ws.as.OPERATOR, { firstName: 'Bahar', birthDate: '1991-03-09' });
    const otherClub = await customer(other.as.OPERATOR, { firstName: 'Sara', birthDate: '1990-03-10' });
    const birthday = await create({
      name: 'Birthday gift',
      trigger: { kind: 'BIRTHDAY' },
      actions: [{ kind: 'ADD_TAG', params: { tagId: vip } }, grant('xp', 100, 30)],
    });

    expect(await runner().scan(now)).toBe(1);
    expect(await card(today)).toEqual({ tags: [vip], balance: expect.objectContaining({ xp: 100 }) });
    expect((await card(utcDay)).balance.xp).toBe(0);
    expect((await card(otherClub, other.as.ANALYST)).balance.xp).toBe(0);

    // The job runs again the same day, and again as if it had forgotten it had scanned.
    expect(await runner().scan(now)).toBe(0);
    await sql('update automation set scanned_through = null where id = ?', [birthday.id]);
    expect(await runner().scan(new Date(now.getTime() + 3 * 3_600_000))).toBe(0);
    // A process stopped after the grant but before recording it: the retry grants nothing more.
    await sql(
      `update automation_run set state = 'PENDING', outcomes = outcomes - 1, claimed_at = now() - interval '1 hour'
        where automation_id = ?`,
      [birthday.id],
    );
    expect(await runner().retryDue()).toBe(1);
    expect((await card(today)).balance.xp).toBe(100);
    const [run] = await runs(birthday.id);
    expect(run).toMatchObject({
      customerId: today,
      customerName: 'Nasrin',
      occurrence: 'birthday:2027',
      state: 'DONE',
      outcomes: [
        { kind: 'ADD_TAG', state: 'DONE' },
        { kind: 'GRANT_POINTS', state: 'DONE', detail: { amount: 100, currency: 'xp' } },
      ],
    });

    // A year later: the next gift. The scan also catches up the week it did not run (Bahar, 9 March).
    expect(await runner().scan(new Date('2028-03-09T21:00:00Z'))).toBe(2);
    expect((await card(today)).balance.xp).toBe(200);
    expect((await card(utcDay)).balance.xp).toBe(100);
    expect((await runs(birthday.id)).map((r) => [r.customerName, r.occurrence]).sort()).toEqual([
      ['Bahar', 'birthday:2028'],
      ['Nasrin', 'birthday:2027'],
      ['Nasrin', 'birthday:2028'],
    ]);

    // Another workspace sees neither the automation nor its runs.
    const foreign = await other.as.ADMIN.request(RUNS, { id: birthday.id });
    expect(foreign.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'AUTOMATION_NOT_FOUND' });
    await ws.as.MANAGER.requestOk(PAUSE, { id: birthday.id, p: true });
  });

  it('a failed action marks the run failed with its code; the retry does only what is left', async () => {
    const automation = await create({
      name: 'Anniversary',
      trigger: { kind: 'BIRTHDAY' },
      actions: [{ kind: 'ADD_TAG', params: { tagId: vip } }, grant('coins', 30)],
    });
    const leaving = await customer(ws.as.OPERATOR, { firstName: 'Leila' });
    // The run was created, then the customer was deactivated before its actions were done.
    await ws.as.OPERATOR.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', {
      id: leaving,
    });
    await sql(
      `insert into automation_run (workspace_id, automation_id, automation_name, customer_id, occurrence, actions, claimed_at)
       values (?, ?, 'Anniversary', ?, 'birthday:2027', ?::jsonb, now() - interval '1 hour')`,
      [ws.id, automation.id, leaving, JSON.stringify(automation.actions)],
    );
    expect(await runner().retryDue()).toBe(1);
    let [run] = await runs(automation.id);
    expect(run).toMatchObject({
      state: 'FAILED',
      errorCode: 'CUSTOMER_INACTIVE',
      attempts: 1,
      outcomes: [
        { kind: 'ADD_TAG', state: 'DONE' },
        { kind: 'GRANT_POINTS', state: 'FAILED', code: 'CUSTOMER_INACTIVE' },
      ],
    });
    expect(run?.retryAt).not.toBeNull();
    expect(await runner().retryDue()).toBe(0);
    // Paused, its failed runs wait; resumed, they are retried.
    await ws.as.MANAGER.requestOk(PAUSE, { id: automation.id, p: true });
    expect(await runner().retryDue(new Date(Date.now() + DAY))).toBe(0);
    await ws.as.MANAGER.requestOk(PAUSE, { id: automation.id, p: false });

    await ws.as.OPERATOR.requestOk('mutation($id: ID!) { activateCustomer(id: $id) { id } }', {
      id: leaving,
    });
    // Remove the tag by hand: a retry that redid the first action would put it back.
    await ws.as.OPERATOR.requestOk(
      'mutation($id: ID!) { setCustomerTags(customerId: $id, tagIds: []) { id } }',
      { id: leaving },
    );
    expect(await runner().retryDue(new Date(Date.now() + DAY))).toBe(1);
    [run] = await runs(automation.id);
    expect(run).toMatchObject({ state: 'DONE', errorCode: null, attempts: 2, retryAt: null });
    expect(await card(leaving)).toEqual({ tags: [], balance: expect.objectContaining({ coins: 30 }) });
    await ws.as.MANAGER.requestOk(PAUSE, { id: automation.id, p: true });
  });

  it('purchase-recorded runs once per purchase for matching customers; a paused automation does nothing', async () => {
    const maria = await customer(ws.as.OPERATOR, { firstName: 'Maria' });
    const olga = await customer(ws.as.OPERATOR, { firstName: 'Olga' });
    const thanks = await create({
      name: 'Thanks',
      trigger: { kind: 'PURCHASE_RECORDED' },
      filter: { op: 'AND', conditions: [{ field: 'firstName', operator: 'EQ', value: 'maria' }] },
      actions: [grant('coins', 10)],
    });
    const paused = await create({
      name: 'Paused',
      trigger: { kind: 'PURCHASE_RECORDED' },
      actions: [grant('credit', 7)],
    });
    await ws.as.MANAGER.requestOk(PAUSE, { id: paused.id, p: true });
    const buy = (customerId: string) =>
      ws.as.OPERATOR.requestOk(PURCHASE, {
        input: { customerId, amount: 20, paymentStatus: 'PAID', idempotencyKey: key() },
      });
    const first = (await buy(maria)).recordPurchase.id;
    await buy(maria);
    await buy(olga);
    await server.app.outbox.drain();
    // The outbox delivers at least once: the same event again creates no second run.
    const [event] = await sql<{ id: string; payload: Record<string, unknown> }>(
      `select id, payload from outbox_event where workspace_id = ? and type = 'customer.purchaseRecorded' order by id limit 1`,
      [ws.id],
    );
    await runner().onEvents([
      {
        id: String(event?.id),
        type: 'customer.purchaseRecorded',
        workspaceId: ws.id,
        ...(event?.payload as { customerId: string; actor: never; changes: never }),
        occurredAt: new Date(),
      },
    ]);
    expect((await card(maria)).balance).toMatchObject({ coins: 20, credit: 0 });
    expect((await card(olga)).balance).toMatchObject({ coins: 0, credit: 0 });
    const log = await runs(thanks.id);
    expect(log.map((r) => r.occurrence)).toContain(`purchase:${first}`);
    expect(new Set(log.map((r) => r.occurrence)).size).toBe(2);
    expect(log.every((r) => r.customerId === maria && r.state === 'DONE')).toBe(true);
    expect(await runs(paused.id)).toEqual([]);
    const list = (await ws.as.ANALYST.requestOk(`{ automations { ${AUTOMATION} } }`)).automations;
    expect(list.find((a: { id: string }) => a.id === thanks.id)).toMatchObject({
      recentRuns: 2,
      condition: { op: 'AND', conditions: [{ field: 'firstName', operator: 'EQ', value: 'maria' }] },
    });
    for (const a of [thanks, paused]) await ws.as.MANAGER.requestOk(PAUSE, { id: a.id, p: true });
  });

  it('no purchase for N days and points expiring within N days select the right customers, once', async () => {
    const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    const lapsed = await customer(ws.as.OPERATOR, { firstName: 'Lapsed' });
    const recent = await customer(ws.as.OPERATOR, { firstName: 'Recent' });
    await customer(ws.as.OPERATOR, { firstName: 'Never' });
    for (const [id, days] of [
      [lapsed, 40],
      [recent, 5],
    ] as const)
      await ws.as.OPERATOR.requestOk(PURCHASE, {
        input: {
          customerId: id,
          amount: 5,
          paymentStatus: 'PAID',
          purchasedAt: ago(days),
          idempotencyKey: key(),
        },
      });
    const soon = await customer(ws.as.OPERATOR, { firstName: 'Soon' });
    const later = await customer(ws.as.OPERATOR, { firstName: 'Later' });
    for (const [id, days] of [
      [soon, 3],
      [later, 30],
    ] as const)
      await ws.as.OPERATOR.requestOk(ADJUST, {
        input: {
          customerId: id,
          currency: 'credit',
          amount: 50,
          expiresAt: new Date(Date.now() + days * DAY).toISOString(),
          idempotencyKey: key(),
        },
      });
    await server.app.outbox.drain();
    const comeBack = await create({
      name: 'Come back',
      trigger: { kind: 'NO_PURCHASE', params: { days: 30 } },
      actions: [grant('xp', 1)],
    });
    const expiring = await create({
      name: 'Use them',
      trigger: { kind: 'POINTS_EXPIRING', params: { days: 7, currency: 'credit' } },
      actions: [grant('xp', 2)],
    });
    await runner().scan();
    await sql('update automation set scanned_through = null where workspace_id = ?', [ws.id]);
    await runner().scan();
    const lastPurchaseDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(
      new Date(ago(40)),
    );
    expect((await runs(comeBack.id)).map((r) => [r.customerId, r.occurrence])).toEqual([
      [lapsed, `inactive:${lastPurchaseDay}`],
    ]);
    const expiryDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(
      new Date(Date.now() + 3 * DAY),
    );
    expect((await runs(expiring.id)).map((r) => [r.customerId, r.occurrence])).toEqual([
      [soon, `expiring:credit:${expiryDay}`],
    ]);
  });

  it('joined and balance-changed fire on their events; grants by automations start no balance automation', async () => {
    const echo = await create({
      name: 'Echo',
      trigger: { kind: 'BALANCE_CHANGED', params: { currency: 'coins' } },
      actions: [grant('coins', 1)],
    });
    const welcome = await create({
      name: 'Welcome',
      trigger: { kind: 'JOINED' },
      actions: [grant('coins', 5)],
    });
    const newcomer = await customer(ws.as.OPERATOR, { firstName: 'Newcomer' });
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    expect((await card(newcomer)).balance.coins).toBe(5);
    expect(await runs(echo.id)).toEqual([]);
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: newcomer, currency: 'coins', amount: 10, idempotencyKey: key() },
    });
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    expect((await card(newcomer)).balance.coins).toBe(16);
    expect((await runs(echo.id)).map((r) => r.occurrence)).toEqual([expect.stringMatching(/^balance:\d+$/)]);
    expect((await runs(welcome.id)).map((r) => [r.customerId, r.occurrence])).toEqual([[newcomer, 'joined']]);
  });
});
