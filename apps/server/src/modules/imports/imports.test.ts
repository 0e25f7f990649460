import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedPool } from '../../db/prepared-pool.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { listedRuns } from '../../testing/job-runs.js';

const IMPORT_FIELDS = `id kind state fileName format encoding delimiter sheets sheet mode matchOn applyEarningRules attachDuplicates
  columns { index header target samples } counts { rows created updated attached skipped invalid }
  progress { done total } problem { code params } reportFileId`;
const OPEN = `mutation($input: OpenImportInput!) { openImport(input: $input) { ${IMPORT_FIELDS} } }`;
const CONFIGURE = `mutation($input: ConfigureImportInput!) { configureImport(input: $input) { ${IMPORT_FIELDS} } }`;
const PREVIEW = `query($id: ID!, $first: Int) { importPreview(id: $id, first: $first) {
  rows { line outcome problem { code params } cells { index header value problem { code params } } }
  counts { rows created updated skipped invalid } } }`;
const START = `mutation($id: ID!) { startImport(id: $id) { ${IMPORT_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelImport(id: $id) { ${IMPORT_FIELDS} } }`;
const GET = `query($id: ID!) { import(id: $id) { ${IMPORT_FIELDS} } }`;

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);
const cookieOf = (w: TestWorkspace) =>
  [...w.as.MANAGER.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

async function upload(body: string | Buffer, name = 'customers.csv'): Promise<string> {
  const res = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { cookie: cookieOf(ws), 'x-patron-csrf': '1', 'x-file-name': encodeURIComponent(name) },
    body,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { fileId: string }).fileId;
}

async function open(body: string | Buffer, name?: string, extra: object = {}) {
  const fileId = await upload(body, name);
  return (await ws.as.MANAGER.requestOk(OPEN, { input: { fileId, kind: 'CUSTOMERS', ...extra } })).openImport;
}

const fieldCode = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (answer.errors?.[0]?.extensions?.fields as { problem: { code: string } }[] | undefined)?.[0]?.problem.code;

async function openRefusal(body: string | Buffer, name?: string): Promise<string> {
  const fileId = await upload(body, name);
  const answer = await ws.as.MANAGER.request(OPEN, { input: { fileId, kind: 'CUSTOMERS' } });
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return fieldCode(answer) as string;
}

async function finished(id: string) {
  for (let i = 0; i < 300; i++) {
    const { import: job } = await ws.as.MANAGER.requestOk(GET, { id });
    if (!['QUEUED', 'RUNNING'].includes(job.state)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

const customersFile = [
  'Имя,Mobile,E-mail,Дата рождения,Tags,Opening balance: Coins,Notes',
  'Arash,0912 123 4567,arash@example.com,1990-05-01,"gold, early",100,a',
  'Ольга,+7 916 123-45-67,olga@example.ru,1985-12-31,gold,,b',
  'Sara,not a phone,sara@example.com,1992-01-01,,5,c',
  'Reza,۰۹۱۲۱۱۱۲۲۳۳,reza@example.com,31/02/1990,,,d',
  'Dup,09121234567,dup@example.com,,,,e',
].join('\r\n');

describe('importing customers', () => {
  let importId: string;

  it('opens a file: detects the delimiter and encoding, suggests targets by header in en/ru/fa', async () => {
    const job = await open(customersFile);
    importId = job.id;
    expect(job).toMatchObject({
      state: 'MAPPING',
      format: 'CSV',
      encoding: 'utf-8',
      delimiter: ',',
      matchOn: 'MOBILE',
    });
    expect(job.columns.map((c: { target: string | null }) => c.target)).toEqual([
      'firstName',
      'mobile',
      'email',
      'birthDate',
      'tags',
      'balance:coins',
      null,
    ]);
    expect(job.columns[0].samples.slice(0, 2)).toEqual(['Arash', 'Ольга']);
  });

  it('preview: values as stored, every cell checked, an outcome per row, nothing written', async () => {
    const { importPreview } = await ws.as.MANAGER.requestOk(PREVIEW, { id: importId });
    const rows = importPreview.rows;
    expect(rows.map((r: { outcome: string }) => r.outcome)).toEqual([
      'NEW',
      'NEW',
      'INVALID',
      'INVALID',
      'INVALID',
    ]);
    expect(rows[0].cells.find((c: { header: string }) => c.header === 'Mobile').value).toBe('+989121234567');
    expect(rows[2].problem.code).toBe('VALUE_NOT_PHONE');
    expect(rows[3].problem.code).toBe('VALUE_NOT_DATE');
    expect(rows[4].problem).toEqual({ code: 'IMPORT_ROW_DUPLICATE', params: { line: 2, target: 'mobile' } });
    expect(importPreview.counts).toMatchObject({ rows: 5, created: 2, invalid: 3 });
    expect(await sql('select 1 from customer where workspace_id = ?', [ws.id])).toHaveLength(0);
  });

  it('refuses a target that does not exist and one chosen twice', async () => {
    const bad = await ws.as.MANAGER.request(CONFIGURE, {
      input: { id: importId, columns: [{ index: 6, target: 'shoeSize' }] },
    });
    expect(fieldCode(bad)).toBe('IMPORT_TARGET_UNKNOWN');
    const twice = await ws.as.MANAGER.request(CONFIGURE, {
      input: { id: importId, columns: [{ index: 6, target: 'email' }] },
    });
    expect(fieldCode(twice)).toBe('IMPORT_TARGET_TWICE');
  });

  it('applies in the background: customers, tags, opening balances, history, and a report of the rows left out', async () => {
    await ws.as.MANAGER.requestOk(START, { id: importId });
    const job = await finished(importId);
    expect(job.state).toBe('DONE');
    expect(job.counts).toEqual({ rows: 5, created: 2, updated: 0, attached: 0, skipped: 0, invalid: 3 });
    // The run that applied it shows its rows on the Jobs screen (once it has looked for another import).
    await expect
      .poll(() => listedRuns(ws.as.ADMIN), { timeout: 15_000 })
      .toContainEqual({ job: 'imports.run', state: 'DONE', progress: { done: 5, total: 5 } });
    const customers = await sql<{ id: string; attributes: Record<string, unknown>; tags: string[] }>(
      'select id, attributes, tags from customer where workspace_id = ? order by mobile',
      [ws.id],
    );
    expect(customers.map((c) => c.attributes.mobile)).toEqual(['+79161234567', '+989121234567']);
    const arash = customers[1];
    expect(arash?.attributes).toMatchObject({
      firstName: 'Arash',
      email: 'arash@example.com',
      birthDate: '1990-05-01',
    });
    expect(arash?.tags).toHaveLength(2);
    const [balance] = await sql<{ balance: string }>(
      `select b.amount as balance from balance b join currency c on c.workspace_id = b.workspace_id and c.id = b.currency_id
        where b.workspace_id = ? and b.customer_id = ? and c.key = 'coins'`,
      [ws.id, arash?.id],
    );
    expect(Number(balance?.balance)).toBeGreaterThan(0);
    const history = await sql<{ type: string; actor_name: string }>(
      'select type, actor_name from history_event where workspace_id = ? and customer_id = ?',
      [ws.id, arash?.id],
    );
    expect(history.map((h) => h.type)).toContain('CUSTOMER_CREATED');
    expect(history[0]?.actor_name).toBe('MANAGER person');
    // Customer numbers in file order, taken in one step, and the counter goes on from them.
    const numbered = await sql<{ number: number; first: string }>(
      `select number, attributes->>'firstName' as first from customer where workspace_id = ? order by number`,
      [ws.id],
    );
    expect(numbered).toEqual([
      { number: 1, first: 'Arash' },
      { number: 2, first: 'Ольга' },
    ]);
    const [counter] = await sql<{ last_number: number }>(
      'select last_number from customer_number_counter where workspace_id = ?',
      [ws.id],
    );
    expect(counter?.last_number).toBe(2);
    expect(job.reportFileId).toBeTruthy();
    // The report is the requester's file, downloaded over HTTP; nobody else gets it.
    const download = await fetch(`${server.url}/files/${job.reportFileId}`, {
      headers: { cookie: cookieOf(ws) },
    });
    expect(download.status).toBe(200);
    const text = Buffer.from(await download.arrayBuffer()).toString('utf8');
    const operator = [...ws.as.OPERATOR.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    const foreign = await fetch(`${server.url}/files/${job.reportFileId}`, { headers: { cookie: operator } });
    expect(foreign.status).not.toBe(200);
    expect(text.startsWith('\ufeffline,column,reason')).toBe(true);
    expect(text).toContain('4,Mobile,');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
    // The requester's bell says it is over and opens the import.
    const notices = await sql<{ kind: string; params: Record<string, unknown>; link: string; email: string }>(
      `select n.kind, n.params, n.link, s.email from notification n join staff s on s.id = n.staff_id
        where n.workspace_id = ? and n.link = ?`,
      [ws.id, `#/imports/${importId}/show`],
    );
    expect(notices).toEqual([
      {
        kind: 'import.finished',
        params: { fileName: expect.any(String), created: 2, updated: 0, invalid: 3 },
        link: `#/imports/${importId}/show`,
        email: ws.emails.MANAGER,
      },
    ]);
  });

  it('the same file imported twice changes nothing the second time', async () => {
    const before = await sql<{ n: string }>(
      'select count(*) as n from history_event where workspace_id = ?',
      [ws.id],
    );
    const ops = await sql<{ n: string }>(
      'select count(*) as n from ledger_operation where workspace_id = ?',
      [ws.id],
    );
    const again = await open(customersFile);
    await ws.as.MANAGER.requestOk(START, { id: again.id });
    const job = await finished(again.id);
    expect(job.counts).toMatchObject({ created: 0, updated: 0, skipped: 2, invalid: 3 });
    expect(await sql('select count(*) as n from history_event where workspace_id = ?', [ws.id])).toEqual(
      before,
    );
    expect(await sql('select count(*) as n from ledger_operation where workspace_id = ?', [ws.id])).toEqual(
      ops,
    );
  });

  it('update only: changes stored values, writes their history, leaves unknown customers out', async () => {
    const job = await open('mobile;city\n+989121234567;Tehran\n+989120000001;Shiraz\n', 'u.csv');
    expect(job.delimiter).toBe(';');
    await ws.as.MANAGER.requestOk(CONFIGURE, { input: { id: job.id, mode: 'UPDATE_ONLY' } });
    await ws.as.MANAGER.requestOk(START, { id: job.id });
    const done = await finished(job.id);
    expect(done.counts).toMatchObject({ updated: 1, skipped: 1 });
    const [row] = await sql<{ attributes: { city: string } }>(
      `select attributes from customer where workspace_id = ? and mobile = '+989121234567'`,
      [ws.id],
    );
    expect(row?.attributes.city).toBe('Tehran');
  });

  it('cancel midway, then a new start finishes exactly: every row once', async () => {
    const lines = ['mobile,first name'];
    for (let i = 0; i < 3500; i++) lines.push(`+98935${String(i).padStart(7, '0')},P${i}`);
    const job = await open(lines.join('\n'), 'many.csv');
    await ws.as.MANAGER.requestOk(START, { id: job.id });
    const cancelled = await ws.as.MANAGER.request(CANCEL, { id: job.id });
    const state = cancelled.data?.cancelImport?.state ?? (await finished(job.id)).state;
    expect(['CANCELLED', 'DONE']).toContain(state);
    if (state === 'CANCELLED') {
      await finished(job.id);
      await ws.as.MANAGER.requestOk(START, { id: job.id });
    }
    const done = await finished(job.id);
    expect(done.state).toBe('DONE');
    expect(done.counts).toMatchObject({ rows: 3500, created: 3500, invalid: 0 });
    expect(done.progress).toEqual({ done: 3500, total: 3500 });
    const [n] = await sql<{ n: string }>(
      `select count(*) as n from customer where workspace_id = ? and mobile like '+98935%'`,
      [ws.id],
    );
    expect(Number(n?.n)).toBe(3500);
    // Two chunks are written at once, the later one numbered after the earlier one: the numbers follow the file, no gap.
    const numbers = await sql<{ first: string; number: number }>(
      `select attributes->>'firstName' as first, number from customer
        where workspace_id = ? and mobile like '+98935%' order by number`,
      [ws.id],
    );
    expect(numbers.map((r) => r.first)).toEqual(Array.from({ length: 3500 }, (_, i) => `P${i}`));
    expect(Number(numbers.at(-1)?.number) - Number(numbers[0]?.number)).toBe(3499);
    const chunks = await sql('select first_line from import_chunk where workspace_id = ? and import_id = ?', [
      ws.id,
      job.id,
    ]);
    expect(chunks).toHaveLength(4);
  });

  it('a customer created while a chunk waits to follow the one before it takes the next number; that chunk is written again, nothing is lost, no gap', async () => {
    const [{ n: start } = { n: 0 }] = await sql<{ n: number }>(
      'select last_number as n from customer_number_counter where workspace_id = ?',
      [ws.id],
    );
    const lines = ['mobile,first name'];
    for (let i = 0; i < 4500; i++) lines.push(`+98938${String(i).padStart(7, '0')},N${i}`);
    const job = await open(lines.join('\n'), 'numbers.csv');
    // A connection holding what a single create takes first (customer_number_lock.sql): a chunk
    // that follows the numbers of the chunk before it waits for it, and then this connection creates
    // a customer, taking the number that chunk was to use.
    const direct = new PreparedPool(String(server.app.orm.config.get('clientUrl')), 1);
    let create: () => void = () => {};
    const go = new Promise<void>((resolve) => (create = resolve));
    const single = direct.transaction(async (run) => {
      await run('select customer_number_lock(?::uuid)', [ws.id]);
      await go;
      const [row] = await run<{ number: number }>(
        `insert into customer (workspace_id, attributes) values (?, '{"firstName":"Single"}') returning number`,
        [ws.id],
      );
      return row?.number;
    });
    try {
      await ws.as.MANAGER.requestOk(START, { id: job.id });
      for (let i = 0; ; i++) {
        const [waiting] = await sql<{ n: string }>(
          `select count(*) as n from pg_locks where locktype = 'advisory' and not granted`,
        );
        if (Number(waiting?.n) > 0) break;
        if (i > 400) throw new Error('no chunk waited to follow the one before it');
        await new Promise((r) => setTimeout(r, 25));
      }
      create();
      const number = await single;
      const done = await finished(job.id);
      expect(done.state).toBe('DONE');
      expect(done.counts).toMatchObject({ rows: 4500, created: 4500, invalid: 0 });
      const numbered = await sql<{ first: string; number: number }>(
        `select attributes->>'firstName' as first, number from customer
          where workspace_id = ? and number > ? order by number`,
        [ws.id, start],
      );
      // Every number once, none skipped, the file's order kept; the single customer between two chunks.
      expect(numbered.map((r) => Number(r.number))).toEqual(
        Array.from({ length: 4501 }, (_, i) => start + 1 + i),
      );
      const at = numbered.findIndex((r) => r.first === 'Single');
      expect(Number(numbered[at]?.number)).toBe(number);
      expect(at % 1000).toBe(0);
      expect(numbered.filter((r) => r.first !== 'Single').map((r) => r.first)).toEqual(
        Array.from({ length: 4500 }, (_, i) => `N${i}`),
      );
    } finally {
      create();
      await single.catch(() => {});
      await direct.end();
    }
  });

  it('a chunk sharing an identity value with the chunk before it sees that chunk: matched by email, it updates', async () => {
    // Chunks are written two at a time unless they share a mobile, email, card or external id. Row 1,800
    // (second chunk) has row 10's email (first chunk): written beside the first chunk it would not see
    // row 10's customer and, emails not being unique, would make a second one.
    const lines = ['email,mobile,first name'];
    for (let i = 0; i < 2500; i++)
      lines.push(`pair${i === 1799 ? 9 : i}@chunks.test,+98937${String(i).padStart(7, '0')},Q${i}`);
    const job = await open(lines.join('\n'), 'chunks.csv');
    await ws.as.MANAGER.requestOk(CONFIGURE, { input: { id: job.id, matchOn: 'EMAIL' } });
    await ws.as.MANAGER.requestOk(START, { id: job.id });
    const done = await finished(job.id);
    expect(done.state).toBe('DONE');
    expect(done.counts).toMatchObject({ rows: 2500, created: 2499, updated: 1, invalid: 0 });
    const same = await sql<{ first_name: string; mobile: string }>(
      `select first_name, mobile from customer where workspace_id = ? and email = 'pair9@chunks.test'`,
      [ws.id],
    );
    expect(same).toEqual([{ first_name: 'Q1799', mobile: '+989370001799' }]);
    const [n] = await sql<{ n: string }>(
      `select count(*) as n from customer where workspace_id = ? and email like '%@chunks.test'`,
      [ws.id],
    );
    expect(Number(n?.n)).toBe(2499);
  });

  it('reads Windows-1251, Windows-1256 and UTF-16 files, detected', async () => {
    const ru = await open(
      iconv.encode('Имя;Телефон\nОльга Петровна;+79161230000\nИван;+79161230001\n', 'windows-1251'),
      'ru.csv',
    );
    expect(ru).toMatchObject({ encoding: 'windows-1251', delimiter: ';' });
    expect(ru.columns[0].samples[0]).toBe('Ольга Петровна');
    // Windows writes the Persian yeh as the Arabic one (cp1256 has no U+06CC); headers match either way.
    const persian = 'نام,موبایل\nسارا محمدی,09121110000\nعلی,09121110001\n'.replace(/ی/g, 'ي');
    const fa = await open(iconv.encode(persian, 'windows-1256'), 'fa.csv');
    expect(fa.encoding).toBe('windows-1256');
    expect(fa.columns.map((c: { target: string }) => c.target)).toEqual(['firstName', 'mobile']);
    expect(fa.columns[0].samples[0]).toBe('سارا محمدي');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('email\tname\na@b.co\tA\n', 'utf16le'),
    ]);
    expect(await open(utf16, 'u16.csv')).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
  });

  it('a file that breaks midway fails the import with its reason and leaves only whole chunks', async () => {
    const lines = ['mobile,first name'];
    for (let i = 0; i < 2500; i++) lines.push(`+98936${String(i).padStart(7, '0')},Q${i}`);
    lines.push('"+98936,unclosed');
    const job = await open(lines.join('\n'), 'broken-midway.csv');
    await ws.as.MANAGER.requestOk(START, { id: job.id });
    const failed = await finished(job.id);
    expect(failed.state).toBe('FAILED');
    expect(failed.problem?.code).toBe('IMPORT_QUOTE_NOT_CLOSED');
    // Rows 1–2,000 are two whole chunks; the 500 read after them made no chunk and wrote nothing.
    expect(failed.progress.done).toBe(2000);
    const [n] = await sql<{ n: string }>(
      `select count(*) as n from customer where workspace_id = ? and mobile like '+98936%'`,
      [ws.id],
    );
    expect(Number(n?.n)).toBe(2000);
    const [history] = await sql<{ n: string }>(
      `select count(*) as n from history_event h join customer c on c.workspace_id = h.workspace_id and c.id = h.customer_id
        where c.workspace_id = ? and c.mobile like '+98936%' and h.type = 'CUSTOMER_CREATED'`,
      [ws.id],
    );
    expect(Number(history?.n)).toBe(2000);
    const chunks = await sql('select first_line from import_chunk where workspace_id = ? and import_id = ?', [
      ws.id,
      job.id,
    ]);
    expect(chunks).toHaveLength(2);
  });

  it('bad files get a clear coded refusal, never a 500', async () => {
    expect(await openRefusal('\ufeff', 'empty.csv')).toBe('IMPORT_FILE_EMPTY');
    expect(await openRefusal('mobile,name\n', 'h.csv')).toBe('IMPORT_HEADER_ONLY');
    expect(await openRefusal('mobile,Mobile\n1,2\n', 'd.csv')).toBe('IMPORT_HEADER_DUPLICATE');
    expect(await openRefusal('mobile,,name\n1,2,3\n', 'b.csv')).toBe('IMPORT_HEADER_BLANK');
    expect(await openRefusal('mobile,name\n"+98912,unclosed\n', 'q.csv')).toBe('IMPORT_QUOTE_NOT_CLOSED');
    expect(
      await openRefusal(`${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n1\n`, 'w.csv'),
    ).toBe('IMPORT_TOO_MANY_COLUMNS');
    expect(await openRefusal(`mobile,notes\n1,"${'x'.repeat(1_100_000)}"\n`, 'big.csv')).toBe(
      'IMPORT_CELL_TOO_LARGE',
    );
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect(await openRefusal(ole, 'old.xls')).toBe('IMPORT_XLS_OLD');
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(await openRefusal(encrypted, 'secret.xlsx')).toBe('IMPORT_XLSX_ENCRYPTED');
    const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]);
    expect(await openRefusal(corrupt, 'broken.xlsx')).toBe('IMPORT_XLSX_CORRUPT');
    expect(await openRefusal(Buffer.from('%PDF-1.7\n...'), 'customers.csv')).toBe('IMPORT_FORMAT_UNKNOWN');
  });

  it('rows with NUL bytes, ragged rows and mixed line endings: per-row problems, the rest read', async () => {
    const job = await open(
      'mobile,first name\r\n+989121110001,A\n+989121110002,B\u0000\r+989121110003\r\n+989121110004,D\n',
      'r.csv',
    );
    const { importPreview } = await ws.as.MANAGER.requestOk(PREVIEW, { id: job.id });
    expect(importPreview.rows.map((r: { line: number; outcome: string }) => [r.line, r.outcome])).toEqual([
      [2, 'NEW'],
      [3, 'INVALID'],
      [4, 'INVALID'],
      [5, 'NEW'],
    ]);
    expect(importPreview.rows[1].problem.code).toBe('IMPORT_NOT_TEXT');
    expect(importPreview.rows[2].problem.code).toBe('IMPORT_ROW_RAGGED');
  });

  it('another workspace cannot see, start or cancel an import, nor open this workspace’s upload', async () => {
    const job = await open('mobile\n+989121112233\n', 'x.csv');
    const other = await server.workspace('Other club');
    for (const query of [GET, START, CANCEL]) {
      const answer = await other.as.MANAGER.request(query, { id: job.id });
      expect(answer.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'IMPORT_NOT_FOUND' });
    }
    const fileId = await upload('mobile\n+989121112234\n', 'y.csv');
    const stolen = await other.as.MANAGER.request(OPEN, { input: { fileId, kind: 'CUSTOMERS' } });
    expect(fieldCode(stolen)).toBe('UPLOADED_FILE_NOT_FOUND');
  });

  it('numbers without a country code are read in the workspace’s phone country', async () => {
    await ws.as.ADMIN.requestOk(
      'mutation { updateWorkspaceSettings(input: { defaultPhoneCountry: "RU" }) { defaultPhoneCountry } }',
    );
    const job = await open('mobile,first name\n9161234000,Olga\n', 'ru-phones.csv');
    const { importPreview } = await ws.as.MANAGER.requestOk(PREVIEW, { id: job.id });
    expect(importPreview.rows[0].cells[0].value).toBe('+79161234000');
    await ws.as.ADMIN.requestOk(
      'mutation { updateWorkspaceSettings(input: { defaultPhoneCountry: "IR" }) { defaultPhoneCountry } }',
    );
  });

  it('an operator (no customers.import) cannot import', async () => {
    const answer = await ws.as.OPERATOR.request('query { importTargets(kind: CUSTOMERS) { key } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('XLSX files and the template', () => {
  it('reads a chosen sheet as a stream: dates, formulas’ values, numbers; lists every sheet', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Customers');
    const notes = book.addWorksheet('Notes');
    notes.addRow(['Note', 'Mobile']);
    notes.addRow(['call back', '+989121110000']);
    sheet.addRow(['Mobile', 'First name', 'Birth date', 'Score']);
    sheet.addRow(['+989121119999', 'Xenia', new Date(Date.UTC(1991, 2, 4)), { formula: '2+3', result: 5 }]);
    sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
    const content = Buffer.from(await book.xlsx.writeBuffer());
    const job = await open(content, 'customers.xlsx');
    expect(job).toMatchObject({ format: 'XLSX', sheets: ['Customers', 'Notes'], sheet: 'Customers' });
    const notesSheet = (await ws.as.MANAGER.requestOk(CONFIGURE, { input: { id: job.id, sheet: 'Notes' } }))
      .configureImport;
    expect(notesSheet.columns.map((c: { header: string }) => c.header)).toEqual(['Note', 'Mobile']);
    const chosen = (await ws.as.MANAGER.requestOk(CONFIGURE, { input: { id: job.id, sheet: 'Customers' } }))
      .configureImport;
    expect(chosen.sheet).toBe('Customers');
    expect(chosen.columns.map((c: { target: string | null }) => c.target)).toEqual([
      'mobile',
      'firstName',
      'birthDate',
      null,
    ]);
    expect(chosen.columns[2].samples).toEqual(['1991-03-04']);
    expect(chosen.columns[3].samples).toEqual(['5']);
    const { importPreview } = await ws.as.MANAGER.requestOk(PREVIEW, { id: job.id });
    expect(importPreview.rows[0]).toMatchObject({ line: 2, outcome: 'NEW' });
  });

  it('GET /imports/template: the attribute headers in the caller’s language, with a BOM; refused without the permission', async () => {
    await ws.as.MANAGER.requestOk('mutation { updateMyPreferences(input: { locale: RU }) { locale } }');
    const res = await fetch(`${server.url}/imports/template?kind=CUSTOMERS`, {
      headers: { cookie: cookieOf(ws) },
    });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Имя,Фамилия');
    expect(text).toContain('Теги');
    const operator = [...ws.as.OPERATOR.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    const refused = await fetch(`${server.url}/imports/template?kind=CUSTOMERS`, {
      headers: { cookie: operator },
    });
    expect(refused.status).toBe(403);
  });
});

describe('gender from a Russian patronymic (C13)', () => {
  it('is suggested when the file gives no gender, never over one the file or the customer has', async () => {
    const file = [
      'Имя,Отчество,Mobile,Пол',
      'Пётр,Ильич,+7 926 000-00-01,',
      'Анна,Сергеевна,+7 926 000-00-02,',
      'Саша,Иванович,+7 926 000-00-03,female',
      'Ким,Ли,+7 926 000-00-04,',
    ].join('\n');
    const job = await open(file);
    expect(job.columns.map((c: { target: string | null }) => c.target)).toEqual([
      'firstName',
      'middleName',
      'mobile',
      'gender',
    ]);
    await ws.as.MANAGER.requestOk(START, { id: job.id });
    expect((await finished(job.id)).counts).toMatchObject({ created: 4, invalid: 0 });
    const rows = await sql<{ first_name: string; gender: string | null }>(
      `select first_name, attributes->>'gender' as gender from customer
        where workspace_id = ? and mobile like '+792600000%' order by mobile`,
      [ws.id],
    );
    expect(rows.map((r) => [r.first_name, r.gender])).toEqual([
      ['Пётр', 'male'],
      ['Анна', 'female'],
      ['Саша', 'female'],
      ['Ким', null],
    ]);
  });
});

describe('attach duplicates as child profiles', () => {
  const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
  const PREVIEW_ATTACH = `query($id: ID!) { importPreview(id: $id, first: 10) {
    rows { line outcome problem { code } } counts { created attached skipped invalid } } }`;
  const CHILDREN = 'query($id: ID!) { customer(id: $id) { childProfiles { id } } }';
  const main = async (mobile: string, email: string) =>
    (await ws.as.MANAGER.requestOk(CREATE, { input: { attributes: { firstName: 'Main', mobile, email } } }))
      .createCustomer.id as string;
  const children = async (id: string) =>
    sql<{ id: string; deleted_at: Date | null; attributes: Record<string, unknown> }>(
      'select id, deleted_at, attributes from customer where workspace_id = ? and main_customer_id = ?',
      [ws.id, id],
    );

  it('a new row whose mobile or email a live customer has becomes its child and counts as attached', async () => {
    const byMobile = await main('+989377700002', 'main2@attach.test');
    const byEmail = await main('+989377700003', 'main3@attach.test');
    // Matched on email: the first row's email is new but its mobile is byMobile's; the second row's
    // email is byEmail's (no mobile of its own); the third is nobody's.
    const file = [
      'First name,Mobile,E-mail',
      'Child by mobile,+989377700002,child@attach.test',
      'Fresh,+989377700011,fresh@attach.test',
    ].join('\r\n');
    const job = await open(file, 'attach.csv');
    await ws.as.MANAGER.requestOk(CONFIGURE, { input: { id: job.id, matchOn: 'EMAIL' } });
    // Without the option the taken mobile refuses the row, as before.
    const off = (await ws.as.MANAGER.requestOk(PREVIEW_ATTACH, { id: job.id })).importPreview;
    expect(off.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['INVALID', 'NEW']);

    const on = (await ws.as.MANAGER.requestOk(CONFIGURE, { input: { id: job.id, attachDuplicates: true } }))
      .configureImport;
    expect(on.attachDuplicates).toBe(true);
    const preview = (await ws.as.MANAGER.requestOk(PREVIEW_ATTACH, { id: job.id })).importPreview;
    expect(preview.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['ATTACH', 'NEW']);
    expect(preview.counts).toMatchObject({ created: 1, attached: 1, invalid: 0 });
    expect(await children(byMobile)).toEqual([]); // a preview writes nothing

    await ws.as.MANAGER.requestOk(START, { id: job.id });
    const done = await finished(job.id);
    expect(done.counts).toEqual({ rows: 2, created: 1, updated: 0, attached: 1, skipped: 0, invalid: 0 });
    const [child] = await children(byMobile);
    expect(child?.attributes).toMatchObject({ firstName: 'Child by mobile', email: 'child@attach.test' });
    expect(child?.deleted_at).not.toBeNull();
    const card = (await ws.as.MANAGER.requestOk(CHILDREN, { id: byMobile })).customer;
    expect(card.childProfiles).toEqual([{ id: child?.id }]);
    const attachedEvents = await sql<{ type: string }>(
      'select type from history_event where workspace_id = ? and customer_id = ?',
      [ws.id, byMobile],
    );
    expect(attachedEvents.map((e) => e.type)).toContain('CUSTOMER_PROFILE_ATTACHED');

    // The same file again: the child is there already, nothing is attached twice.
    const again = await open(file, 'attach.csv');
    await ws.as.MANAGER.requestOk(CONFIGURE, {
      input: { id: again.id, matchOn: 'EMAIL', attachDuplicates: true },
    });
    await ws.as.MANAGER.requestOk(START, { id: again.id });
    expect((await finished(again.id)).counts).toMatchObject({ created: 0, attached: 0, skipped: 2 });
    expect(await children(byMobile)).toHaveLength(1);

    // Matched on mobile: a new mobile with byEmail's email attaches to byEmail.
    const second = await open('Mobile,E-mail\r\n+989377700012,main3@attach.test\r\n', 'attach2.csv');
    await ws.as.MANAGER.requestOk(CONFIGURE, {
      input: { id: second.id, matchOn: 'MOBILE', attachDuplicates: true },
    });
    await ws.as.MANAGER.requestOk(START, { id: second.id });
    expect((await finished(second.id)).counts).toMatchObject({ created: 0, attached: 1 });
    expect((await children(byEmail)).map((c) => c.attributes.mobile)).toEqual(['+989377700012']);
  });
});
