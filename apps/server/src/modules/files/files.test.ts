import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { CHUNK_BYTES } from './file.service.js';

const PREVIEW = `mutation($input: BalanceBatchInput!) {
  previewBalanceBatch(input: $input) { id totalLines matched unmatched }
}`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ limits: { uploadBytes: 2 * 1024 * 1024 } });
  ws = await server.workspace();
  other = await server.workspace('Other club');
});
afterAll(async () => server?.close());

const cookieOf = (w: TestWorkspace) =>
  [...w.as.MANAGER.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

async function upload(body: string | Buffer, headers: Record<string, string>) {
  const res = await fetch(`${server.url}/files`, { method: 'POST', headers, body });
  const text = await res.text();
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(text).not.toMatch(/<html|\/work\/|node_modules/i);
  return { status: res.status, body: JSON.parse(text) };
}

const problemOf = (body: { errors: { extensions: { problem: { code: string } } }[] }) =>
  body.errors[0]?.extensions.problem.code;

/** A balance file of `lines` mobiles: about 20 bytes a line. */
const balanceFile = (lines: number) =>
  `mobile,amount\n${Array.from({ length: lines }, (_, i) => `+98912${String(i).padStart(7, '0')},5`).join('\n')}\n`;

describe('uploadMaxBytes', () => {
  const LIMIT = '{ uploadMaxBytes }';

  it('tells every staff role the limit POST /files refuses above', async () => {
    for (const role of ['ADMIN', 'MANAGER', 'OPERATOR', 'ANALYST'] as const)
      expect((await ws.as[role].requestOk(LIMIT)).uploadMaxBytes, role).toBe(2 * 1024 * 1024);
    // The limit is the server's, not its default: the refusal names the same size.
    const headers = { cookie: cookieOf(ws), 'x-patron-csrf': '1', 'content-type': 'text/csv' };
    expect((await upload(Buffer.alloc(2 * 1024 * 1024, 'a'), headers)).status).toBe(201);
    expect((await upload(Buffer.alloc(2 * 1024 * 1024 + 1, 'a'), headers)).status).toBe(413);
  });

  it('is told to no one signed out, nor to an API key, which cannot upload', async () => {
    const anonymous = await ws.anonymous.request(LIMIT);
    expect(anonymous.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'UNAUTHENTICATED' });
    const { secret } = (
      await ws.as.ADMIN.requestOk(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
        { input: { name: 'Till', permissions: ['customers.read'] } },
      )
    ).createApiKey;
    const key = new GraphQLClient(server.graphqlUrl);
    key.headers.authorization = `Bearer ${secret}`;
    const answer = await key.request(LIMIT);
    expect(answer.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'API_KEY_PERSON_ONLY' });
    expect(answer.data?.uploadMaxBytes ?? null).toBeNull();
  });
});

describe('POST /files', () => {
  it('refuses an upload without the CSRF header, even with a valid session', async () => {
    const answer = await upload('x', { cookie: cookieOf(ws), 'content-type': 'text/csv' });
    expect(answer.status).toBe(400);
    expect(problemOf(answer.body)).toBe('UPLOAD_HEADER_REQUIRED');
  });

  it('refuses an upload without a session, or with a forged one', async () => {
    for (const cookie of ['', 'patron_session=forged']) {
      const answer = await upload('x', { cookie, 'x-patron-csrf': '1' });
      expect(answer.status).toBe(401);
      expect(problemOf(answer.body)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses an empty file and one over the limit, as JSON', async () => {
    const headers = { cookie: cookieOf(ws), 'x-patron-csrf': '1', 'content-type': 'text/csv' };
    const empty = await upload('', headers);
    expect(problemOf(empty.body)).toBe('UPLOAD_EMPTY');
    const big = await upload(Buffer.alloc(3 * 1024 * 1024, 'a'), headers);
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.problem).toEqual({
      code: 'FILE_TOO_LARGE',
      params: { max: '2 MB' },
    });
  });

  it('carries a balance file over the 1 MB GraphQL body limit into a batch by fileId', async () => {
    const csv = balanceFile(70_000);
    expect(csv.length).toBeGreaterThan(1024 * 1024);
    const inline = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieOf(ws) },
      body: JSON.stringify({
        query: PREVIEW,
        variables: { input: { currency: 'coins', identifier: 'MOBILE', csv } },
      }),
    });
    expect(inline.status).toBe(413);

    const uploaded = await upload(csv, {
      cookie: cookieOf(ws),
      'x-patron-csrf': '1',
      'content-type': 'text/csv',
      'x-file-name': encodeURIComponent('бонусы.csv'),
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.size).toBe(Buffer.byteLength(csv));
    const [row] = await server.app.orm.em
      .getConnection()
      .execute('select name, workspace_id from uploaded_file where id = ?', [uploaded.body.fileId]);
    expect(row).toEqual({ name: 'бонусы.csv', workspace_id: ws.id });

    const { previewBalanceBatch } = await ws.as.MANAGER.requestOk(PREVIEW, {
      input: { currency: 'coins', identifier: 'MOBILE', fileId: uploaded.body.fileId, reason: 'Upload' },
    });
    expect(previewBalanceBatch.totalLines).toBe(70_001); // the header is line 1
    expect(previewBalanceBatch.unmatched).toBe(70_000);
  });

  it("keeps a workspace's upload from any other workspace", async () => {
    const uploaded = await upload(balanceFile(3), { cookie: cookieOf(ws), 'x-patron-csrf': '1' });
    const answer = await other.as.MANAGER.request(PREVIEW, {
      input: { currency: 'coins', identifier: 'MOBILE', fileId: uploaded.body.fileId },
    });
    expect(answer.errors?.[0]?.extensions?.problem).toEqual({
      code: 'UPLOADED_FILE_NOT_FOUND',
      params: { hours: 24 },
    });
    expect(answer.errors?.[0]?.extensions?.path).toEqual(['input', 'fileId']);
  });

  it('refuses a file and csv at once', async () => {
    const uploaded = await upload(balanceFile(3), { cookie: cookieOf(ws), 'x-patron-csrf': '1' });
    const answer = await ws.as.MANAGER.request(PREVIEW, {
      input: { currency: 'coins', identifier: 'MOBILE', fileId: uploaded.body.fileId, csv: 'x' },
    });
    expect(answer.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'BATCH_ONE_SOURCE' });
  });

  it('prunes uploads after they expire', async () => {
    const uploaded = await upload(balanceFile(3), { cookie: cookieOf(ws), 'x-patron-csrf': '1' });
    const db = server.app.orm.em.getConnection();
    await db.execute("update uploaded_file set expires_at = now() - interval '1 second' where id = ?", [
      uploaded.body.fileId,
    ]);
    const expired = await ws.as.MANAGER.request(PREVIEW, {
      input: { currency: 'coins', identifier: 'MOBILE', fileId: uploaded.body.fileId },
    });
    expect(expired.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'UPLOADED_FILE_NOT_FOUND' });
    expect(await server.app.services.files.prune()).toBeGreaterThanOrEqual(1);
    const left = await db.execute('select count(*)::int as n from uploaded_file where id = ?', [
      uploaded.body.fileId,
    ]);
    expect(left).toEqual([{ n: 0 }]);
  });

  it('streams a file of several chunks back to its owner only, byte for byte', async () => {
    const content = Buffer.alloc(Math.floor(2.5 * CHUNK_BYTES));
    for (let i = 0; i < content.length; i++) content[i] = (i * 7919) % 251;
    const uploaded = await upload(content.subarray(0, 1_900_000), {
      cookie: cookieOf(ws),
      'x-patron-csrf': '1',
      'content-type': 'text/csv; charset=windows-1251',
      'x-file-name': encodeURIComponent('клиенты.csv'),
    });
    expect(uploaded.status).toBe(201);
    const db = server.app.orm.em.getConnection();
    const [manager] = await db.execute('select id from staff where email = ?', [ws.emails.MANAGER]);
    const made = await server.app.services.files.saveStream(
      ws.id,
      { name: 'export.xlsx', ownerStaffId: manager?.id as string, contentType: 'application/vnd.ms-excel' },
      (async function* () {
        for (let at = 0; at < content.length; at += 100_000) yield content.subarray(at, at + 100_000);
      })(),
    );
    const [chunks] = await db.execute(
      'select count(*)::int as n from uploaded_file_chunk where file_id = ?',
      [made.id],
    );
    expect(chunks).toEqual({ n: 3 });

    const own = await fetch(`${server.url}/files/${made.id}`, { headers: { cookie: cookieOf(ws) } });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''export.xlsx");
    expect(own.headers.get('content-type')).toBe('application/vnd.ms-excel');
    expect(Buffer.from(await own.arrayBuffer()).equals(content)).toBe(true);

    const upload1 = await fetch(`${server.url}/files/${uploaded.body.fileId}`, {
      headers: { cookie: cookieOf(ws) },
    });
    expect(upload1.headers.get('content-type')).toBe('text/csv');
    expect(Buffer.from(await upload1.arrayBuffer()).equals(content.subarray(0, 1_900_000))).toBe(true);

    const cookie = (w: TestWorkspace, role: 'ANALYST') =>
      [...w.as[role].cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    for (const stranger of [cookie(ws, 'ANALYST'), cookieOf(other), '']) {
      const answer = await fetch(`${server.url}/files/${made.id}`, { headers: { cookie: stranger } });
      expect(answer.status).toBe(stranger ? 404 : 401);
      expect(await answer.text()).not.toContain(content.subarray(0, 50).toString('latin1'));
    }
  });

  it('keeps nothing of an upload refused for its size', async () => {
    const db = server.app.orm.em.getConnection();
    const [before] = await db.execute('select count(*)::int as n from uploaded_file');
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new Uint8Array(CHUNK_BYTES));
        controller.close();
      },
    });
    const answer = await fetch(`${server.url}/files`, {
      method: 'POST',
      headers: { cookie: cookieOf(ws), 'x-patron-csrf': '1' },
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(answer.status).toBe(413);
    const [after] = await db.execute('select count(*)::int as n from uploaded_file');
    expect(after).toEqual(before);
  });

  it('writes a file in short transactions, shows it only whole and leaves nothing of a broken one', async () => {
    const files = server.app.services.files;
    const sql = server.app.services.sql;
    const [staff] = await sql.query<{ id: string }>('select id from staff where workspace_id = ? limit 1', [
      ws.id,
    ]);
    const owner = staff?.id as string;
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => {
      resume = resolve;
    });
    let reached!: () => void;
    const halfway = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const first = Buffer.alloc(CHUNK_BYTES + 10, 'a');
    async function* slowUpload() {
      yield first;
      reached();
      await paused;
      yield Buffer.from('the end');
    }
    const saving = files.saveStream(ws.id, { name: 'slow.csv', ownerStaffId: owner }, slowUpload());
    await halfway;
    const [writing] = await sql.query<{ id: string }>(
      `select id from uploaded_file where workspace_id = ? and name = 'slow.csv'`,
      [ws.id],
    );
    await expect(files.describe(ws.id, writing?.id as string, ['fileId'])).rejects.toMatchObject({
      extensions: { problem: { code: 'UPLOADED_FILE_NOT_FOUND' } },
    });
    // No transaction of this database waits, open, for the rest of the file (other work may run a moment).
    const openWaiting = () =>
      sql.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and state = 'idle in transaction' and backend_xid is not null`,
        [],
      );
    let seenNone = false;
    for (let i = 0; i < 20 && !seenNone; i++) {
      seenNone = (await openWaiting())[0]?.n === 0;
      if (!seenNone) await new Promise((r) => setTimeout(r, 50));
    }
    expect(seenNone).toBe(true);
    resume();
    const stored = await saving;
    expect(stored.size).toBe(first.length + 7);
    const back = Buffer.from(
      await new Response(await files.openStream(ws.id, stored.id, ['fileId'])).arrayBuffer(),
    );
    expect(back.equals(Buffer.concat([first, Buffer.from('the end')]))).toBe(true);

    async function* broken() {
      yield Buffer.alloc(CHUNK_BYTES * 2, 'b');
      throw new Error('connection lost');
    }
    await expect(
      files.saveStream(ws.id, { name: 'broken.csv', ownerStaffId: owner }, broken()),
    ).rejects.toThrow('connection lost');
    const [left] = await sql.query<{ files: number; chunks: number }>(
      `select (select count(*)::int from uploaded_file where workspace_id = ? and name = 'broken.csv') as files,
              (select count(*)::int from uploaded_file_chunk k
                where k.workspace_id = ? and not exists (select 1 from uploaded_file f
                  where f.workspace_id = k.workspace_id and f.id = k.file_id)) as chunks`,
      [ws.id, ws.id],
    );
    expect(left).toEqual({ files: 0, chunks: 0 });
  });
});
