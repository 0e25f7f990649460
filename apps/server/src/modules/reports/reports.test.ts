import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const SETTINGS =
  'mutation($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { timeZone } }';
const PURCHASE = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const RETURN = 'mutation($input: ReturnPurchaseInput!) { returnPurchase(input: $input) { id } }';
const DELETE = 'mutation($id: ID!) { deleteCustomer(id: $id) }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';
const CREATE_TIER = 'mutation($input: TierInput!) { createTier(input: $input) { id } }';
const PREFERENCES =
  'mutation($input: UpdatePreferencesInput!) { updateMyPreferences(input: $input) { calendar } }';
const FIGURES = `value previous`;
const DASHBOARD = `query($input: DashboardInput!, $first: Int) { dashboard(input: $input) {
  from to previousFrom previousTo calendar timeZone
  members { ${FIGURES} } newMembers { ${FIGURES} } activeMembers { ${FIGURES} } purchases { ${FIGURES} }
  revenue { ${FIGURES} } averagePurchase { ${FIGURES} } repeatCustomers { ${FIGURES} }
  series { start end label startDay partial newMembers activeMembers purchases revenue }
  balances { currency { key } issued spent expired previousIssued previousSpent }
  tiers { tier { key } customers } rfmSegments { segment customers }
  topCustomers(first: $first) { customerId displayName purchases revenue } } }`;
const SERIES = `query($input: DashboardInput!) { dashboard(input: $input) { calendar series { label purchases } } }`;
const EXPORT = `mutation($input: DashboardInput!) { exportDashboard(input: $input) { fileId name size downloadPath } }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let n = 0;
const key = () => `reports-${++n}-${Date.now()}`;
/** A wall-clock time in Tehran (UTC+3:30 since 2022), the dataset workspace's zone. */
const tehran = (local: string) => new Date(`${local}:00+03:30`);
const ids: Record<string, string> = {};

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(text, params);
}

async function customer(
  w: TestWorkspace,
  name: string,
  createdAt: Date,
  extra: Record<string, unknown> = {},
) {
  const id = (await w.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: name, ...extra } } }))
    .createCustomer.id as string;
  await sql('update customer set created_at = ? where workspace_id = ? and id = ?', [createdAt, w.id, id]);
  return id;
}

async function buy(w: TestWorkspace, customerId: string, amount: number, at: Date): Promise<string> {
  const input = {
    customerId,
    amount,
    purchasedAt: at.toISOString(),
    paymentStatus: 'PAID',
    idempotencyKey: key(),
  };
  return (await w.as.OPERATOR.requestOk(PURCHASE, { input })).recordPurchase.id;
}

/** Local days 2025-06-01 to 2025-06-03 in Tehran; the previous period is 2025-05-29 to 2025-05-31. */
const PERIOD = {
  from: tehran('2025-06-01T00:00').toISOString(),
  to: tehran('2025-06-04T00:00').toISOString(),
};

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
  await ws.as.ADMIN.requestOk(SETTINGS, { input: { timeZone: 'Asia/Tehran' } });
  await ws.as.ADMIN.requestOk(CREATE_TIER, { input: { key: 'bronze', name: { en: 'Bronze' } } });
  await ws.as.ADMIN.requestOk(CREATE_TIER, {
    input: { key: 'gold', name: { en: 'Gold' }, minPurchaseCount: 3 },
  });

  ids.E = await customer(ws, 'Elder', new Date('2024-01-01T00:00:00Z'));
  ids.A = await customer(ws, 'Ava', tehran('2025-05-30T10:00'));
  ids.G = await customer(ws, 'Gone', tehran('2025-05-30T11:00'));
  ids.B = await customer(ws, 'Bea', tehran('2025-06-01T00:10'), { mobile: '+989121110001' });
  ids.F = await customer(ws, 'Fleeting', tehran('2025-06-01T10:00'));
  ids.D = await customer(ws, 'Dora', tehran('2025-06-02T12:00'));
  // 01:00 in Tehran is still 2 June in UTC: the bucket must follow the workspace's day.
  ids.C = await customer(ws, 'Cyrus', tehran('2025-06-03T01:00'));
  // A profile that arrived as Bea's child: attached on arrival, never a member of its own.
  const child = (
    await ws.as.OPERATOR.requestOk(CREATE, {
      input: {
        attributes: { firstName: 'Bea again', mobile: '+989121110001' },
        onDuplicate: 'ATTACH_AS_CHILD',
      },
    })
  ).createCustomer.id;
  await sql('update customer set created_at = ?, deleted_at = ? where workspace_id = ? and id = ?', [
    tehran('2025-06-02T09:00'),
    tehran('2025-06-02T09:00'),
    ws.id,
    child,
  ]);

  // Previous period: Elder twice, Ava once a minute before the period.
  await buy(ws, ids.E, 10, tehran('2025-05-30T12:00'));
  await buy(ws, ids.E, 30, tehran('2025-05-31T12:00'));
  await buy(ws, ids.A, 15, tehran('2025-05-31T23:59'));
  // This period.
  await buy(ws, ids.A, 100, tehran('2025-06-01T10:00'));
  const returned = await buy(ws, ids.A, 50, tehran('2025-06-01T18:00'));
  await ws.as.OPERATOR.requestOk(RETURN, {
    input: { purchaseId: returned, amount: 20, idempotencyKey: key() },
  });
  await buy(ws, ids.F, 5, tehran('2025-06-01T12:00'));
  await buy(ws, ids.B, 40, tehran('2025-06-02T09:00'));
  await buy(ws, ids.C, 60, tehran('2025-06-03T00:30'));
  await buy(ws, ids.D, 200, tehran('2025-06-03T12:00'));
  // At the period's end: excluded (periods are [from, to)).
  await buy(ws, ids.E, 1000, tehran('2025-06-04T00:00'));

  // Gone and Fleeting were deleted on 2 June; Dora today (after the period: a member at its end).
  await sql('update customer set deleted_at = ? where workspace_id = ? and id in (?, ?)', [
    tehran('2025-06-02T12:00'),
    ws.id,
    ids.G,
    ids.F,
  ]);
  await ws.as.MANAGER.requestOk(DELETE, { id: ids.D });
  ids.H = await customer(ws, 'Hal', new Date('2024-02-01T00:00:00Z'));
  await ws.as.ADMIN.requestOk('mutation { recomputeTiers { evaluated } }');
  await ws.as.ADMIN.requestOk('mutation { recomputeRfm { customersScored } }');

  // Another workspace's customers and purchases in the same days must never show.
  const stranger = await customer(other, 'Stranger', tehran('2025-06-02T10:00'));
  await buy(other, stranger, 999, tehran('2025-06-02T10:00'));
  await buy(other, stranger, 1, tehran('2025-06-02T11:00'));
});
afterAll(async () => server?.close());

const dashboard = async (w: TestWorkspace, input: Record<string, unknown>, first?: number) =>
  (await w.as.ANALYST.requestOk(DASHBOARD, { input, first })).dashboard;

describe('the dashboard', () => {
  it('gives the figures of a hand-counted period against the one before', async () => {
    const d = await dashboard(ws, { ...PERIOD, granularity: 'DAY' });
    expect(d).toMatchObject({
      from: PERIOD.from,
      to: PERIOD.to,
      previousFrom: tehran('2025-05-29T00:00').toISOString(),
      previousTo: PERIOD.from,
      timeZone: 'Asia/Tehran',
      // Live at the end: Elder, Ava, Bea, Cyrus, Dora (deleted since) and Hal; at the start: Elder, Ava, Gone, Hal.
      members: { value: 6, previous: 4 },
      // Bea, Dora, Cyrus (Fleeting was deleted within the period, the child never counted); before: Ava, Gone.
      newMembers: { value: 3, previous: 2 },
      activeMembers: { value: 5, previous: 2 },
      purchases: { value: 6, previous: 3 },
      revenue: { value: 435, previous: 55 },
      averagePurchase: { value: 72.5, previous: 18.33 },
      repeatCustomers: { value: 1, previous: 1 },
    });
    expect(d.series).toEqual([
      {
        start: PERIOD.from,
        end: tehran('2025-06-02T00:00').toISOString(),
        label: '2025-06-01',
        startDay: '2025-06-01',
        partial: false,
        newMembers: 1,
        activeMembers: 2,
        purchases: 3,
        revenue: 135,
      },
      expect.objectContaining({
        label: '2025-06-02',
        newMembers: 1,
        activeMembers: 1,
        purchases: 1,
        revenue: 40,
      }),
      expect.objectContaining({
        label: '2025-06-03',
        newMembers: 1,
        activeMembers: 2,
        purchases: 2,
        revenue: 260,
      }),
    ]);
    // Live customers only, best first: Dora spent most but was deleted.
    expect(d.topCustomers).toEqual([
      { customerId: ids.A, displayName: 'Ava', purchases: 2, revenue: 130 },
      { customerId: ids.C, displayName: 'Cyrus', purchases: 1, revenue: 60 },
      { customerId: ids.B, displayName: 'Bea', purchases: 1, revenue: 40 },
    ]);
  });

  it('counts live customers per tier and RFM segment now, with rows for none', async () => {
    const d = await dashboard(ws, { ...PERIOD, granularity: 'DAY' });
    // Gold takes three purchases: Ava and Elder; live now: Elder, Ava, Bea, Cyrus, Hal.
    expect(d.tiers).toEqual([
      { tier: { key: 'bronze' }, customers: 3 },
      { tier: { key: 'gold' }, customers: 2 },
      { tier: null, customers: 0 },
    ]);
    expect(d.rfmSegments).toHaveLength(12);
    const unscored = d.rfmSegments.find((s: { segment: string | null }) => s.segment === null);
    expect(unscored.customers).toBe(1);
    expect(d.rfmSegments.reduce((sum: number, s: { customers: number }) => sum + s.customers, 0)).toBe(5);
  });

  it('leaves the previous figures out without comparison', async () => {
    const d = await dashboard(ws, { ...PERIOD, granularity: 'WEEK', compare: false });
    expect(d.previousFrom).toBeNull();
    expect(d.members).toEqual({ value: 6, previous: null });
    expect(d.revenue).toEqual({ value: 435, previous: null });
    expect(d.balances.every((b: { previousIssued: number | null }) => b.previousIssued === null)).toBe(true);
    // Sunday 1 June is in the week of Monday 26 May; Monday 2 June starts ISO week 23.
    expect(d.series.map((b: { label: string; partial: boolean }) => [b.label, b.partial])).toEqual([
      ['2025-W22', true],
      ['2025-W23', true],
    ]);
  });

  it("cuts Jalali months in the workspace's zone, by default in the staff member's calendar", async () => {
    const input = {
      from: tehran('2025-05-01T00:00').toISOString(),
      to: tehran('2025-07-01T00:00').toISOString(),
    };
    await ws.as.ANALYST.requestOk(PREFERENCES, { input: { calendar: 'JALALI' } });
    const d = (await ws.as.ANALYST.requestOk(SERIES, { input: { ...input, granularity: 'MONTH' } }))
      .dashboard;
    await ws.as.ANALYST.requestOk(PREFERENCES, { input: { calendar: 'GREGORIAN' } });
    expect(d.calendar).toBe('JALALI');
    // Khordad 1404 runs from 22 May to 21 June: every purchase of the dataset but none of the stranger's.
    expect(d.series).toEqual([
      { label: '1404-02', purchases: 0 },
      { label: '1404-03', purchases: 10 },
      { label: '1404-04', purchases: 0 },
    ]);
    const weeks = (
      await ws.as.ANALYST.requestOk(SERIES, { input: { ...PERIOD, granularity: 'WEEK', calendar: 'JALALI' } })
    ).dashboard;
    // Saturday 31 May 2025 is 1404-03-10: the Jalali week holding the whole period.
    expect(weeks.series).toEqual([{ label: '1404-03-10', purchases: 6 }]);
  });

  it('sums what the ledger issued and took per currency in the period', async () => {
    const id = await customer(other, 'Saver', new Date());
    const adjust = (amount: number) =>
      other.as.OPERATOR.requestOk(ADJUST, {
        input: { customerId: id, currency: 'coins', amount, reason: 'Test', idempotencyKey: key() },
      });
    await adjust(100);
    await adjust(-30);
    const now = Date.now();
    const d = await dashboard(other, {
      from: new Date(now - 3_600_000).toISOString(),
      to: new Date(now + 3_600_000).toISOString(),
      granularity: 'DAY',
    });
    const coins = d.balances.find((b: { currency: { key: string } }) => b.currency.key === 'coins');
    expect(coins).toEqual({
      currency: { key: 'coins' },
      issued: 100,
      spent: 30,
      expired: 0,
      previousIssued: 0,
      previousSpent: 0,
    });
    // Nothing of it in the first workspace.
    const mine = await dashboard(ws, {
      from: new Date(now - 3_600_000).toISOString(),
      to: new Date(now + 3_600_000).toISOString(),
      granularity: 'DAY',
    });
    expect(mine.balances.find((b: { currency: { key: string } }) => b.currency.key === 'coins').issued).toBe(
      0,
    );
  });

  it("never shows another workspace's data", async () => {
    const d = await dashboard(other, { ...PERIOD, granularity: 'DAY' });
    expect(d.members.value).toBe(1);
    expect(d.purchases).toEqual({ value: 2, previous: 0 });
    expect(d.revenue.value).toBe(1000);
    expect(d.topCustomers.map((c: { displayName: string }) => c.displayName)).toEqual(['Stranger']);
  });
});

describe('active customers per bucket, at the edges of how they are counted', () => {
  let w: TestWorkspace;
  /** Customers with chosen ids: the last of the first slice of customers, the first of the second, and both ends. */
  const at: Record<string, string> = {
    low: '00000000-0000-4000-8000-000000000001',
    lastOfFirst: '7fffffff-ffff-4fff-bfff-ffffffffffff',
    firstOfSecond: '80000000-0000-4000-8000-000000000000',
    high: 'ffffffff-ffff-4fff-bfff-fffffffffffe',
  };
  const names: Record<string, string> = {
    low: 'Low',
    lastOfFirst: 'Last',
    firstOfSecond: 'First',
    high: 'High',
  };

  beforeAll(async () => {
    w = await server.workspace('Edges club');
    await w.as.ADMIN.requestOk(SETTINGS, { input: { timeZone: 'Asia/Tehran' } });
    for (const [k, id] of Object.entries(at))
      await sql('insert into customer (workspace_id, id, attributes, created_at) values (?, ?, ?, ?)', [
        w.id,
        id,
        JSON.stringify({ firstName: names[k] }),
        new Date('2024-01-01T00:00:00Z'),
      ]);
    // October to December 2024 in Tehran, and the three months before.
    await buy(w, at.low as string, 10, tehran('2024-10-05T12:00'));
    await buy(w, at.low as string, 20, tehran('2024-10-20T12:00'));
    await buy(w, at.low as string, 5, tehran('2024-12-31T23:59'));
    // Local midnight of 1 November is still 31 October in UTC: November's.
    await buy(w, at.high as string, 100, tehran('2024-11-01T00:00'));
    await buy(w, at.high as string, 7, tehran('2024-08-15T12:00'));
    await buy(w, at.firstOfSecond as string, 1, tehran('2024-10-31T23:59'));
    await buy(w, at.firstOfSecond as string, 1000, tehran('2025-01-01T00:00'));
    await buy(w, at.lastOfFirst as string, 50, tehran('2024-12-01T00:00'));
    await buy(w, at.lastOfFirst as string, 3, tehran('2024-08-01T12:00'));
    await buy(w, at.lastOfFirst as string, 4, tehran('2024-09-01T12:00'));
    // Days 15 and 16 of February 2025: the last bit of a mask's first word and the first of its second.
    await buy(w, at.low as string, 2, tehran('2025-02-15T23:59'));
    await buy(w, at.low as string, 3, tehran('2025-02-16T00:00'));
    await buy(w, at.high as string, 4, tehran('2025-02-16T12:00'));
  });

  it('adds up the slices of customers of a long period, cut at local months', async () => {
    const d = await dashboard(
      w,
      {
        from: tehran('2024-10-01T00:00').toISOString(),
        to: tehran('2025-01-01T00:00').toISOString(),
        granularity: 'MONTH',
      },
      10,
    );
    expect(d).toMatchObject({
      activeMembers: { value: 4, previous: 2 },
      purchases: { value: 6, previous: 3 },
      revenue: { value: 186, previous: 14 },
      repeatCustomers: { value: 1, previous: 1 },
    });
    expect(
      d.series.map((b: { label: string; activeMembers: number; purchases: number; revenue: number }) => [
        b.label,
        b.activeMembers,
        b.purchases,
        b.revenue,
      ]),
    ).toEqual([
      ['2024-10', 2, 3, 31],
      ['2024-11', 1, 1, 100],
      ['2024-12', 2, 2, 55],
    ]);
    // One list from both slices, best first.
    expect(d.topCustomers).toEqual([
      { customerId: at.high, displayName: 'High', purchases: 1, revenue: 100 },
      { customerId: at.lastOfFirst, displayName: 'Last', purchases: 1, revenue: 50 },
      { customerId: at.low, displayName: 'Low', purchases: 3, revenue: 35 },
      { customerId: at.firstOfSecond, displayName: 'First', purchases: 1, revenue: 1 },
    ]);
  });

  it('counts a customer in the buckets on both sides of a word of the mask', async () => {
    const d = await dashboard(w, {
      from: tehran('2025-02-01T00:00').toISOString(),
      to: tehran('2025-02-21T00:00').toISOString(),
      granularity: 'DAY',
    });
    const days = d.series.map((b: { activeMembers: number; purchases: number }) => [
      b.activeMembers,
      b.purchases,
    ]);
    expect(days).toHaveLength(20);
    expect(days[14]).toEqual([1, 1]);
    expect(days[15]).toEqual([2, 2]);
    expect(
      days
        .filter((_: unknown, i: number) => i !== 14 && i !== 15)
        .flat()
        .every((x: number) => x === 0),
    ).toBe(true);
    expect(d).toMatchObject({ activeMembers: { value: 2, previous: 0 }, repeatCustomers: { value: 1 } });
  });
});

describe('who may read it, and what it refuses', () => {
  it('refuses operators and lets analysts and managers read', async () => {
    const refused = await ws.as.OPERATOR.request(SERIES, { input: { ...PERIOD, granularity: 'DAY' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ws.as.MANAGER.requestOk(SERIES, { input: { ...PERIOD, granularity: 'DAY' } });
    const anonymous = await ws.anonymous.request(SERIES, { input: { ...PERIOD, granularity: 'DAY' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    [{ ...PERIOD, to: PERIOD.from }, ['input', 'to'], 'REPORT_PERIOD_REVERSED'],
    [
      { from: '2020-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z', granularity: 'MONTH' },
      ['input', 'to'],
      'REPORT_PERIOD_TOO_LONG',
    ],
    [
      { from: '2024-01-01T00:00:00Z', to: '2025-03-01T00:00:00Z' },
      ['input', 'granularity'],
      'REPORT_TOO_MANY_BUCKETS',
    ],
  ])('refuses a bad period with the field and its code (%#)', async (input, path, code) => {
    const res = await ws.as.ANALYST.request(SERIES, { input: { granularity: 'DAY', ...input } });
    expect(res.errors?.[0]?.extensions?.fields).toMatchObject([{ path, problem: { code } }]);
  });

  it.each([0, 101])('refuses first: %i', async (first) => {
    const res = await ws.as.ANALYST.request(DASHBOARD, { input: { ...PERIOD, granularity: 'DAY' }, first });
    expect(res.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['first'], problem: { code: 'NUMBER_RANGE', params: { min: 1, max: 100 } } },
    ]);
  });
});

describe('the Excel export', () => {
  it('writes the sheets in the staff member’s language, for them only', async () => {
    await ws.as.ANALYST.requestOk('mutation { updateMyPreferences(input: { locale: RU }) { locale } }');
    const before = Date.now();
    const file = (await ws.as.ANALYST.requestOk(EXPORT, { input: { ...PERIOD, granularity: 'DAY' } }))
      .exportDashboard;
    const after = Date.now();
    await ws.as.ANALYST.requestOk('mutation { updateMyPreferences(input: { locale: EN }) { locale } }');
    expect(file.downloadPath).toBe(`/files/${file.fileId}`);
    const cookie = (role: 'ANALYST' | 'MANAGER') =>
      [...ws.as[role].cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(`${server.url}${file.downloadPath}`, { headers: { cookie: cookie('ANALYST') } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Сводка',
      'Динамика',
      'Уровни',
      'RFM',
      'Лучшие клиенты',
      'Лучшие товары',
    ]);
    expect(book.getWorksheet('Лучшие товары')?.getRow(1).values).toEqual([
      undefined,
      'Товар или услуга',
      'Артикул',
      'Продано',
      'Единица',
      'Выручка',
    ]);
    const summary = book.getWorksheet('Сводка');
    const row = (label: string) =>
      summary?.getSheetValues().find((r) => Array.isArray(r) && r[1] === label) as unknown[];
    expect(row('Выручка').slice(1, 4)).toEqual(['Выручка', 435, 55]);
    expect(row('Участники').slice(1, 4)).toEqual(['Участники', 6, 4]);
    // Read from the main database, the figures are as of when the export read them (workspace clock).
    const asOf = row('Данные на')[2] as string;
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(tehran(asOf.replace(' ', 'T')).getTime()).toBeGreaterThan(before - 60_000);
    expect(tehran(asOf.replace(' ', 'T')).getTime()).toBeLessThanOrEqual(after);
    // Under the period's bounds, before the figures.
    expect(summary?.getRow(4).getCell(1).value).toBe('Данные на');
    const series = book.getWorksheet('Динамика');
    expect(series?.getRow(2).values).toEqual([
      undefined,
      '2025-06-01',
      '2025-06-01 00:00',
      '2025-06-02 00:00',
      1,
      2,
      3,
      135,
    ]);
    expect(book.getWorksheet('Лучшие клиенты')?.getRow(2).getCell(1).value).toBe('Ava');
    // Someone else's session does not get it.
    const foreign = await fetch(`${server.url}${file.downloadPath}`, {
      headers: { cookie: cookie('MANAGER') },
    });
    expect(foreign.status).toBe(404);
  });

  it('states the moment of its figures in the dashboard’s calendar, in Persian', async () => {
    await ws.as.ANALYST.requestOk('mutation { updateMyPreferences(input: { locale: FA }) { locale } }');
    const file = (
      await ws.as.ANALYST.requestOk(EXPORT, {
        input: { ...PERIOD, granularity: 'DAY', calendar: 'JALALI' },
      })
    ).exportDashboard;
    await ws.as.ANALYST.requestOk('mutation { updateMyPreferences(input: { locale: EN }) { locale } }');
    const cookie = [...ws.as.ANALYST.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(`${server.url}${file.downloadPath}`, { headers: { cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows = book.getWorksheet('خلاصه')?.getSheetValues() as unknown[][];
    const [, label, at] = rows.find((r) => Array.isArray(r) && r[1] === 'ارقام به‌روز تا') ?? [];
    expect(label).toBe('ارقام به‌روز تا');
    // Today in the Jalali calendar on Tehran's clock, as the period's own dates are written.
    const today = new Intl.DateTimeFormat('en-u-ca-persian', {
      timeZone: 'Asia/Tehran',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date());
    const part = (type: string) => today.find((p) => p.type === type)?.value;
    expect(at).toMatch(new RegExp(`^${part('year')}/${part('month')}/${part('day')} \\d{2}:\\d{2}$`));
  });

  it('needs the export permission too', async () => {
    const res = await ws.as.OPERATOR.request(EXPORT, { input: { ...PERIOD, granularity: 'DAY' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe("the dashboard's top products", () => {
  const TOP = `query($input: DashboardInput!, $first: Int) { dashboard(input: $input) {
    topProducts(first: $first) { product { sku } quantity revenue } } }`;

  it('lists what brought most money in the period, net of returns, only what sold, in its workspace', async () => {
    const shop = await server.workspace('Top products club');
    for (const [sku, price] of [
      ['TEA', 4],
      ['CAKE', 9],
      ['MUG', 12],
      ['SPOON', 1],
    ] as const)
      await shop.as.MANAGER.requestOk(
        'mutation($input: ProductInput!) { createProduct(input: $input) { id } }',
        {
          input: { sku, name: { en: sku }, kind: 'PRODUCT', price },
        },
      );
    const buyer = await customer(shop, 'Taster', tehran('2025-05-01T10:00'));
    const sell = async (at: Date, items: { sku: string; quantity: number; price: number }[]) => {
      const amount = items.reduce((sum, i) => sum + i.quantity * i.price, 0);
      const input = {
        customerId: buyer,
        amount,
        purchasedAt: at.toISOString(),
        paymentStatus: 'PAID',
        idempotencyKey: key(),
        items,
      };
      return (await shop.as.OPERATOR.requestOk(PURCHASE, { input })).recordPurchase.id as string;
    };
    await sell(tehran('2025-06-01T10:00'), [
      { sku: 'tea', quantity: 5, price: 4 },
      { sku: 'CAKE', quantity: 1, price: 9 },
    ]);
    const mugs = await sell(tehran('2025-06-02T10:00'), [{ sku: 'MUG', quantity: 2, price: 12 }]);
    await shop.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId: mugs, amount: 12, idempotencyKey: key() },
    });
    // Before the period: not counted.
    await sell(tehran('2025-05-20T10:00'), [{ sku: 'CAKE', quantity: 10, price: 9 }]);

    const top = (
      await shop.as.ANALYST.requestOk(TOP, { input: { ...PERIOD, granularity: 'DAY' }, first: 10 })
    ).dashboard.topProducts;
    expect(top).toEqual([
      { product: { sku: 'TEA' }, quantity: 5, revenue: 20 },
      { product: { sku: 'MUG' }, quantity: 1, revenue: 12 },
      { product: { sku: 'CAKE' }, quantity: 1, revenue: 9 },
    ]);
    expect(
      (await shop.as.ANALYST.requestOk(TOP, { input: { ...PERIOD, granularity: 'DAY' }, first: 1 })).dashboard
        .topProducts,
    ).toHaveLength(1);
    expect(
      (await ws.as.ANALYST.requestOk(TOP, { input: { ...PERIOD, granularity: 'DAY' } })).dashboard
        .topProducts,
    ).toEqual([]);
    const file = (await shop.as.ANALYST.requestOk(EXPORT, { input: { ...PERIOD, granularity: 'DAY' } }))
      .exportDashboard;
    const cookie = [...shop.as.ANALYST.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(`${server.url}${file.downloadPath}`, { headers: { cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.getWorksheet('Top products');
    expect([2, 3, 4].map((r) => [1, 2, 3, 5].map((c) => sheet?.getRow(r).getCell(c).value))).toEqual([
      ['TEA', 'TEA', 5, 20],
      ['MUG', 'MUG', 1, 12],
      ['CAKE', 'CAKE', 1, 9],
    ]);
    const refused = await shop.as.ANALYST.request(TOP, {
      input: { ...PERIOD, granularity: 'DAY' },
      first: 0,
    });
    expect(refused.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['first'], problem: { code: 'NUMBER_RANGE' } },
    ]);
  });
});
