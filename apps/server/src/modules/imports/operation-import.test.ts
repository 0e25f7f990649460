import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';

const IMPORT_FIELDS = `id kind state columns { index header target }
  counts { rows created updated attached skipped invalid } progress { done total } problem { code params } reportFileId`;
const OPEN = `mutation($input: OpenImportInput!) { openImport(input: $input) { ${IMPORT_FIELDS} } }`;
const CONFIGURE = `mutation($input: ConfigureImportInput!) { configureImport(input: $input) { ${IMPORT_FIELDS} } }`;
const PREVIEW = `query($id: ID!) { importPreview(id: $id) {
  rows { line outcome problem { code params } cells { header value problem { code } } } counts { rows created skipped invalid } } }`;
const START = `mutation($id: ID!) { startImport(id: $id) { ${IMPORT_FIELDS} } }`;
const GET = `query($id: ID!) { import(id: $id) { ${IMPORT_FIELDS} } }`;
const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const CARD = `query($id: ID!) { customer(id: $id) {
  balances { currency { key } amount }
  ledger(first: 50) { edges { node { currency kind amount balanceAfter reason reasonCode comment expiresAt createdAt } } }
  history(types: [BALANCE_CHANGED]) { edges { node { type occurredAt changes { key newValue } } } } } }`;
const DASHBOARD = `query($input: DashboardInput!) { dashboard(input: $input) {
  balances { currency { key } issued spent } } }`;
const HEADER = 'Mobile,Currency,Amount,Date,Reason,Comment,Operation ID,Expires';
const TARGETS = ['customer', 'currency', 'amount', 'date', 'reason', 'comment', 'operationId', 'expiresAt'];

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace();
});
afterAll(async () => server?.close());

const cookieOf = (w: TestWorkspace) =>
  [...w.as.MANAGER.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

async function upload(body: string, name: string, w = ws): Promise<string> {
  const res = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { cookie: cookieOf(w), 'x-patron-csrf': '1', 'x-file-name': encodeURIComponent(name) },
    body,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { fileId: string }).fileId;
}

async function customer(mobile: string, w = ws): Promise<string> {
  return (await w.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Saver', mobile } } }))
    .createCustomer.id;
}

async function card(id: string) {
  const { customer: c } = await ws.as.ANALYST.requestOk(CARD, { id });
  const balance = (key: string) =>
    c.balances.find((b: { currency: { key: string } }) => b.currency.key === key)?.amount ?? 0;
  return {
    coins: balance('coins'),
    credit: balance('credit'),
    xp: balance('xp'),
    operations: c.ledger.edges.map((e: { node: unknown }) => e.node),
    history: c.history.edges.map((e: { node: unknown }) => e.node),
  };
}

/** Opens and maps a file of the eight columns (or those of `targets`), answering the import. */
async function openOperations(body: string, targets = TARGETS, w = ws) {
  const fileId = await upload(body, 'operations.csv', w);
  const opened = (await w.as.MANAGER.requestOk(OPEN, { input: { fileId, kind: 'OPERATIONS' } })).openImport;
  await w.as.MANAGER.requestOk(CONFIGURE, {
    input: { id: opened.id, matchOn: 'MOBILE', columns: targets.map((target, index) => ({ index, target })) },
  });
  return opened.id as string;
}

async function run(id: string, w = ws) {
  await w.as.MANAGER.requestOk(START, { id });
  for (let i = 0; i < 300; i++) {
    const { import: job } = await w.as.MANAGER.requestOk(GET, { id });
    if (!['QUEUED', 'RUNNING'].includes(job.state)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

async function report(fileId: string): Promise<string> {
  const res = await fetch(`${server.url}/files/${fileId}`, { headers: { cookie: cookieOf(ws) } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer()).toString('utf8');
}

const nextYear = new Date().getUTCFullYear() + 1;

describe('importing points and balance history', () => {
  let saver: string;
  const history = () =>
    [
      HEADER,
      `09122220001,coins,100,2024-01-05,Welcome bonus,migrated,OLD-1,`,
      `09122220001,Coins,-30,2024-02-10 18:30,Paid for coffee,,OLD-2,`,
      `09122220001,Баллы,+15,۱۴۰۳-۰۲-۱۵,,,OLD-3,${nextYear}-12-31`,
      `09122220001,credit,"12.5",2024-03-01,,,,`,
      `09122220001,coins,-500,2024-03-02,Too much,,OLD-4,`,
      `09122229999,coins,10,2024-03-03,,,OLD-5,`,
      `09122220001,gems,10,2024-03-03,,,OLD-6,`,
      `09122220001,coins,10,${nextYear}-01-01,,,OLD-7,`,
      `09122220001,coins,10,03/01/2024,,,OLD-8,`,
      `09122220001,xp,-5,2024-03-04,,,OLD-9,`,
      `09122220001,coins,-5,2024-03-05,,,OLD-10,${nextYear}-01-01`,
      `09122220001,coins,5,2024-03-06,,,OLD-11,2024-04-01`,
      `09122220001,coins,,2024-03-06,,,OLD-12,`,
      `09122220001,coins,10,,,,OLD-13,`,
    ].join('\r\n');

  beforeAll(async () => {
    saver = await customer('+989122220001');
  });

  it('previews each row as NEW, SKIP or INVALID with the value as stored and the reason on its cell; nothing written', async () => {
    const id = await openOperations(history());
    const { importPreview } = await ws.as.MANAGER.requestOk(PREVIEW, { id });
    type Row = {
      outcome: string;
      problem: { code: string } | null;
      cells: { header: string; value: string | null; problem: { code: string } | null }[];
    };
    const rows = importPreview.rows.map((r: Row) => ({
      outcome: r.outcome,
      problem: r.problem?.code ?? null,
      on: r.cells.find((c) => c.problem)?.header ?? null,
    }));
    expect(rows).toEqual([
      { outcome: 'NEW', problem: null, on: null },
      { outcome: 'NEW', problem: null, on: null },
      { outcome: 'NEW', problem: null, on: null },
      { outcome: 'NEW', problem: null, on: null },
      { outcome: 'INVALID', problem: 'BALANCE_TOO_LOW', on: 'Amount' },
      { outcome: 'INVALID', problem: 'IMPORT_ROW_CUSTOMER_UNKNOWN', on: 'Mobile' },
      { outcome: 'INVALID', problem: 'CURRENCY_UNKNOWN', on: 'Currency' },
      { outcome: 'INVALID', problem: 'OPERATION_DATE_FUTURE', on: 'Date' },
      { outcome: 'INVALID', problem: 'IMPORT_ROW_OPERATION_DATE', on: 'Date' },
      { outcome: 'INVALID', problem: 'CURRENCY_EARN_ONLY', on: 'Currency' },
      { outcome: 'INVALID', problem: 'EXPIRY_ONLY_ADDITION', on: 'Expires' },
      { outcome: 'INVALID', problem: 'EXPIRY_NOT_FUTURE', on: 'Expires' },
      { outcome: 'INVALID', problem: 'REQUIRED', on: 'Amount' },
      { outcome: 'INVALID', problem: 'REQUIRED', on: 'Date' },
    ]);
    // Values as stored: E.164, the currency's key, the signed amount, ISO dates (a Jalali date in Persian digits too).
    expect(importPreview.rows[2].cells.map((c: { value: string | null }) => c.value)).toEqual([
      '+989122220001',
      'coins',
      '15',
      '2024-05-04T12:00:00.000Z',
      null,
      null,
      'OLD-3',
      `${nextYear}-12-31T12:00:00.000Z`,
    ]);
    expect(importPreview.rows[1].cells[3].value).toBe('2024-02-10T18:30:00.000Z');
    expect(importPreview.counts).toMatchObject({ rows: 14, created: 4, skipped: 0, invalid: 10 });
    expect((await card(saver)).operations).toEqual([]);
  });

  it('writes each row through the ledger with its date; a row that would go below zero writes nothing; the report names line, column and reason', async () => {
    const job = await run(await openOperations(history()));
    expect(job.state).toBe('DONE');
    expect(job.counts).toMatchObject({ rows: 14, created: 4, skipped: 0, invalid: 10 });
    const after = await card(saver);
    expect(after).toMatchObject({ coins: 85, credit: 12.5, xp: 0 });
    // Newest written first, written oldest first (the Jalali day 2024-05-04 after the file's later
    // rows); each carries the date it happened and its balance after the operations before it in time.
    expect(after.operations).toEqual([
      expect.objectContaining({
        currency: 'coins',
        kind: 'EARN',
        amount: 15,
        balanceAfter: 85,
        createdAt: '2024-05-04T12:00:00.000Z',
        expiresAt: `${nextYear}-12-31T12:00:00.000Z`,
      }),
      expect.objectContaining({
        currency: 'credit',
        kind: 'EARN',
        amount: 12.5,
        createdAt: '2024-03-01T12:00:00.000Z',
        reasonCode: 'IMPORT',
      }),
      expect.objectContaining({
        kind: 'SPEND',
        amount: -30,
        balanceAfter: 70,
        reason: 'Paid for coffee',
        createdAt: '2024-02-10T18:30:00.000Z',
      }),
      expect.objectContaining({
        kind: 'EARN',
        amount: 100,
        balanceAfter: 100,
        reason: 'Welcome bonus',
        comment: 'migrated',
        createdAt: '2024-01-05T12:00:00.000Z',
      }),
    ]);
    // The history timeline shows each change when it happened, not when it was imported.
    expect(after.history.map((h: { occurredAt: string }) => h.occurredAt).sort()).toEqual([
      '2024-01-05T12:00:00.000Z',
      '2024-02-10T18:30:00.000Z',
      '2024-03-01T12:00:00.000Z',
      '2024-05-04T12:00:00.000Z',
    ]);

    const text = await report(job.reportFileId);
    expect(text).toContain('6,Amount,"The balance is too low: 70 coins available, 500 asked"');
    expect(text).toContain('7,Mobile,No customer has this mobile');
    expect(text).toContain('8,Currency,');
    expect(text).toContain('9,Date,An operation cannot have happened in the future');
    expect(text).toContain('11,Currency,"xp is earned, never spent"');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(11);
  });

  it('the same file imported again, or another file with the same operation ids, writes nothing twice', async () => {
    const before = await card(saver);
    const again = await run(await openOperations(history()));
    expect(again.counts).toMatchObject({ rows: 14, created: 0, skipped: 4, invalid: 10 });
    const other = await run(
      await openOperations(
        [
          HEADER,
          '09122220001,coins,100,2024-01-05,Welcome bonus,,OLD-1,',
          '09122220001,coins,1,2024-01-06,,,OLD-99,',
        ].join('\n'),
      ),
    );
    expect(other.counts).toMatchObject({ rows: 2, created: 1, skipped: 1, invalid: 0 });
    const after = await card(saver);
    expect(after.coins).toBe(before.coins + 1);
    expect(after.operations).toHaveLength(before.operations.length + 1);
    // And a preview of it now says SKIP.
    const id = await openOperations(history());
    const { importPreview } = await ws.as.MANAGER.requestOk(PREVIEW, { id });
    expect(importPreview.counts).toMatchObject({ created: 0, skipped: 4, invalid: 10 });
  });

  it("the dashboard counts what was issued and spent in the period it happened, not the import's", async () => {
    const { dashboard } = await ws.as.MANAGER.requestOk(DASHBOARD, {
      input: {
        from: '2024-01-01T00:00:00Z',
        to: '2024-03-01T00:00:00Z',
        granularity: 'MONTH',
        compare: false,
      },
    });
    const coins = dashboard.balances.find((b: { currency: { key: string } }) => b.currency.key === 'coins');
    expect(coins).toMatchObject({ issued: 101, spent: 30 });
  });

  it('never matches a customer of another workspace', async () => {
    const theirs = await customer('+989122220055', other);
    const id = await openOperations([HEADER, '09122220055,coins,10,2024-01-05,,,ISO-1,'].join('\n'));
    const { importPreview } = await ws.as.MANAGER.requestOk(PREVIEW, { id });
    expect(importPreview.rows[0].problem.code).toBe('IMPORT_ROW_CUSTOMER_UNKNOWN');
    const job = await run(id);
    expect(job.counts).toMatchObject({ created: 0, invalid: 1 });
    const { customer: c } = await other.as.ANALYST.requestOk(CARD, { id: theirs });
    expect(c.ledger.edges).toEqual([]);
  });

  it('a role that may import but not adjust balances by hand cannot start a ledger history import', async () => {
    await ws.as.ADMIN.requestOk('mutation($i: CreateRoleInput!) { createRole(input: $i) { key } }', {
      i: { key: 'LEDGER_IMPORTER', name: { en: 'Importer' }, permissions: ['customers.import'] },
    });
    const email = `ledger-importer-${Date.now()}@test.patron`;
    await server.app.services.auth.createStaff(ws.id, {
      email,
      name: 'Importer',
      role: 'LEDGER_IMPORTER',
      password: TEST_PASSWORD,
    });
    const importer = new GraphQLClient(server.graphqlUrl);
    await importer.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: email,
      p: TEST_PASSWORD,
    });
    const id = await openOperations([HEADER, '09122220001,coins,10,2024-01-05,,,PERM-1,'].join('\n'));
    const answer = await importer.request(START, { id });
    expect(answer.errors?.[0]?.extensions?.problem).toEqual({
      code: 'FORBIDDEN',
      params: { permissions: 'loyalty.adjust' },
    });
  });

  it('the downloadable template names the columns in the staff member’s language', async () => {
    const res = await fetch(`${server.url}/imports/template?kind=OPERATIONS`, {
      headers: { cookie: cookieOf(ws) },
    });
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/^\ufeff/, '');
    expect(text).toBe(
      'Customer,Currency,Amount (+/−),Date,Reason,Comment (internal),Operation ID,Expires\r\n',
    );
  });
});
