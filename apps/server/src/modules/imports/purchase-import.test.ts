import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';

const IMPORT_FIELDS = `id kind state applyEarningRules columns { index header target }
  counts { rows created updated attached skipped invalid } progress { done total } problem { code params } reportFileId`;
const OPEN = `mutation($input: OpenImportInput!) { openImport(input: $input) { ${IMPORT_FIELDS} } }`;
const CONFIGURE = `mutation($input: ConfigureImportInput!) { configureImport(input: $input) { ${IMPORT_FIELDS} } }`;
const PREVIEW = `query($id: ID!) { importPreview(id: $id) {
  rows { line outcome problem { code } cells { header value } } counts { rows created skipped invalid } } }`;
const START = `mutation($id: ID!) { startImport(id: $id) { ${IMPORT_FIELDS} } }`;
const GET = `query($id: ID!) { import(id: $id) { ${IMPORT_FIELDS} } }`;
const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const PROGRAMME = `mutation($input: ProgrammeInput!) { updateLoyaltyProgramme(input: $input) { rules } }`;
const CARD = `query($id: ID!) { customer(id: $id) {
  balances { currency { key } amount }
  purchaseSummary { total count }
  purchases(first: 10) { edges { node { invoiceNumber amount returnedAmount purchasedAt items { sku quantity price } } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  await ws.as.ADMIN.requestOk(PROGRAMME, {
    input: { timeZone: 'UTC', rules: { pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }] } },
  });
});
afterAll(async () => server?.close());

const cookieOf = (w: TestWorkspace) =>
  [...w.as.MANAGER.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

async function upload(body: string, name: string): Promise<string> {
  const res = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { cookie: cookieOf(ws), 'x-patron-csrf': '1', 'x-file-name': encodeURIComponent(name) },
    body,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { fileId: string }).fileId;
}

async function customer(mobile: string): Promise<string> {
  return (await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Buyer', mobile } } }))
    .createCustomer.id;
}

async function card(id: string) {
  const { customer: c } = await ws.as.ANALYST.requestOk(CARD, { id });
  const coins = c.balances.find((b: { currency: { key: string } }) => b.currency.key === 'coins');
  return { coins: coins?.amount ?? 0, summary: c.purchaseSummary, purchases: c.purchases.edges };
}

/** Opens, maps (Mobile, Date, Amount, Invoice, Items, Return), starts and waits for the end. */
async function importPurchases(body: string, applyEarningRules: boolean) {
  const fileId = await upload(body, 'purchases.csv');
  const opened = (await ws.as.MANAGER.requestOk(OPEN, { input: { fileId, kind: 'PURCHASES' } })).openImport;
  const targets = ['customer', 'date', 'amount', 'invoice', 'items', 'isReturn'];
  await ws.as.MANAGER.requestOk(CONFIGURE, {
    input: {
      id: opened.id,
      matchOn: 'MOBILE',
      applyEarningRules,
      columns: targets.map((target, index) => ({ index, target })),
    },
  });
  await ws.as.MANAGER.requestOk(START, { id: opened.id });
  for (let i = 0; i < 300; i++) {
    const { import: job } = await ws.as.MANAGER.requestOk(GET, { id: opened.id });
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

describe('importing purchase history', () => {
  let plain: string;
  let earning: string;
  const history = () =>
    [
      'Mobile,Date,Amount,Invoice,Items,Return',
      '09121110001,2026-01-02,100,A-1,LATTE:2:30;BUN:1:40,no',
      '09121110001,2026-01-03 18:30,50,A-2,,',
      '09121119999,2026-01-03,10,A-3,,no',
      '09121110001,2026-01-04,20,A-1,,yes',
      '09121110001,2026-01-05,abc,A-4,,no',
      '09121110001,2026-01-05,10,A-5,LATTE:two,no',
      '09121110001,2026-01-06,5,A-9,,yes',
      '09121110002,2026-01-02,100,B-1,,no',
      '09121110002,2026-01-03,40,B-1,,yes',
    ].join('\r\n');

  beforeAll(async () => {
    plain = await customer('+989121110001');
    earning = await customer('+989121110002');
  });

  it('records purchases and returns without earning when the rules are not applied', async () => {
    const job = await importPurchases(history(), false);
    expect(job.state).toBe('DONE');
    expect(job.counts).toMatchObject({ rows: 9, created: 5, skipped: 0, invalid: 4 });
    const a = await card(plain);
    expect(a.coins).toBe(0);
    expect(a.summary).toMatchObject({ total: 130, count: 2 });
    const first = a.purchases.find(
      (e: { node: { invoiceNumber: string } }) => e.node.invoiceNumber === 'A-1',
    )?.node;
    expect(first).toMatchObject({ amount: 100, returnedAmount: 20, purchasedAt: '2026-01-02T12:00:00.000Z' });
    expect(first.items).toEqual([
      { sku: 'LATTE', quantity: 2, price: 30 },
      { sku: 'BUN', quantity: 1, price: 40 },
    ]);
    expect((await card(earning)).coins).toBe(0);

    // The rows left out, each with its line, column and reason.
    const text = await report(job.reportFileId);
    expect(text).toContain('4,Mobile,No customer has this mobile');
    expect(text).toContain('6,Amount,');
    expect(text).toContain('7,Items,"Write items as sku:quantity:price');
    expect(text).toContain('8,Invoice,This customer has no purchase with invoice A-9');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
  });

  it('the same file imported again adds nothing', async () => {
    const before = [await card(plain), await card(earning)];
    const job = await importPurchases(history(), true);
    expect(job.counts).toMatchObject({ rows: 9, created: 0, skipped: 5, invalid: 4 });
    expect([await card(plain), await card(earning)]).toEqual(before);
  });

  it('previews purchase rows: new, already recorded, unknown customer; nothing written', async () => {
    const fileId = await upload(
      [
        'Mobile,Date,Amount,Invoice,Items,Return',
        '09121110001,2026-01-07,70,A-7,LATTE:1:70,no',
        '09121110001,2026-01-02,100,A-1,,no',
        '09121119999,2026-01-03,10,A-8,,no',
        '09121110001,2026-01-08,10,A-7,,yes',
      ].join('\n'),
      'preview.csv',
    );
    const opened = (await ws.as.MANAGER.requestOk(OPEN, { input: { fileId, kind: 'PURCHASES' } })).openImport;
    await ws.as.MANAGER.requestOk(CONFIGURE, {
      input: {
        id: opened.id,
        columns: ['customer', 'date', 'amount', 'invoice', 'items', 'isReturn'].map((target, index) => ({
          index,
          target,
        })),
      },
    });
    const { importPreview } = await ws.as.MANAGER.requestOk(PREVIEW, { id: opened.id });
    expect(importPreview.rows.map((r: { outcome: string }) => r.outcome)).toEqual([
      'NEW',
      'SKIP',
      'INVALID',
      'NEW',
    ]);
    expect(importPreview.rows[2].problem.code).toBe('IMPORT_ROW_CUSTOMER_UNKNOWN');
    expect(importPreview.rows[0].cells).toEqual([
      { header: 'Mobile', value: '+989121110001' },
      { header: 'Date', value: '2026-01-07T12:00:00.000Z' },
      { header: 'Amount', value: '70' },
      { header: 'Invoice', value: 'A-7' },
      { header: 'Items', value: JSON.stringify([{ sku: 'LATTE', name: 'LATTE', quantity: 1, price: 70 }]) },
      { header: 'Return', value: 'false' },
    ]);
    expect(importPreview.counts).toMatchObject({ rows: 4, created: 2, skipped: 1, invalid: 1 });
    expect((await card(plain)).summary).toMatchObject({ count: 2 });
  });

  it('applies the earning rules when chosen, and a return takes back its share', async () => {
    const c = await customer('+989121110003');
    const job = await importPurchases(
      [
        'Mobile,Date,Amount,Invoice,Items,Return',
        '+989121110003,2026-02-02,100,C-1,,no',
        '+989121110003,2026-02-03,200,C-2,,no',
        '+989121110003,2026-02-04,40,C-1,,yes',
      ].join('\n'),
      true,
    );
    expect(job.counts).toMatchObject({ rows: 3, created: 3, invalid: 0 });
    const after = await card(c);
    // 10 + 20 coins earned, 4 taken back with 40 of C-1 returned.
    expect(after.coins).toBe(26);
    expect(after.summary).toMatchObject({ total: 260, count: 2 });
  });

  it('a branch column goes through the purchases’ branch rules: an unknown or inactive branch makes the row invalid, in the preview as in the run', async () => {
    const c = await customer('+989121110005');
    const branch = async (code: string) =>
      (
        await ws.as.ADMIN.requestOk('mutation($input: BranchInput!) { createBranch(input: $input) { id } }', {
          input: { code, name: { en: code } },
        })
      ).createBranch.id as string;
    await branch('bazaar');
    const closed = await branch('closed');
    await ws.as.ADMIN.requestOk('mutation($id: ID!) { setBranchActive(id: $id, active: false) { id } }', {
      id: closed,
    });
    const fileId = await upload(
      [
        'Mobile,Amount,Invoice,Branch',
        '+989121110005,100,E-1,Bazaar',
        '+989121110005,100,E-2,nowhere',
        '+989121110005,100,E-3,closed',
        '+989121110005,100,E-4,',
      ].join('\n'),
      'branches.csv',
    );
    const opened = (await ws.as.MANAGER.requestOk(OPEN, { input: { fileId, kind: 'PURCHASES' } })).openImport;
    await ws.as.MANAGER.requestOk(CONFIGURE, {
      input: {
        id: opened.id,
        matchOn: 'MOBILE',
        columns: ['customer', 'amount', 'invoice', 'branch'].map((target, index) => ({ index, target })),
      },
    });
    // The preview says what the run will: a known branch (any case) or none is fine, an unknown or an
    // inactive one makes the row invalid, the reason on the Branch cell.
    const { importPreview } = await ws.as.MANAGER.requestOk(
      `query($id: ID!) { importPreview(id: $id) {
        rows { outcome problem { code params } cells { header problem { code } } } counts { created invalid } } }`,
      { id: opened.id },
    );
    type Cell = { header: string; problem: { code: string } | null };
    const previewed = importPreview.rows.map(
      (r: { outcome: string; problem: { code: string } | null; cells: Cell[] }) => ({
        outcome: r.outcome,
        problem: r.problem?.code ?? null,
        bad: r.cells.filter((c) => c.problem).map((c) => `${c.header}: ${c.problem?.code}`),
      }),
    );
    expect(previewed).toEqual([
      { outcome: 'NEW', problem: null, bad: [] },
      { outcome: 'INVALID', problem: 'PURCHASE_BRANCH_UNKNOWN', bad: ['Branch: PURCHASE_BRANCH_UNKNOWN'] },
      { outcome: 'INVALID', problem: 'PURCHASE_BRANCH_INACTIVE', bad: ['Branch: PURCHASE_BRANCH_INACTIVE'] },
      { outcome: 'NEW', problem: null, bad: [] },
    ]);
    expect(importPreview.rows[1].problem.params).toEqual({ branch: 'nowhere' });
    expect(importPreview.counts).toMatchObject({ created: 2, invalid: 2 });
    await ws.as.MANAGER.requestOk(START, { id: opened.id });
    let job = (await ws.as.MANAGER.requestOk(GET, { id: opened.id })).import;
    for (let i = 0; i < 300 && ['QUEUED', 'RUNNING'].includes(job.state); i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await ws.as.MANAGER.requestOk(GET, { id: opened.id })).import;
    }
    expect(job.counts).toMatchObject({ rows: 4, created: 2, invalid: 2 });
    const text = await report(job.reportFileId);
    expect(text).toContain('3,Branch,No branch with the code nowhere');
    expect(text).toContain('4,Branch,The branch closed is inactive');
    const { customer: got } = await ws.as.ANALYST.requestOk(
      `query($id: ID!) { customer(id: $id) { purchases(first: 10) { edges { node { invoiceNumber branch } } } } }`,
      { id: c },
    );
    expect(
      got.purchases.edges
        .map((e: { node: { invoiceNumber: string; branch: string } }) => e.node)
        .sort((a: { invoiceNumber: string }, b: { invoiceNumber: string }) =>
          a.invoiceNumber.localeCompare(b.invoiceNumber),
        ),
    ).toEqual([
      { invoiceNumber: 'E-1', branch: 'bazaar' },
      { invoiceNumber: 'E-4', branch: '' },
    ]);
  });

  it('a role that may import customers but not record purchases cannot start a purchase import', async () => {
    await ws.as.ADMIN.requestOk('mutation($i: CreateRoleInput!) { createRole(input: $i) { key } }', {
      i: { key: 'IMPORTER', name: { en: 'Importer' }, permissions: ['customers.import'] },
    });
    const email = `importer-${Date.now()}@test.patron`;
    await server.app.services.auth.createStaff(ws.id, {
      email,
      name: 'Importer',
      role: 'IMPORTER',
      password: TEST_PASSWORD,
    });
    const importer = new GraphQLClient(server.graphqlUrl);
    await importer.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: email,
      p: TEST_PASSWORD,
    });
    const c = await customer('+989121110004');
    const fileId = await upload('Mobile,Amount,Invoice\n+989121110004,100,D-1\n', 'd.csv');
    const opened = (await ws.as.MANAGER.requestOk(OPEN, { input: { fileId, kind: 'PURCHASES' } })).openImport;
    const answer = await importer.request(START, { id: opened.id });
    expect(answer.errors?.[0]?.extensions?.problem).toEqual({
      code: 'FORBIDDEN',
      params: { permissions: 'purchases.record, purchases.return' },
    });
    expect((await card(c)).summary).toMatchObject({ count: 0 });
  });
});

describe('importing purchase history of catalogue products', () => {
  it('records the past without moving stock: no sale, no return, even beyond the stock or of an inactive product', async () => {
    const made = (
      await ws.as.MANAGER.requestOk(
        'mutation($input: ProductInput!) { createProduct(input: $input) { id } }',
        { input: { sku: 'IMP-TEA', name: { en: 'Tea' }, kind: 'PRODUCT', price: 10, tracked: true } },
      )
    ).createProduct;
    await ws.as.MANAGER.requestOk(
      'mutation($id: ID!) { receiveStock(productId: $id, quantity: 2) { onHand } }',
      {
        id: made.id,
      },
    );
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { setProductActive(id: $id, active: false) { id } }', {
      id: made.id,
    });
    const c = await customer('+989121110077');
    const job = await importPurchases(
      [
        'Mobile,Date,Amount,Invoice,Items,Return',
        '09121110077,2026-01-02,50,T-1,imp-tea:5:10,no',
        '09121110077,2026-01-03,20,T-1,,yes',
      ].join('\n'),
      false,
    );
    expect(job.counts).toMatchObject({ rows: 2, created: 2, invalid: 0 });
    expect((await card(c)).summary).toMatchObject({ total: 30, count: 1 });
    const { product } = await ws.as.ANALYST.requestOk(
      'query($id: ID!) { product(id: $id) { onHand movements { edges { node { kind } } } } }',
      { id: made.id },
    );
    expect(product).toEqual({ onHand: 2, movements: { edges: [{ node: { kind: 'RECEIVED' } }] } });
  });
});
