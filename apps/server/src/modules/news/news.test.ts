import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const FIELDS =
  'id title { en ru fa } body { en ru fa } segmentId segmentName publishAt expiresAt pinned status readCount';
const CREATE = `mutation($input: NewsPostInput!) { createNewsPost(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: NewsPostInput!) { updateNewsPost(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteNewsPost(id: $id) }';
const GET = `query($id: ID!) { newsPost(id: $id) { ${FIELDS} } }`;
const LIST = `query($status: NewsStatus) { newsPosts(status: $status, first: 200) { totalCount items { id status segmentId } } }`;
const MY_NEWS = `query($first: Int, $after: String, $language: Locale) { myNews(first: $first, after: $after, language: $language) {
  edges { cursor node { id language title body pinned read publishedAt } } pageInfo { hasNextPage endCursor } } }`;
const UNREAD = '{ myUnreadNewsCount }';
const MARK = 'mutation($id: ID!) { markMyNewsRead(id: $id) }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const INVITE = 'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }';
const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setSelfServicePassword(token: $token, password: $password) { customerId } }`;
const SEGMENT = 'mutation($input: SegmentInput!) { createSegment(input: $input) { id } }';
const ERASE = 'mutation($id: ID!) { eraseCustomer(id: $id) { customerId } }';
const AUDIT = `query($types: [AuditEventType!]) { auditEvents(types: $types, first: 50) { edges { node { type subject details } } } }`;

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
/** Each offending field as `path: CODE`, or the refusal's code. */
const problems = (answer: Answer) => {
  const ext = answer.errors?.[0]?.extensions ?? {};
  const fields = ext.fields as { path: string[]; problem: { code: string; params: object } }[] | undefined;
  if (fields) return fields.map((f) => `${f.path.join('.')}: ${f.problem.code}`);
  return (ext.problem as { code?: string } | undefined)?.code ?? ext.code;
};

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let n = 0;
const hour = 3_600_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();
const post = (texts: { en?: string; ru?: string; fa?: string }, extra: Record<string, unknown> = {}) => ({
  title: Object.fromEntries(Object.entries(texts).map(([l, t]) => [l, t])),
  body: Object.fromEntries(Object.entries(texts).map(([l, t]) => [l, `${t}: the whole story`])),
  ...extra,
});
const create = async (w: TestWorkspace, input: object) =>
  (await w.as.MANAGER.requestOk(CREATE, { input })).createNewsPost;

/** A customer signed in to self-service through an invitation. */
async function member(w: TestWorkspace, attributes: Record<string, unknown> = {}) {
  n++;
  const { createCustomer } = await w.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
    input: {
      attributes: { firstName: `News${n}`, mobile: `+98913${String(1000000 + n).slice(-7)}`, ...attributes },
    },
  });
  const { inviteCustomerToSelfService: invite } = await w.as.OPERATOR.requestOk(INVITE, {
    id: createCustomer.id,
  });
  const client = new GraphQLClient(server.graphqlUrl);
  const token = new URL(invite.link).searchParams.get('token');
  await client.requestOk(SET_PASSWORD, { token, password: 'customer-pass-1' });
  return { id: createCustomer.id as string, client };
}

const titles = async (c: GraphQLClient, language?: string) =>
  (await c.requestOk(MY_NEWS, { first: 50, language })).myNews.edges.map(
    (e: { node: { title: string } }) => e.node.title,
  );

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace();
});
afterAll(async () => server?.close());

describe('news: staff write posts', () => {
  it('refuses a post with no language, a half-written one, too long texts and a bad window, by code', async () => {
    const refused = (input: object) => ws.as.MANAGER.request(CREATE, { input });
    expect(problems(await refused({ title: { en: ' ' }, body: {} }))).toEqual([
      'input.title: NEWS_LANGUAGE_REQUIRED',
    ]);
    expect(
      problems(await refused({ title: { en: 'Hi', fa: 'سلام' }, body: { en: 'Text', ru: 'Текст' } })),
    ).toEqual(['input.title.ru: REQUIRED', 'input.body.fa: REQUIRED']);
    const tooLong = await refused({ title: { en: 'x'.repeat(201) }, body: { en: 'y'.repeat(10_001) } });
    expect(problems(tooLong)).toEqual(['input.title.en: TOO_LONG', 'input.body.en: TOO_LONG']);
    expect(tooLong.errors?.[0]?.extensions?.fields).toMatchObject([
      { problem: { params: { max: 200 } } },
      { problem: { params: { max: 10_000 } } },
    ]);
    expect(
      problems(await refused(post({ en: 'Window' }, { publishAt: at(hour), expiresAt: at(hour) }))),
    ).toEqual(['input.expiresAt: NEWS_EXPIRES_BEFORE_PUBLISH']);
    expect(problems(await refused(post({ en: 'Past' }, { expiresAt: at(-hour) })))).toEqual([
      'input.expiresAt: NEWS_EXPIRES_BEFORE_PUBLISH',
    ]);
    expect(
      problems(await refused(post({ en: 'Segment' }, { segmentId: '00000000-0000-4000-8000-000000000000' }))),
    ).toEqual(['input.segmentId: SEGMENT_NOT_FOUND']);
  });

  it('publishes now by default, keeps drafts, and lists by status', async () => {
    const live = await create(ws, post({ en: 'Live now' }));
    expect(live).toMatchObject({ status: 'LIVE', pinned: false, readCount: 0, segmentId: null });
    expect(Date.parse(live.publishAt)).toBeLessThanOrEqual(Date.now());
    const draft = await create(ws, post({ en: 'Draft' }, { draft: true, publishAt: at(-hour) }));
    expect(draft).toMatchObject({ status: 'DRAFT', publishAt: null });
    const scheduled = await create(ws, post({ en: 'Scheduled' }, { publishAt: at(hour) }));
    expect(scheduled.status).toBe('SCHEDULED');
    const expired = await create(
      ws,
      post({ en: 'Expired' }, { publishAt: at(-2 * hour), expiresAt: at(-hour) }),
    );
    expect(expired.status).toBe('EXPIRED');
    for (const [status, id] of [
      ['DRAFT', draft.id],
      ['SCHEDULED', scheduled.id],
      ['LIVE', live.id],
      ['EXPIRED', expired.id],
    ]) {
      const { newsPosts } = await ws.as.ANALYST.requestOk(LIST, { status });
      expect(newsPosts.items.map((p: { id: string }) => p.id)).toContain(id);
      expect(newsPosts.items.every((p: { status: string }) => p.status === status)).toBe(true);
    }
    // Publishing the draft later: publishAt left out is now; a published one keeps its moment on edits.
    const published = (await ws.as.MANAGER.requestOk(UPDATE, { id: draft.id, input: post({ en: 'Draft' }) }))
      .updateNewsPost;
    expect(published.status).toBe('LIVE');
    const edited = (
      await ws.as.MANAGER.requestOk(UPDATE, {
        id: live.id,
        input: post({ en: 'Live now!' }, { pinned: true }),
      })
    ).updateNewsPost;
    expect(edited).toMatchObject({ publishAt: live.publishAt, pinned: true, title: { en: 'Live now!' } });
    for (const id of [live.id, draft.id, scheduled.id, expired.id])
      await ws.as.MANAGER.requestOk(DELETE, { id });
    expect(
      (await ws.as.MANAGER.request(GET, { id: live.id })).errors?.[0]?.extensions?.problem,
    ).toMatchObject({
      code: 'NEWS_NOT_FOUND',
    });
  });

  it('lets managers write and analysts read; operators and customers get nothing', async () => {
    expect(problems(await ws.as.ANALYST.request(CREATE, { input: post({ en: 'No' }) }))).toBe('FORBIDDEN');
    expect(problems(await ws.as.OPERATOR.request(LIST, {}))).toBe('FORBIDDEN');
    const customer = await member(ws);
    expect(problems(await customer.client.request(LIST, {}))).toBe('UNAUTHENTICATED');
    expect(problems(await customer.client.request(CREATE, { input: post({ en: 'No' }) }))).toBe(
      'UNAUTHENTICATED',
    );
    // …and staff have no news of their own to read.
    expect(problems(await ws.as.MANAGER.request(MY_NEWS, {}))).toBe('UNAUTHENTICATED');
    expect(problems(await ws.as.MANAGER.request(UNREAD))).toBe('UNAUTHENTICATED');
  });

  it('writes NEWS_CREATED, NEWS_UPDATED and NEWS_DELETED to the audit log', async () => {
    const p = await create(ws, post({ fa: 'خبر بازرسی' }));
    await ws.as.MANAGER.requestOk(UPDATE, { id: p.id, input: post({ fa: 'خبر بازرسی' }, { pinned: true }) });
    await ws.as.MANAGER.requestOk(DELETE, { id: p.id });
    const { auditEvents } = await ws.as.ADMIN.requestOk(AUDIT, {
      types: ['NEWS_CREATED', 'NEWS_UPDATED', 'NEWS_DELETED'],
    });
    const mine = auditEvents.edges
      .map((e: { node: { type: string; subject: string; details: { id: string } } }) => e.node)
      .filter((e: { details: { id: string } }) => e.details.id === p.id);
    expect(mine.map((e: { type: string }) => e.type)).toEqual([
      'NEWS_DELETED',
      'NEWS_UPDATED',
      'NEWS_CREATED',
    ]);
    expect(mine[0].subject).toBe('خبر بازرسی');
    expect(mine[1].details).toMatchObject({ from: { pinned: false }, to: { pinned: true } });
  });
});

describe('news: customers read them', () => {
  it('shows live posts only, for everyone or the segment’s members, pinned first then newest, page by page', async () => {
    const w = await server.workspace();
    const { createSegment } = await w.as.MANAGER.requestOk(SEGMENT, {
      input: {
        name: 'Moscow',
        shared: false,
        filter: { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'Moscow' }] },
      },
    });
    const moscow = await member(w, { city: 'Moscow' });
    const tehran = await member(w, { city: 'Tehran' });
    await create(w, post({ en: 'Old' }, { publishAt: at(-3 * hour) }));
    await create(w, post({ en: 'Pinned' }, { publishAt: at(-5 * hour), pinned: true }));
    await create(w, post({ en: 'For Moscow' }, { publishAt: at(-2 * hour), segmentId: createSegment.id }));
    await create(w, post({ en: 'New' }, { publishAt: at(-hour) }));
    await create(w, post({ en: 'Draft' }, { draft: true }));
    await create(w, post({ en: 'Later' }, { publishAt: at(hour) }));
    await create(w, post({ en: 'Gone' }, { publishAt: at(-3 * hour), expiresAt: at(-hour) }));
    expect(await titles(moscow.client)).toEqual(['Pinned', 'New', 'For Moscow', 'Old']);
    expect(await titles(tehran.client)).toEqual(['Pinned', 'New', 'Old']);
    // The segment's owner chose it privately; the post still reaches its members, as the owner sees them.
    const first = (await moscow.client.requestOk(MY_NEWS, { first: 3 })).myNews;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await moscow.client.requestOk(MY_NEWS, { first: 3, after: first.pageInfo.endCursor }))
      .myNews;
    expect(rest.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Old']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(problems(await moscow.client.request(MY_NEWS, { after: 'nonsense' }))).toEqual([
      'after: CURSOR_INVALID',
    ]);
    // A post the customer may not read (another segment's, a draft) cannot be marked either.
    const { newsPosts } = await w.as.MANAGER.requestOk(LIST, { status: 'LIVE' });
    const segmented = newsPosts.items.find((p: { id: string; segmentId: string | null }) => p.segmentId);
    expect(problems(await tehran.client.request(MARK, { id: segmented.id }))).toBe('NEWS_NOT_FOUND');
    const hidden = (await w.as.MANAGER.requestOk(LIST, { status: 'DRAFT' })).newsPosts.items[0].id;
    expect(problems(await tehran.client.request(MARK, { id: hidden }))).toBe('NEWS_NOT_FOUND');
    // Staff see the segment's name only when they may see the segment: not another's private one.
    const AUDIENCE = `query($id: ID!) { newsPost(id: $id) { segmentName segmentPrivate } }`;
    expect((await w.as.MANAGER.requestOk(AUDIENCE, { id: segmented.id })).newsPost).toEqual({
      segmentName: 'Moscow',
      segmentPrivate: false,
    });
    expect((await w.as.ANALYST.requestOk(AUDIENCE, { id: segmented.id })).newsPost).toEqual({
      segmentName: null,
      segmentPrivate: true,
    });
  });

  it('speaks the customer’s language, else another written one', async () => {
    const w = await server.workspace();
    await create(w, post({ fa: 'فقط فارسی' }, { publishAt: at(-2 * hour) }));
    await create(
      w,
      post({ en: 'Three languages', ru: 'Три языка', fa: 'سه زبان' }, { publishAt: at(-hour) }),
    );
    const russian = await member(w, { language: 'ru' });
    const items = (await russian.client.requestOk(MY_NEWS, {})).myNews.edges.map(
      (e: { node: object }) => e.node,
    );
    expect(items).toMatchObject([
      { language: 'RU', title: 'Три языка', body: 'Три языка: the whole story' },
      { language: 'FA', title: 'فقط فارسی' },
    ]);
    expect(await titles(russian.client, 'EN')).toEqual(['Three languages', 'فقط فارسی']);
    expect(await titles(russian.client, 'FA')).toEqual(['سه زبان', 'فقط فارسی']);
    // No language of messages: English first.
    expect(await titles((await member(w)).client)).toEqual(['Three languages', 'فقط فارسی']);
  });

  it('counts unread posts, marks them read once, and tells staff how many read each', async () => {
    const w = await server.workspace();
    const a = await create(w, post({ en: 'A' }, { publishAt: at(-2 * hour) }));
    await create(w, post({ en: 'B' }, { publishAt: at(-hour) }));
    const reader = await member(w);
    expect((await reader.client.requestOk(UNREAD)).myUnreadNewsCount).toBe(2);
    expect(await reader.client.requestOk(MARK, { id: a.id })).toEqual({ markMyNewsRead: true });
    expect(await reader.client.requestOk(MARK, { id: a.id })).toEqual({ markMyNewsRead: true });
    expect((await reader.client.requestOk(UNREAD)).myUnreadNewsCount).toBe(1);
    const read = (await reader.client.requestOk(MY_NEWS, {})).myNews.edges.map(
      (e: { node: { title: string; read: boolean } }) => [e.node.title, e.node.read],
    );
    expect(read).toEqual([
      ['B', false],
      ['A', true],
    ]);
    expect((await w.as.ANALYST.requestOk(GET, { id: a.id })).newsPost.readCount).toBe(1);
    expect(problems(await reader.client.request(MARK, { id: 'not-an-id' }))).toBe('NEWS_NOT_FOUND');

    // Erasing the customer deletes what they read.
    await w.as.ADMIN.requestOk(ERASE, { id: reader.id });
    expect((await w.as.ANALYST.requestOk(GET, { id: a.id })).newsPost.readCount).toBe(0);
    const [marks] = await server.app.services.sql.query<{ n: number }>(
      'select count(*)::int as n from news_read where workspace_id = ? and customer_id = ?',
      [w.id, reader.id],
    );
    expect(marks?.n).toBe(0);
  });

  it('keeps each workspace’s news to itself', async () => {
    const mine = await create(ws, post({ en: 'Only ours' }));
    const theirs = await member(other);
    expect(await titles(theirs.client)).not.toContain('Only ours');
    expect(problems(await theirs.client.request(MARK, { id: mine.id }))).toBe('NEWS_NOT_FOUND');
    for (const [query, variables] of [
      [GET, { id: mine.id }],
      [UPDATE, { id: mine.id, input: post({ en: 'Taken' }) }],
      [DELETE, { id: mine.id }],
    ] as const)
      expect(problems(await other.as.ADMIN.request(query, variables))).toBe('NEWS_NOT_FOUND');
    expect((await other.as.ADMIN.requestOk(LIST, {})).newsPosts.totalCount).toBe(0);
    expect((await ws.as.MANAGER.requestOk(GET, { id: mine.id })).newsPost.title.en).toBe('Only ours');
  });
});
