import { defineModule } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id mainCustomerId } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`;
const ERASE = 'mutation($id: ID!) { eraseCustomer(id: $id) { customerId profiles historyEvents } }';
const DATA = 'query($id: ID!) { customerData(id: $id) }';
const CREATE_TAG = 'mutation($input: TagInput!) { createTag(input: $input) { id } }';
const SET_TAGS =
  'mutation($id: ID!, $tagIds: [ID!]!) { setCustomerTags(customerId: $id, tagIds: $tagIds) { id } }';
const PROGRAMME = 'mutation($input: ProgrammeInput!) { updateLoyaltyProgramme(input: $input) { timeZone } }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';
const RECORD = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const RETURN = 'mutation($input: ReturnPurchaseInput!) { returnPurchase(input: $input) { id } }';
const MERGE = `mutation($main: ID!, $merged: ID!) {
  mergeCustomers(mainCustomerId: $main, mergedCustomerId: $merged) { id } }`;
const CARD = `query($id: ID!) { customer(id: $id) {
  status attributes displayName
  balances { currency { key } amount }
  purchaseSummary { total count }
  history(first: 100) { edges { node { type changes { key oldValue newValue erased } } } } } }`;
const SEARCH =
  'query($search: [String!]) { customers(search: $search, first: 10) { edges { node { id } } } }';

const NAME = 'Zahra';
const SURNAME = 'Ahmadi-Erasable';
const MOBILE = '+989121234567';
const EMAIL = 'zahra.erasable@example.com';

/** A module of another helper's kind (notes, consents): it erases its share, or refuses for a test. */
const hookCalls: string[][] = [];
let failHook = false;
const notesLike = defineModule({
  name: 'erase-test-hook',
  needs: ['erasure'],
  onStart: async ({ erasure }) => {
    erasure.onErase('erase-test-hook', async (run, workspaceId, ids) => {
      await run('select 1 from customer where workspace_id = ? and id = any(?::uuid[]) for update', [
        workspaceId,
        ids,
      ]);
      hookCalls.push([...ids]);
      if (failHook) throw new Error('the notes could not be erased');
    });
  },
});

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let n = 0;

async function customer(attributes: Record<string, unknown>, onDuplicate = 'REFUSE') {
  return (await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes, onDuplicate } })).createCustomer;
}
const problem = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors?.[0]?.extensions?.problem as { code?: string } | undefined)?.code;

async function sql<T>(text: string, params: unknown[]): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(text, params);
}

// The ORM spreads a JS array into a list of parameters: pass PostgreSQL's array literal instead.
const pgArray = (ids: string[]) => `{${ids.join(',')}}`;

/** Anything left of the personal values in the rows kept about the customer (and in the outbox). */
async function leftovers(ids: string[]): Promise<string[]> {
  const rows = await sql<{ text: string }>(
    `select attributes::text || folded::text || search_text as text from customer where id = any(?::uuid[])
     union all select changes::text from history_event where customer_id = any(?::uuid[])
     union all select payload::text from outbox_event where payload->>'customerId' = any(?::text[])
     union all select details::text || coalesce(subject, '') from audit_event where workspace_id = ?`,
    [pgArray(ids), pgArray(ids), pgArray(ids), ws.id],
  );
  const values = [NAME, SURNAME, MOBILE, EMAIL, MOBILE.slice(3)].map((v) => v.toLowerCase());
  return rows.flatMap((r) => values.filter((v) => r.text.toLowerCase().includes(v)));
}

beforeAll(async () => {
  server = await startTestServer({ plugins: [notesLike] });
  ws = await server.workspace();
  other = await server.workspace();
  await ws.as.ADMIN.requestOk(PROGRAMME, {
    input: { timeZone: 'UTC', rules: { pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }] } },
  });
});
afterAll(async () => server?.close());

describe('erasing a customer', () => {
  let id: string;
  let childId: string;
  let purchaseId: string;
  let before: { balances: unknown; purchaseSummary: unknown };

  beforeAll(async () => {
    ({ id } = await customer({ firstName: NAME, lastName: 'Ahmadi', mobile: MOBILE, email: EMAIL }));
    await ws.as.OPERATOR.requestOk(UPDATE, { id, input: { attributes: { lastName: SURNAME } } });
    // The same mobile arriving again becomes a child profile: it holds the same personal data.
    const child = await customer({ firstName: NAME, mobile: MOBILE }, 'ATTACH_AS_CHILD');
    childId = child.id;
    expect(child.mainCustomerId).toBe(id);
    const { createTag } = await ws.as.MANAGER.requestOk(CREATE_TAG, {
      input: { name: 'VIP', color: '#aa8800' },
    });
    await ws.as.MANAGER.requestOk(SET_TAGS, { id, tagIds: [createTag.id] });
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: id, currency: 'coins', amount: 25, reason: 'Welcome', idempotencyKey: `a-${++n}` },
    });
    const { recordPurchase } = await ws.as.OPERATOR.requestOk(RECORD, {
      input: {
        customerId: id,
        amount: 200,
        invoiceNumber: 'INV-9',
        paymentStatus: 'PAID',
        purchasedAt: '2026-11-16T12:00:00.000Z',
        idempotencyKey: `p-${++n}`,
      },
    });
    purchaseId = recordPurchase.id;
    await ws.as.OPERATOR.requestOk(RETURN, {
      input: { purchaseId, amount: 50, reason: 'Too big', idempotencyKey: `r-${++n}` },
    });
    before = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
  });

  it('gives the customer their data as one JSON document (right of access)', async () => {
    const { customerData } = await ws.as.ANALYST.requestOk(DATA, { id });
    expect(customerData.customer).toMatchObject({
      id,
      status: 'ACTIVE',
      tags: ['VIP'],
      attributes: { firstName: NAME, lastName: SURNAME, mobile: MOBILE, email: EMAIL },
    });
    expect(customerData.childProfiles).toEqual([
      expect.objectContaining({ id: childId, attributes: expect.objectContaining({ mobile: MOBILE }) }),
    ]);
    expect(customerData.balances).toEqual([expect.objectContaining({ currency: 'coins', amount: 40 })]);
    expect(customerData.ledger.map((o: { kind: string; amount: number }) => [o.kind, o.amount])).toEqual([
      ['ADJUSTMENT', 25],
      ['EARN', 20],
      ['RETURN', -5],
    ]);
    expect(customerData.purchases).toEqual([
      expect.objectContaining({
        id: purchaseId,
        amount: 200,
        returnedAmount: 50,
        returns: [expect.objectContaining({ amount: 50, reason: 'Too big' })],
      }),
    ]);
    expect(customerData.history.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining([
        'CUSTOMER_CREATED',
        'CUSTOMER_UPDATED',
        'CUSTOMER_TAGGED',
        'PURCHASE_RETURNED',
      ]),
    );
  });

  it('gives the data only to a role that may read loyalty data and export', async () => {
    // Operators read customers and balances but do not export.
    const refused = await ws.as.OPERATOR.request(DATA, { id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await other.as.ADMIN.request(DATA, { id });
    expect(problem(stranger)).toBe('CUSTOMER_NOT_FOUND');
  });

  it('is for admins only by default, and another workspace cannot erase', async () => {
    const manager = await ws.as.MANAGER.request(ERASE, { id });
    expect(manager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await other.as.ADMIN.request(ERASE, { id });
    expect(problem(stranger)).toBe('CUSTOMER_NOT_FOUND');
    expect((await ws.as.ANALYST.requestOk(CARD, { id })).customer.attributes.mobile).toBe(MOBILE);
  });

  it('writes nothing when a module cannot erase its share', async () => {
    failHook = true;
    const failed = await ws.as.ADMIN.request(ERASE, { id });
    failHook = false;
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const card = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
    expect(card).toMatchObject({ status: 'ACTIVE', attributes: { mobile: MOBILE } });
    expect(await leftovers([id])).not.toEqual([]);
  });

  it('erases the personal data everywhere and keeps the ledger and purchase totals', async () => {
    hookCalls.length = 0;
    const { eraseCustomer } = await ws.as.ADMIN.requestOk(ERASE, { id });
    expect(eraseCustomer).toMatchObject({ customerId: id, profiles: 2 });
    expect(eraseCustomer.historyEvents).toBeGreaterThan(4);
    expect(hookCalls).toEqual([[id, childId].sort()]);

    const card = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
    expect(card).toMatchObject({ status: 'ERASED', attributes: {} });
    expect(card.balances).toEqual(before.balances);
    expect(card.purchaseSummary).toEqual(before.purchaseSummary);
    const events = card.history.edges.map((e: { node: { type: string } }) => e.node);
    // The events stay, without the values: the update still says which attribute changed.
    expect(events[0]).toEqual({
      type: 'CUSTOMER_ERASED',
      changes: [{ key: 'status', oldValue: 'ACTIVE', newValue: 'ERASED', erased: false }],
    });
    const updated = events.find((e: { type: string }) => e.type === 'CUSTOMER_UPDATED');
    expect(updated.changes).toEqual([{ key: 'lastName', oldValue: null, newValue: null, erased: true }]);
    const returned = events.find((e: { type: string }) => e.type === 'PURCHASE_RETURNED');
    expect(returned.changes[0].newValue).toMatchObject({ id: purchaseId, returnedAmount: 50 });

    expect(await leftovers([id, childId])).toEqual([]);
    const audit = await sql<{ subject: string; details: unknown }>(
      `select subject, details from audit_event where workspace_id = ? and type = 'CUSTOMER_ERASED'`,
      [ws.id],
    );
    expect(audit).toEqual([
      { subject: id, details: { profiles: 2, historyEvents: eraseCustomer.historyEvents } },
    ]);
  });

  it('finds nothing by the old phone, name or email', async () => {
    for (const search of [[MOBILE], [MOBILE.slice(4)], [SURNAME], [NAME], [EMAIL]]) {
      const { customers } = await ws.as.ANALYST.requestOk(SEARCH, { search });
      expect(customers.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    }
  });

  it('refuses to erase twice, to change or merge an erased customer, and to set ERASED by hand', async () => {
    expect(problem(await ws.as.ADMIN.request(ERASE, { id }))).toBe('CUSTOMER_ALREADY_ERASED');
    const change = await ws.as.OPERATOR.request(UPDATE, { id, input: { attributes: { firstName: 'Back' } } });
    expect(problem(change)).toBe('CUSTOMER_ERASED');
    const { id: live } = await customer({ firstName: 'Live' });
    expect(problem(await ws.as.ADMIN.request(MERGE, { main: live, merged: id }))).toBe('CUSTOMER_ERASED');
    expect(problem(await ws.as.ADMIN.request(MERGE, { main: id, merged: live }))).toBe('CUSTOMER_ERASED');
    const forged = await ws.as.OPERATOR.request(CREATE, {
      input: { attributes: { firstName: 'Fake' }, status: 'ERASED' },
    });
    expect(forged.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['input', 'status'], problem: { code: 'CUSTOMER_STATUS_RESERVED' } },
    ]);
  });
});
