import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emSql } from '../../db/em-sql.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges { cursor node { id kind params link createdAt readAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const COUNT = '{ myUnreadNotificationCount }';
const MARK = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';

interface Node {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  link: string | null;
  readAt: string | null;
}

let server: TestServer;
let ws: TestWorkspace;
const staffId: Record<string, string> = {};

const count = async (client: GraphQLClient): Promise<number> =>
  (await client.requestOk(COUNT)).myUnreadNotificationCount;
const list = async (client: GraphQLClient, variables: object = {}): Promise<Node[]> =>
  (await client.requestOk(LIST, variables)).myNotifications.edges.map((e: { node: Node }) => e.node);
const notices = () => server.app.services.notifications;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  for (const role of ['ADMIN', 'MANAGER', 'OPERATOR', 'ANALYST'] as const) {
    staffId[role] = (await ws.as[role].requestOk('{ me { id } }')).me.id;
  }
});
afterAll(async () => server?.close());

describe('notifications', () => {
  it('a notice written by the service reaches its recipient’s count and list, newest first', async () => {
    const before = await count(ws.as.OPERATOR);
    await notices().notify({
      workspaceId: ws.id,
      staffId: staffId.OPERATOR as string,
      kind: 'import.finished',
      params: { fileName: 'march.csv', created: 10, updated: 2, invalid: 1 },
      link: '#/imports/42',
    });
    await notices().notify({
      workspaceId: ws.id,
      staffId: staffId.OPERATOR as string,
      kind: 'export.ready',
      params: { fileName: 'customers.csv', rows: 1200 },
      link: '/files/0b6c1a8e-1b1e-4f3e-9c1a-2f0d5a9e7c11',
    });
    expect(await count(ws.as.OPERATOR)).toBe(before + 2);
    const [newest, older] = await list(ws.as.OPERATOR);
    expect(newest).toMatchObject({ kind: 'export.ready', params: { rows: 1200 }, readAt: null });
    expect(older).toMatchObject({
      kind: 'import.finished',
      link: '#/imports/42',
      params: { fileName: 'march.csv' },
    });
  });

  it('another staff member of the workspace and another workspace see none of it', async () => {
    await notices().notify({
      workspaceId: ws.id,
      staffId: staffId.OPERATOR as string,
      kind: 'mention',
      params: { by: 'Ada' },
    });
    expect(await count(ws.as.ANALYST)).toBe(0);
    expect(await list(ws.as.ANALYST)).toEqual([]);
    const other = await server.workspace('Other club');
    expect(await count(other.as.ADMIN)).toBe(0);
    expect(await list(other.as.ADMIN)).toEqual([]);
    // Naming the operator with the other workspace writes nothing: the staff member is not theirs.
    const written = await notices().notify({
      workspaceId: other.id,
      staffId: staffId.OPERATOR as string,
      kind: 'mention',
      params: { by: 'Mallory' },
    });
    expect(written).toBe(0);
    expect((await list(ws.as.OPERATOR)).map((n) => n.params.by)).not.toContain('Mallory');
  });

  it('marks read only the caller’s own notices; others’ ids are passed over', async () => {
    const mine = await list(ws.as.OPERATOR, { unreadOnly: true });
    const victim = await notices().notify({
      workspaceId: ws.id,
      staffId: staffId.ANALYST as string,
      kind: 'job.failed',
      params: { job: 'files.prune' },
    });
    expect(victim).toBe(1);
    const [theirs] = await list(ws.as.ANALYST);
    // The operator tries to mark the analyst's notice read (and sends rubbish): nothing of theirs changes.
    const left = (await ws.as.OPERATOR.requestOk(MARK, { ids: [mine[0]?.id, theirs?.id, 'x'] }))
      .markNotificationsRead;
    expect(left).toBe(mine.length - 1);
    expect(await count(ws.as.ANALYST)).toBe(1);
    const [first] = await list(ws.as.OPERATOR);
    expect(first?.readAt).not.toBeNull();
    expect((await list(ws.as.OPERATOR, { unreadOnly: true })).map((n) => n.id)).not.toContain(mine[0]?.id);

    expect((await ws.as.OPERATOR.requestOk(MARK_ALL)).markAllNotificationsRead).toBe(mine.length - 1);
    expect(await count(ws.as.OPERATOR)).toBe(0);
    expect(await count(ws.as.ANALYST)).toBe(1);
  });

  it('pages newest first by cursor, and refuses a page size or cursor it did not make', async () => {
    for (let i = 0; i < 3; i++) {
      await notices().notify({
        workspaceId: ws.id,
        staffId: staffId.MANAGER as string,
        kind: 'x.step',
        params: { i },
      });
    }
    const page1 = (await ws.as.MANAGER.requestOk(LIST, { first: 2 })).myNotifications;
    expect(page1.edges.map((e: { node: Node }) => e.node.params.i)).toEqual([2, 1]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list(ws.as.MANAGER, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.map((n) => n.params.i)).toEqual([0]);
    const tooMany = await ws.as.MANAGER.request(LIST, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      fields: [{ path: ['first'], problem: { code: 'PAGE_SIZE' } }],
    });
    const manyIds = await ws.as.MANAGER.request(MARK, {
      ids: Array.from({ length: 201 }, (_, i) => String(i)),
    });
    expect(manyIds.errors?.[0]?.extensions).toMatchObject({
      fields: [{ path: ['ids'], problem: { code: 'TOO_MANY_ITEMS' } }],
    });
    const badCursor = await ws.as.MANAGER.request(LIST, { after: 'eyJ9' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      fields: [{ path: ['after'], problem: { code: 'CURSOR_INVALID' } }],
    });
  });

  it('is written in the caller’s transaction: a change that rolls back leaves no notice', async () => {
    const before = await count(ws.as.MANAGER);
    const em = server.app.services.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await notices().notify(
          { workspaceId: ws.id, staffId: staffId.MANAGER as string, kind: 'x.orm', params: {} },
          emSql(tx),
        );
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await expect(
      server.app.services.sql.transaction(async (run) => {
        await notices().notify(
          { workspaceId: ws.id, staffId: staffId.MANAGER as string, kind: 'x.pool', params: {} },
          run,
        );
        throw new Error('the batch fails');
      }),
    ).rejects.toThrow('the batch fails');
    expect(await count(ws.as.MANAGER)).toBe(before);

    await em.fork().transactional(async (tx) => {
      await notices().notify(
        { workspaceId: ws.id, staffId: staffId.MANAGER as string, kind: 'x.em', params: {} },
        tx,
      );
    });
    expect(await count(ws.as.MANAGER)).toBe(before + 1);
  });

  it('tells the admins, or everyone whose role holds a permission, about work no one asked for', async () => {
    const counts = async () =>
      Promise.all((['ADMIN', 'MANAGER', 'OPERATOR', 'ANALYST'] as const).map((r) => count(ws.as[r])));
    const [a0, m0, o0, n0] = await counts();
    expect(
      await notices().notifyAdmins(ws.id, { kind: 'job.failed', params: { job: 'rfm.recompute' } }),
    ).toBe(1);
    // customers.delete: admins (all permissions) and managers (by default).
    expect(
      await notices().notifyRoleHolders(ws.id, 'customers.delete', {
        kind: 'job.failed',
        params: { job: 'x' },
      }),
    ).toBe(2);
    expect(await counts()).toEqual([(a0 ?? 0) + 2, (m0 ?? 0) + 1, o0, n0]);
  });

  it('refuses a link that leads anywhere but an app route or a download', async () => {
    for (const link of ['javascript:alert(1)', 'https://evil.example/', '//evil.example/x', '/graphql']) {
      await expect(
        notices().notify({
          workspaceId: ws.id,
          staffId: staffId.ADMIN as string,
          kind: 'x',
          params: {},
          link,
        }),
      ).rejects.toThrow(/only #/);
    }
  });

  it('is for a signed-in person: no one signed out, no API key', async () => {
    const anonymous = await ws.anonymous.request(COUNT);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ problem: { code: 'UNAUTHENTICATED' } });
    const { secret } = (
      await ws.as.ADMIN.requestOk(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
        { input: { name: 'Till', permissions: ['customers.read'] } },
      )
    ).createApiKey;
    const key = new GraphQLClient(server.graphqlUrl);
    key.headers.authorization = `Bearer ${secret}`;
    for (const attempt of [COUNT, LIST, MARK_ALL]) {
      const answer = await key.request(attempt);
      expect(answer.errors?.[0]?.extensions, attempt).toMatchObject({
        problem: { code: 'API_KEY_PERSON_ONLY' },
      });
    }
  });

  it('prunes notices older than 90 days and keeps the rest', async () => {
    await notices().notify({
      workspaceId: ws.id,
      staffId: staffId.ANALYST as string,
      kind: 'x.old',
      params: {},
    });
    await server.app.services.sql.query(
      `update notification set created_at = now() - interval '91 days' where workspace_id = ? and kind = 'x.old'`,
      [ws.id],
    );
    const before = (await list(ws.as.ANALYST)).length;
    expect(await notices().prune()).toBe(false);
    const after = await list(ws.as.ANALYST);
    expect(after.map((n) => n.kind)).not.toContain('x.old');
    expect(after).toHaveLength(before - 1);
  });
});
