import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takenRun } from '../../jobs/testing/taken-run.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { listedRuns } from '../../testing/job-runs.js';

const START = `mutation($input: CustomerExportInput!) {
  startCustomerExport(input: $input) { id state format columns requestedBy } }`;
const EXPORT = `query($id: ID!) { customerExport(id: $id) {
  state total done fileName fileSize downloadPath expiresAt problem { code } } }`;
const PREFERENCES = `mutation($input: UpdatePreferencesInput!) { updateMyPreferences(input: $input) { locale calendar } }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
const ids: string[] = [];

const cookieOf = (w: TestWorkspace, role: keyof TestWorkspace['as'] = 'MANAGER') =>
  [...w.as[role].cookies].map(([name, value]) => `${name}=${value}`).join('; ');

type Refused = { errors: { extensions: { problem: { code: string; params: unknown } } }[] };
type Client = TestWorkspace['as']['MANAGER'];

/** Starts an export, runs the job to its end and answers the finished export. */
async function exported(client: Client, input: Record<string, unknown>) {
  const { startCustomerExport } = await client.requestOk(START, {
    input: { format: 'CSV', ...input },
  });
  expect(startCustomerExport.state).toBe('QUEUED');
  // The job may already run in the background (start kicks it): wait for its end either way.
  for (;;) {
    await server.app.services.exports.runNext();
    const { customerExport } = await client.requestOk(EXPORT, { id: startCustomerExport.id });
    if (!['QUEUED', 'RUNNING'].includes(customerExport.state))
      return { id: startCustomerExport.id as string, ...customerExport };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function download(path: string, cookie: string) {
  return fetch(`${server.url}${path}`, { headers: { cookie } });
}

async function csvOf(path: string, cookie: string): Promise<string> {
  const res = await download(path, cookie);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="customers-\d+\.csv"/);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
  const people = [
    {
      firstName: 'Ali',
      lastName: '=HYPERLINK("http://evil")',
      mobile: '+989121234567',
      birthDate: '2024-03-20',
      city: 'Tehran',
    },
    {
      firstName: 'Борис',
      lastName: 'Smith, Jr.',
      mobile: '+79161234567',
      birthDate: '1990-01-01',
      city: 'Moscow',
    },
    {
      firstName: '@SUM(1)',
      lastName: '-2+3',
      mobile: '+989351112233',
      birthDate: '1985-07-15',
      city: 'Tehran',
    },
    { firstName: 'Quote "Q"', lastName: '+1 (as text)', city: 'Moscow' },
  ];
  for (const attributes of people) {
    const customer = await server.app.services.customers.create(
      ws.id,
      { kind: 'system', id: null, name: 'seed' },
      attributes,
    );
    ids.push(customer.id);
  }
  await server.app.services.customers.create(
    other.id,
    { kind: 'system', id: null, name: 'seed' },
    { firstName: 'Elsewhere' },
  );
}, 120_000);
afterAll(async () => server?.close());

const tehran = { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'tehran' }] };

describe('customer exports', () => {
  it('exports a filtered list as CSV: BOM, chosen delimiter, headers in the requester language, harmless cells', async () => {
    await ws.as.MANAGER.requestOk(PREFERENCES, { input: { locale: 'RU', calendar: 'GREGORIAN' } });
    const done = await exported(ws.as.MANAGER, {
      selection: { filter: tehran },
      delimiter: 'SEMICOLON',
      columns: ['firstName', 'lastName', 'mobile', 'birthDate', 'status', 'balance_coins'],
    });
    expect(done).toMatchObject({ state: 'DONE', total: 2, done: 2, problem: null });
    expect(done.downloadPath).toBe(`/exports/${done.id}/download`);
    const text = await csvOf(done.downloadPath, cookieOf(ws));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Имя;Фамилия;Мобильный телефон;Дата рождения;Статус;Баланс: Баллы');
    expect(lines.slice(1, 3).sort()).toEqual(
      [
        // A formula from a customer's name becomes text; a phone keeps its + and digits.
        `Ali;'=HYPERLINK(""http://evil"");'+989121234567;2024-03-20;Активен;0`,
        `'@SUM(1);'-2+3;'+989351112233;1985-07-15;Активен;0`,
      ]
        .map((l) => l.replace(`'=HYPERLINK(""http://evil"")`, `"'=HYPERLINK(""http://evil"")"`))
        .sort(),
    );
    expect(lines.length).toBe(4);
    expect(lines[3]).toBe('');
    // The requester's bell links to the file, which only they may download (told just after the export is done).
    const readyNotice = async () =>
      (
        await server.app.orm.em.getConnection().execute(
          `select n.kind, n.params, n.link from notification n join staff s on s.id = n.staff_id
              where n.workspace_id = ? and s.email = ? and n.kind = 'export.ready'`,
          [ws.id, ws.emails.MANAGER],
        )
      )[0];
    await expect.poll(readyNotice).toMatchObject({ kind: 'export.ready', params: { rows: 2 } });
    const notice = await readyNotice();
    const file = await fetch(`${server.url}${notice?.link}`, { headers: { cookie: cookieOf(ws) } });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).toString('utf8')).toBe(text);
  });

  it('writes Jalali dates for a Persian requester, or ISO when asked, for a selection of ids', async () => {
    await ws.as.MANAGER.requestOk(PREFERENCES, { input: { locale: 'FA', calendar: 'JALALI' } });
    const jalali = await exported(ws.as.MANAGER, {
      selection: { ids: [ids[0], ids[3]] },
      delimiter: 'TAB',
      columns: ['firstName', 'lastName', 'birthDate', 'createdAt'],
    });
    const rows = (await csvOf(jalali.downloadPath, cookieOf(ws))).slice(1).split('\r\n');
    expect(rows[0]).toBe('نام\tنام خانوادگی\tتاریخ تولد\tتاریخ ایجاد');
    const cells = rows.slice(1, 3).map((r) => r.split('\t'));
    const ali = cells.find((c) => c[0] === 'Ali');
    // 2024-03-20 is 1 Farvardin 1403; the creation time is on the workspace clock (UTC here).
    expect(ali?.[2]).toBe('1403/01/01');
    expect(ali?.[3]).toMatch(/^14\d\d\/\d\d\/\d\d \d\d:\d\d$/);
    // A field holding a quote is quoted, its quotes doubled.
    expect(rows.find((r) => r.startsWith('"Quote'))).toMatch(/^"Quote ""Q"""\t'\+1 \(as text\)\t\t14\d\d\//);

    const iso = await exported(ws.as.MANAGER, {
      selection: { ids: [ids[0]] },
      columns: ['birthDate', 'createdAt'],
      dateStyle: 'ISO',
    });
    const [, line] = (await csvOf(iso.downloadPath, cookieOf(ws))).slice(1).split('\r\n');
    expect(line).toMatch(/^2024-03-20,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('exports a segment as XLSX with typed cells', async () => {
    await ws.as.MANAGER.requestOk(PREFERENCES, { input: { locale: 'EN', calendar: 'GREGORIAN' } });
    const { createSegment } = await ws.as.MANAGER.requestOk(
      'mutation($input: SegmentInput!) { createSegment(input: $input) { id } }',
      {
        input: {
          name: 'Moscow',
          filter: { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'moscow' }] },
        },
      },
    );
    const done = await exported(ws.as.MANAGER, {
      selection: { segmentId: createSegment.id },
      format: 'XLSX',
      columns: ['firstName', 'lastName', 'mobile', 'balance_coins'],
    });
    expect(done).toMatchObject({ state: 'DONE', total: 2 });
    expect(done.fileName).toMatch(/\.xlsx$/);
    const res = await download(done.downloadPath, cookieOf(ws));
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const [sheet] = book.worksheets;
    if (!sheet) throw new Error('no worksheet');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['First name', 'Last name', 'Mobile', 'Balance: Coins']);
    const rows = [values(2), values(3)].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(rows).toEqual([
      ['Quote "Q"', "'+1 (as text)", undefined, 0],
      ['Борис', 'Smith, Jr.', '+79161234567', 0],
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.views[0]?.rightToLeft).toBeFalsy();

    // A Persian requester gets Persian headers and the sheet right to left.
    await ws.as.MANAGER.requestOk(PREFERENCES, { input: { locale: 'FA', calendar: 'JALALI' } });
    const fa = await exported(ws.as.MANAGER, {
      selection: { segmentId: createSegment.id },
      format: 'XLSX',
      columns: ['firstName', 'mobile'],
    });
    const faBook = new ExcelJS.Workbook();
    await faBook.xlsx.load(await (await download(fa.downloadPath, cookieOf(ws))).arrayBuffer());
    const [faSheet] = faBook.worksheets;
    if (!faSheet) throw new Error('no worksheet');
    expect(faSheet.views[0]?.rightToLeft).toBe(true);
    expect((faSheet.getRow(1).values as unknown[]).slice(1)).toEqual(['نام', 'تلفن همراه']);
    expect(faSheet.rowCount).toBe(3);
    await ws.as.MANAGER.requestOk(PREFERENCES, { input: { locale: 'EN', calendar: 'GREGORIAN' } });

    // The audit log names the segment as it was called then, for a person to read, not its id.
    const { auditEvents } = await ws.as.ADMIN.requestOk(
      '{ auditEvents(types: [CUSTOMERS_EXPORTED], first: 2) { edges { node { subject details } } } }',
    );
    expect(auditEvents.edges[0].node).toEqual({
      subject: fa.id,
      details: {
        format: 'XLSX',
        columns: ['firstName', 'mobile'],
        selection: { segmentId: createSegment.id, all: false },
        segmentName: 'Moscow',
      },
    });
  });

  it('lets only the requester download, in their workspace, until the file expires', async () => {
    const done = await exported(ws.as.MANAGER, { selection: { all: true }, columns: ['firstName'] });
    expect(done.total).toBe(4);
    const path = done.downloadPath as string;
    expect((await download(path, cookieOf(ws))).status).toBe(200);
    // Another staff member of the same workspace, with the export permission too.
    const analyst = await download(path, cookieOf(ws, 'ANALYST'));
    expect(analyst.status).toBe(404);
    expect(((await analyst.json()) as Refused).errors[0]?.extensions.problem.code).toBe('EXPORT_NOT_FOUND');
    expect(
      (await ws.as.ANALYST.request(EXPORT, { id: done.id })).errors?.[0]?.extensions?.problem,
    ).toMatchObject({ code: 'EXPORT_NOT_FOUND' });
    // Another workspace's manager, and nobody signed in.
    expect((await download(path, cookieOf(other))).status).toBe(404);
    expect((await download(path, '')).status).toBe(401);
    expect((await download('/exports/not-an-id/download', cookieOf(ws))).status).toBe(404);

    await server.app.orm.em
      .getConnection()
      .execute(`update customer_export set expires_at = now() - interval '1 second' where id = ?`, [done.id]);
    const expired = await download(path, cookieOf(ws));
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as Refused).errors[0]?.extensions.problem).toEqual({
      code: 'EXPORT_EXPIRED',
      params: { hours: 24 },
    });
    expect((await ws.as.MANAGER.requestOk(EXPORT, { id: done.id })).customerExport.downloadPath).toBeNull();
  });

  it('refuses a role without customers.export, and a column the role cannot read', async () => {
    const denied = await ws.as.OPERATOR.request(START, {
      input: { format: 'CSV', selection: { all: true }, columns: ['firstName'] },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // An analyst who may export but not see the loyalty programme.
    await ws.as.ADMIN.requestOk(
      'mutation($k: String!, $i: RoleInput!) { updateRole(key: $k, input: $i) { key } }',
      {
        k: 'ANALYST',
        i: {
          name: { en: 'Analyst' },
          permissions: ['customers.read', 'customers.export', 'attributes.read'],
        },
      },
    );
    const balance = await ws.as.ANALYST.request(START, {
      input: { format: 'CSV', selection: { all: true }, columns: ['firstName', 'balance_coins'] },
    });
    expect(balance.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      problem: {
        code: 'EXPORT_COLUMN_FORBIDDEN',
        params: { column: 'balance_coins', permission: 'loyalty.read' },
      },
    });
    const fine = await exported(ws.as.ANALYST, { selection: { all: true }, columns: ['firstName'] });
    expect(fine.state).toBe('DONE');

    const unknown = await ws.as.MANAGER.request(START, {
      input: { format: 'CSV', selection: { all: true }, columns: ['firstName', 'nope'] },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ path: ['input', 'columns', 1] });
    const none = await ws.as.MANAGER.request(START, {
      input: { format: 'CSV', selection: { all: true }, columns: [] },
    });
    expect(none.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'EXPORT_COLUMNS_REQUIRED' });
    const twoWays = await ws.as.MANAGER.request(START, {
      input: { format: 'CSV', selection: { all: true, ids: [ids[0]] }, columns: ['firstName'] },
    });
    expect(twoWays.errors?.[0]?.extensions?.path).toEqual(['input', 'selection']);
  });

  it('stops a cancelled export without keeping a file', async () => {
    const { startCustomerExport } = await ws.as.MANAGER.requestOk(START, {
      input: { format: 'CSV', selection: { all: true }, columns: ['firstName'] },
    });
    const { cancelCustomerExport } = await ws.as.MANAGER.requestOk(
      'mutation($id: ID!) { cancelCustomerExport(id: $id) { state problem { code } downloadPath } }',
      { id: startCustomerExport.id },
    );
    expect(cancelCustomerExport).toEqual({
      state: 'CANCELLED',
      problem: { code: 'EXPORT_CANCELLED' },
      downloadPath: null,
    });
    while (await server.app.services.exports.runNext()) {}
    const { customerExport } = await ws.as.MANAGER.requestOk(EXPORT, { id: startCustomerExport.id });
    expect(customerExport.state).toBe('CANCELLED');
    expect((await download(`/exports/${startCustomerExport.id}/download`, cookieOf(ws))).status).toBe(409);
  });
});

describe('an export’s run on the Jobs screen', () => {
  /** More customers than one batch (1000 rows), so a run can stop between batches. */
  const MANY = 2500;
  let big: TestWorkspace;
  let adminId = '';
  const sql = () => server.app.orm.em.getConnection();
  const storedFiles = async () =>
    Number(
      (
        await sql().execute<{ n: string }[]>(
          'select count(*) as n from uploaded_file where workspace_id = ?',
          [big.id],
        )
      )[0]?.n,
    );

  beforeAll(async () => {
    big = await server.workspace('Big club');
    await sql().execute(
      `insert into customer (workspace_id, attributes)
       select ?, jsonb_build_object('firstName', 'Customer ' || n) from generate_series(1, ?) n`,
      [big.id, MANY],
    );
    const [admin] = await sql().execute<{ id: string }[]>('select id from staff where email = ?', [
      big.emails.ADMIN,
    ]);
    adminId = admin?.id as string;
  });

  it('shows the rows written of all once the export is done', async () => {
    const { startCustomerExport } = await big.as.ADMIN.requestOk(START, {
      input: { format: 'CSV', selection: { all: true }, columns: ['firstName'] },
    });
    // The workspace's own run, which the start queued, writes it (nothing here runs it directly).
    await server.app.jobs.kickWorkspace('exports.run', big.id);
    const { customerExport } = await big.as.ADMIN.requestOk(EXPORT, { id: startCustomerExport.id });
    expect(customerExport).toMatchObject({ state: 'DONE', total: MANY, done: MANY });
    await expect
      .poll(() => listedRuns(big.as.ADMIN, 'DONE'), { timeout: 15_000 })
      .toContainEqual(expect.objectContaining({ job: 'exports.run', progress: { done: MANY, total: MANY } }));
  });

  /** An export of every customer, queued without a kick, so that only the runs the test makes take it. */
  async function queuedExport(): Promise<string> {
    const [queued] = await sql().execute<{ id: string }[]>(
      `insert into customer_export (workspace_id, requested_by, requested_by_name, selection, format, delimiter,
          columns, date_style, locale, calendar, time_zone)
       values (?, ?, 'ADMIN person', '{"all":true}', 'CSV', ',', '["firstName"]', 'ISO', 'EN', 'GREGORIAN', 'UTC')
       returning id`,
      [big.id, adminId],
    );
    return queued?.id as string;
  }

  it('cancelled on the Jobs screen: stops at the next batch, keeps no file, and no later run writes it', async () => {
    const id = await queuedExport();
    const filesBefore = await storedFiles();
    const run = await takenRun(server, 'exports.run', big, { cancelledAtReport: 1 });
    expect(await server.app.services.exports.runNext(big.id, run.control)).toBe(true);
    expect(run.reports).toEqual([[1000, MANY]]);
    expect(await storedFiles()).toBe(filesBefore);
    const cancelled = async () => (await big.as.ADMIN.requestOk(EXPORT, { id })).customerExport;
    expect(await cancelled()).toMatchObject({
      state: 'CANCELLED',
      problem: { code: 'EXPORT_CANCELLED' },
      downloadPath: null,
    });

    // A minute on, neither the workspace's next run nor the periodic one writes it again.
    await sql().execute(
      `update customer_export set heartbeat_at = now() - interval '1 hour' where workspace_id = ? and id = ?`,
      [big.id, id],
    );
    expect(await server.app.services.exports.runNext(big.id)).toBe(false);
    await server.app.jobs.kick('exports.run');
    expect(await cancelled()).toMatchObject({ state: 'CANCELLED', downloadPath: null });
    expect(await storedFiles()).toBe(filesBefore);
  });

  it('stops at the next batch when its run is taken from a stopping process, keeps no file, and a later run writes it whole', async () => {
    const id = await queuedExport();
    const filesBefore = await storedFiles();
    const told: [number, number][] = [];
    // A run taken from a stopping process (no staff cancel) answers its first progress report with false.
    const stopping = {
      id: 'stopping-run',
      progress: async (done: number, total: number) => told.push([done, total]) < 0,
    };
    expect(await server.app.services.exports.runNext(big.id, stopping)).toBe(true);
    expect(told).toEqual([[1000, MANY]]);
    expect(await storedFiles()).toBe(filesBefore);
    const [stopped] = await sql().execute<{ state: string; file_id: string | null }[]>(
      'select state, file_id from customer_export where workspace_id = ? and id = ?',
      [big.id, id],
    );
    expect(stopped).toEqual({ state: 'RUNNING', file_id: null });

    // Its heartbeat stops with the run: a minute later another run writes it again from the start.
    await sql().execute(
      `update customer_export set heartbeat_at = now() - interval '1 hour' where workspace_id = ? and id = ?`,
      [big.id, id],
    );
    expect(await server.app.services.exports.runNext(big.id)).toBe(true);
    const { customerExport } = await big.as.ADMIN.requestOk(EXPORT, { id });
    expect(customerExport).toMatchObject({ state: 'DONE', total: MANY, done: MANY });
    const lines = (await csvOf(customerExport.downloadPath, cookieOf(big, 'ADMIN'))).split('\r\n');
    expect(lines).toHaveLength(MANY + 2);
    expect(await storedFiles()).toBe(filesBefore + 1);
  });
});
