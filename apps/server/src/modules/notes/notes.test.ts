import type { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const NOTE = 'id customerId authorId authorName body pinned mentions { staffId name }';
const ADD = `mutation($input: AddNoteInput!) { addNote(input: $input) { ${NOTE} } }`;
const EDIT = `mutation($id: ID!, $body: String!) { editNote(id: $id, input: { body: $body }) { ${NOTE} } }`;
const DELETE = 'mutation($id: ID!) { deleteNote(id: $id) }';
const PIN = `mutation($id: ID!, $pinned: Boolean!) { pinNote(id: $id, pinned: $pinned) { id pinned } }`;
const LIST = `query($id: ID!, $first: Int, $after: String) { customerNotes(customerId: $id, first: $first, after: $after) {
  totalCount edges { cursor node { ${NOTE} } } pageInfo { hasNextPage endCursor } } }`;
const BELL = `{ myNotifications(first: 50) { edges { node { kind params link } } } }`;
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [NOTE_ADDED, NOTE_EDITED, NOTE_DELETED]) {
  edges { node { type changes { key oldValue newValue } } } } } }`;
const MENTIONABLE = 'query($s: String!) { mentionableStaff(search: $s) { id name } }';

interface Note {
  id: string;
  body: string;
  pinned: boolean;
  authorName: string;
  mentions: { staffId: string; name: string }[];
}

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let customerId: string;
let otherCustomerId: string;
const id: Record<string, string> = {};
let outsiderId: string;

const mention = (role: string, name = 'someone') => `@[${name}](${id[role]})`;
const bell = async (client: GraphQLClient) =>
  (await client.requestOk(BELL)).myNotifications.edges.map(
    (e: { node: { kind: string; params: Record<string, unknown>; link: string } }) => e.node,
  );
const notes = async (client: GraphQLClient = ws.as.ANALYST): Promise<Note[]> =>
  (await client.requestOk(LIST, { id: customerId, first: 100 })).customerNotes.edges.map(
    (e: { node: Note }) => e.node,
  );
const problemOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.problem as { code: string } | undefined)?.code;
const newCustomer = async (client: GraphQLClient, firstName: string): Promise<string> =>
  (
    await client.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { attributes: { firstName, lastName: 'Ivanova' } } },
    )
  ).createCustomer.id;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
  for (const role of ['ADMIN', 'MANAGER', 'OPERATOR', 'ANALYST'] as const)
    id[role] = (await ws.as[role].requestOk('{ me { id } }')).me.id;
  outsiderId = (await other.as.MANAGER.requestOk('{ me { id } }')).me.id;
  customerId = await newCustomer(ws.as.OPERATOR, 'Maria');
  otherCustomerId = await newCustomer(other.as.OPERATOR, 'Olga');
});
afterAll(async () => server?.close());

describe('notes', () => {
  it('a note with a mention reaches the bell of the mentioned person only, and the history names it without its text', async () => {
    const { addNote } = await ws.as.OPERATOR.requestOk(ADD, {
      input: { customerId, body: `Called about the refund.\n${mention('MANAGER', 'Boss')} please call back` },
    });
    // The name in the token is the directory's, whatever the writer typed.
    expect(addNote).toMatchObject({
      authorName: 'OPERATOR person',
      authorId: id.OPERATOR,
      pinned: false,
      body: `Called about the refund.\n@[MANAGER person](${id.MANAGER}) please call back`,
      mentions: [{ staffId: id.MANAGER, name: 'MANAGER person' }],
    });
    expect(await bell(ws.as.MANAGER)).toEqual([
      {
        kind: 'note.mention',
        params: { by: 'OPERATOR person', customer: 'Maria Ivanova' },
        link: `#/customers/${customerId}/show/notes`,
      },
    ]);
    for (const role of ['ADMIN', 'OPERATOR', 'ANALYST'] as const) expect(await bell(ws.as[role])).toEqual([]);
    expect(await bell(other.as.MANAGER)).toEqual([]);

    const history = (await ws.as.ANALYST.requestOk(HISTORY, { id: customerId })).customer.history.edges;
    expect(history.map((e: { node: unknown }) => e.node)).toEqual([
      { type: 'NOTE_ADDED', changes: [{ key: 'note', oldValue: null, newValue: addNote.id }] },
    ]);
  });

  it('editing notifies only people newly mentioned; only the author edits', async () => {
    const { addNote } = await ws.as.OPERATOR.requestOk(ADD, {
      input: { customerId, body: `Ask ${mention('MANAGER')}` },
    });
    const managerBefore = (await bell(ws.as.MANAGER)).length;
    const { editNote } = await ws.as.OPERATOR.requestOk(EDIT, {
      id: addNote.id,
      body: `Ask ${mention('MANAGER')} and ${mention('ANALYST')}, and me ${mention('OPERATOR')}`,
    });
    expect(editNote.mentions.map((m: { staffId: string }) => m.staffId)).toEqual([
      id.MANAGER,
      id.ANALYST,
      id.OPERATOR,
    ]);
    expect((await bell(ws.as.MANAGER)).length).toBe(managerBefore);
    expect(await bell(ws.as.ANALYST)).toHaveLength(1);
    // Mentioning oneself rings no bell.
    expect(await bell(ws.as.OPERATOR)).toEqual([]);

    const attack = await ws.as.MANAGER.request(EDIT, { id: addNote.id, body: 'Rewritten by someone else' });
    expect(problemOf(attack)).toBe('NOTE_EDIT_NOT_AUTHOR');
    expect(attack.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const adminAttack = await ws.as.ADMIN.request(EDIT, { id: addNote.id, body: 'Admins do not rewrite' });
    expect(problemOf(adminAttack)).toBe('NOTE_EDIT_NOT_AUTHOR');
    expect((await notes()).find((n) => n.id === addNote.id)?.body).toBe(editNote.body);
  });

  it('the author deletes their own note; another writer cannot; an admin can, and the audit log keeps it', async () => {
    const own = (await ws.as.MANAGER.requestOk(ADD, { input: { customerId, body: 'Mine' } })).addNote;
    const theirs = (await ws.as.OPERATOR.requestOk(ADD, { input: { customerId, body: 'Rude remark' } }))
      .addNote;
    expect((await ws.as.MANAGER.requestOk(DELETE, { id: own.id })).deleteNote).toBe(own.id);
    const attack = await ws.as.MANAGER.request(DELETE, { id: theirs.id });
    expect(problemOf(attack)).toBe('NOTE_DELETE_NOT_AUTHOR');
    expect((await notes()).map((n) => n.id)).toContain(theirs.id);

    await ws.as.ADMIN.requestOk(DELETE, { id: theirs.id });
    const left = (await notes()).map((n) => n.id);
    expect(left).not.toContain(theirs.id);
    expect(left).not.toContain(own.id);
    const audit = await ws.as.ADMIN.requestOk(
      '{ auditEvents(first: 10, types: [NOTE_DELETED]) { edges { node { type subject details } } } }',
    );
    expect(audit.auditEvents.edges).toEqual([
      {
        node: {
          type: 'NOTE_DELETED',
          subject: customerId,
          details: { noteId: theirs.id, authorId: id.OPERATOR, authorName: 'OPERATOR person' },
        },
      },
    ]);
    const history = (await ws.as.ANALYST.requestOk(HISTORY, { id: customerId })).customer.history.edges;
    expect(history[0].node).toEqual({
      type: 'NOTE_DELETED',
      changes: [{ key: 'note', oldValue: theirs.id, newValue: null }],
    });
  });

  it('refuses bad notes with a code and writes nothing, not even the bell of a good mention', async () => {
    const before = await notes();
    const bellsBefore = (await bell(ws.as.MANAGER)).length;
    const historyLength = async () =>
      (await ws.as.ANALYST.requestOk(HISTORY, { id: customerId })).customer.history.edges.length;
    const historyBefore = await historyLength();
    const add = (body: string) => ws.as.OPERATOR.request(ADD, { input: { customerId, body } });
    const cases: [string, string][] = [
      [`${mention('MANAGER')} and an outsider @[Eve](${outsiderId})`, 'NOTE_MENTION_UNKNOWN'],
      [`${mention('MANAGER')} @[Ghost](0b6c1a8e-1b1e-4f3e-9c1a-2f0d5a9e7c11)`, 'NOTE_MENTION_UNKNOWN'],
      ['   \n\t \u200b ', 'NOTE_EMPTY'],
      ['', 'NOTE_EMPTY'],
      [`${mention('MANAGER')} ${'x'.repeat(10_000)}`, 'NOTE_TOO_LONG'],
      ['y'.repeat(500_000), 'NOTE_TOO_LONG'],
      [`${mention('MANAGER')} with a NUL \u0000 inside`, 'TEXT_UNSTORABLE'],
    ];
    for (const [body, code] of cases) {
      const res = await add(body);
      expect(problemOf(res), code).toBe(code);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const unknown = await add(`@[Eve](${outsiderId})`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      path: ['input', 'body'],
      problem: { code: 'NOTE_MENTION_UNKNOWN', params: { id: outsiderId } },
    });
    // Exactly 10,000 characters is a note.
    const full = await add('z'.repeat(10_000));
    expect(full.errors).toBeUndefined();
    await ws.as.OPERATOR.requestOk(DELETE, { id: full.data.addNote.id });

    // A body over the request limit never reaches GraphQL: a coded 413.
    const cookie = [...ws.as.OPERATOR.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const huge = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: ADD, variables: { input: { customerId, body: 'a'.repeat(1_100_000) } } }),
    });
    expect(huge.status).toBe(413);
    const refused = (await huge.json()) as { errors: { extensions?: Record<string, unknown> }[] };
    expect(problemOf(refused)).toBe('BODY_TOO_LARGE');

    const tooMany = Array.from(
      { length: 21 },
      (_, i) => `@[x](0b6c1a8e-1b1e-4f3e-9c1a-${String(i).padStart(12, '0')})`,
    );
    expect(problemOf(await add(tooMany.join(' ')))).toBe('NOTE_MENTIONS_TOO_MANY');

    // An edit with an outsider's mention leaves the note as it was.
    const note = before[0] as Note;
    const edit = await ws.as.OPERATOR.request(EDIT, { id: note.id, body: `@[Eve](${outsiderId})` });
    expect(problemOf(edit)).toBe('NOTE_MENTION_UNKNOWN');

    expect(await notes()).toEqual(before);
    expect((await bell(ws.as.MANAGER)).length).toBe(bellsBefore);
    // The 10,000-character note came and went: its two events are all history gained.
    expect(await historyLength()).toBe(historyBefore + 2);
  });

  it('keeps script and markup as the text it is', async () => {
    const body = '<script>alert(1)</script><img src=x onerror="alert(2)"> [a](javascript:alert(3))';
    const { addNote } = await ws.as.OPERATOR.requestOk(ADD, { input: { customerId, body } });
    expect(addNote.body).toBe(body);
    await ws.as.OPERATOR.requestOk(DELETE, { id: addNote.id });
  });

  it('lists pinned notes first, then newest first, page by page', async () => {
    const c = await newCustomer(ws.as.OPERATOR, 'Paged');
    const ids: string[] = [];
    for (const body of ['one', 'two', 'three', 'four'])
      ids.push((await ws.as.OPERATOR.requestOk(ADD, { input: { customerId: c, body } })).addNote.id);
    // The manager pins the operator's oldest note: pinning is the team's.
    expect((await ws.as.MANAGER.requestOk(PIN, { id: ids[0], pinned: true })).pinNote.pinned).toBe(true);
    const page = async (after?: string) =>
      (await ws.as.ANALYST.requestOk(LIST, { id: c, first: 3, after })).customerNotes;
    const first = await page();
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e: { node: Note }) => e.node.body)).toEqual(['one', 'four', 'three']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges.map((e: { node: Note }) => e.node.body)).toEqual(['two']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(problemOf(await ws.as.ANALYST.request(LIST, { id: c, after: 'nonsense' }))).toBe('CURSOR_INVALID');
    await ws.as.MANAGER.requestOk(PIN, { id: ids[0], pinned: false });
    expect((await page()).edges[0].node.body).toBe('four');
  });

  it('an analyst reads but does not write; the picker offers active staff of the workspace only', async () => {
    const denied = await ws.as.ANALYST.request(ADD, { input: { customerId, body: 'hi' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const all = (await ws.as.ANALYST.requestOk(MENTIONABLE, { s: '' })).mentionableStaff;
    expect(all.map((s: { id: string }) => s.id).sort()).toEqual(Object.values(id).sort());
    const some = (await ws.as.ANALYST.requestOk(MENTIONABLE, { s: 'manag' })).mentionableStaff;
    expect(some).toEqual([{ id: id.MANAGER, name: 'MANAGER person' }]);
    expect((await ws.as.ANALYST.requestOk(MENTIONABLE, { s: '%' })).mentionableStaff).toEqual([]);
  });

  it('another workspace can neither read, write nor touch these notes', async () => {
    const target = (await ws.as.OPERATOR.requestOk(ADD, { input: { customerId, body: 'Private' } })).addNote;
    const attacker = other.as.ADMIN;
    expect(problemOf(await attacker.request(LIST, { id: customerId }))).toBe('CUSTOMER_NOT_FOUND');
    expect(problemOf(await attacker.request(ADD, { input: { customerId, body: 'spam' } }))).toBe(
      'CUSTOMER_NOT_FOUND',
    );
    expect(problemOf(await attacker.request(EDIT, { id: target.id, body: 'hijacked' }))).toBe(
      'NOTE_NOT_FOUND',
    );
    expect(problemOf(await attacker.request(DELETE, { id: target.id }))).toBe('NOTE_NOT_FOUND');
    expect(problemOf(await attacker.request(PIN, { id: target.id, pinned: true }))).toBe('NOTE_NOT_FOUND');
    // Our staff writing on their customer, or mentioning their staff, fails the same way.
    expect(
      problemOf(await ws.as.OPERATOR.request(ADD, { input: { customerId: otherCustomerId, body: 'x' } })),
    ).toBe('CUSTOMER_NOT_FOUND');
    expect((await attacker.requestOk(MENTIONABLE, { s: '' })).mentionableStaff).not.toContainEqual(
      expect.objectContaining({ id: id.MANAGER }),
    );
    const mine = (await notes()).find((n) => n.id === target.id);
    expect(mine).toMatchObject({ body: 'Private', pinned: false });
    expect(await bell(attacker)).toEqual([]);
  });

  it('erasing the customer removes their notes with the rest of their personal data', async () => {
    const erased = await newCustomer(ws.as.OPERATOR, 'Erased');
    await ws.as.OPERATOR.requestOk(ADD, { input: { customerId: erased, body: 'Allergic to nuts' } });
    const count = async () =>
      (await ws.as.ANALYST.requestOk(LIST, { id: erased, first: 10 })).customerNotes.edges.length;
    expect(await count()).toBe(1);
    await ws.as.ADMIN.requestOk('mutation($id: ID!) { eraseCustomer(id: $id) { customerId } }', {
      id: erased,
    });
    expect(await count()).toBe(0);
  });
});
