import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { holdTransaction } from '../../testing/held-transaction.js';

const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id mainCustomerId } }`;
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';
const RECORD = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const REFER = 'mutation($input: RecordReferralInput!) { recordReferral(input: $input) { customerId } }';
const CREATE_TAG = 'mutation($input: TagInput!) { createTag(input: $input) { id } }';
const SET_TAGS =
  'mutation($id: ID!, $tagIds: [ID!]!) { setCustomerTags(customerId: $id, tagIds: $tagIds) { id } }';
const CREATE_GROUP = 'mutation($input: CustomerGroupInput!) { createGroup(input: $input) { id } }';
const ADD_TO_GROUP = `mutation($g: ID!, $s: GroupMemberSelection!) { addCustomersToGroup(groupId: $g, selection: $s) { changed } }`;
const MERGE = `mutation($main: ID!, $merged: ID!) { mergeCustomers(mainCustomerId: $main, mergedCustomerId: $merged) {
  id mainCustomerId mergedCustomerId moved { purchases history tags groups referrals children balances { currency amount } } } }`;
const UNMERGE = 'mutation($id: ID!) { unmergeCustomer(customerId: $id) { id } }';
const PREVIEW = `query($main: ID!, $merged: ID!) { mergePreview(mainCustomerId: $main, mergedCustomerId: $merged) {
  purchases tags groups referrals balances { currency amount } } }`;
const CANDIDATES = `query($first: Int, $offset: Int) { duplicateCandidates(first: $first, offset: $offset) {
  totalCount refreshedAt counts { reason count } groups { reason key score customers { id } } } }`;
const DELETE = 'mutation($id: ID!) { deleteCustomer(id: $id) }';
const CARD = `query($id: ID!) { customer(id: $id) { id mainCustomerId tags { name } groups { name }
  balances { currency { key } amount }
  sources { customerId source subSource first child } childProfiles { id }
  merge { id mainCustomerId undoUntil }
  history(first: 100) { edges { node { type } } } } }`;
const LIST = `query($search: [String!]) { customers(first: 50, search: $search) { edges { node { id } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let n = 0;
const key = (p = 'k') => `${p}-${++n}-${Date.now()}`;

const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);

async function customer(attributes: Record<string, unknown>, onDuplicate?: string) {
  return (await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes, onDuplicate } })).createCustomer as {
    id: string;
    mainCustomerId: string | null;
  };
}
async function give(customerId: string, currency: string, amount: number, expiresAt?: string) {
  await ws.as.OPERATOR.requestOk(ADJUST, {
    input: { customerId, currency, amount, expiresAt, idempotencyKey: key('adj') },
  });
}
async function buy(customerId: string, amount: number) {
  await ws.as.OPERATOR.requestOk(RECORD, {
    input: {
      customerId,
      amount,
      paymentStatus: 'PAID',
      purchasedAt: '2026-11-16T12:00:00.000Z',
      idempotencyKey: key('p'),
    },
  });
}
async function card(id: string) {
  return (await ws.as.MANAGER.requestOk(CARD, { id })).customer;
}
/** Everything a merge may touch, read straight from the tables. */
async function state(id: string) {
  const [c] = await sql<{ tags: string[]; deleted_at: Date | null; main_customer_id: string | null }>(
    'select tags::text[] as tags, deleted_at, main_customer_id from customer where id = ?',
    [id],
  );
  const rows = async (q: string) => (await sql<{ v: unknown }>(q, [id])).map((r) => r.v);
  return {
    customer: c,
    balances:
      await rows(`select c.key || '=' || b.amount as v from balance b join currency c on c.id = b.currency_id
      where b.customer_id = ? and b.amount <> 0 order by 1`),
    purchases: await rows('select id as v from purchase where customer_id = ? order by id'),
    stats: await rows(`select total || '/' || count as v from customer_purchase_stats where customer_id = ?`),
    groups: await rows('select group_id as v from customer_group_member where customer_id = ? order by 1'),
    referredBy: await rows('select referrer_id as v from referral where customer_id = ?'),
    referred: await rows('select customer_id as v from referral where referrer_id = ? order by 1'),
    history: await rows(`select id as v from history_event where customer_id = ? and type not in
      ('CUSTOMER_MERGED', 'CUSTOMER_MERGED_INTO', 'CUSTOMER_UNMERGED', 'BALANCE_CHANGED', 'TIER_CHANGED') order by id`),
  };
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

describe('child profiles', () => {
  it('a profile with a live customer’s mobile is refused by default and attached as a child on request', async () => {
    const main = await customer({ firstName: 'Maryam', mobile: '+989121110001', source: 'loyalty' });
    const refused = await ws.as.OPERATOR.request(CREATE, {
      input: { attributes: { firstName: 'Maryam T', mobile: '+989121110001' } },
    });
    expect(refused.errors?.[0]?.extensions?.fields).toMatchObject([{ problem: { code: 'VALUE_TAKEN' } }]);

    const child = await customer(
      { firstName: 'Maryam T', mobile: '+98 912 111 0001', source: 'ticketing', subSource: 'Derby 2026' },
      'ATTACH_AS_CHILD',
    );
    expect(child.mainCustomerId).toBe(main.id);
    const byEmail = await customer(
      { firstName: 'M.', email: 'Maryam@Example.com', source: 'survey' },
      'ATTACH_AS_CHILD',
    );
    expect(byEmail.mainCustomerId).toBeNull(); // nobody has that email yet: a new main profile
    const second = await customer({ email: 'maryam@example.com', source: 'website' }, 'ATTACH_AS_CHILD');
    expect(second.mainCustomerId).toBe(byEmail.id);

    const c = await card(main.id);
    expect(c.childProfiles.map((p: { id: string }) => p.id)).toEqual([child.id]);
    expect(c.sources).toMatchObject([
      { customerId: main.id, source: 'loyalty', first: true, child: false },
      { customerId: child.id, source: 'ticketing', subSource: 'Derby 2026', first: false, child: true },
    ]);
    expect(c.history.edges.map((e: { node: { type: string } }) => e.node.type)).toContain(
      'CUSTOMER_PROFILE_ATTACHED',
    );
    // A child is not a customer of its own: the list and its search find only the main.
    const list = await ws.as.MANAGER.requestOk(LIST, { search: ['Maryam'] });
    const found = list.customers.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(found).toContain(main.id);
    expect(found).not.toContain(child.id);
    expect(found).not.toContain(second.id);
    expect((await card(child.id)).mainCustomerId).toBe(main.id);
  });
});

describe('duplicate candidates', () => {
  type Group = { reason: string; key: string; customers: { id: string }[] };
  const pairsOf = (groups: Group[]) =>
    groups.map((g) => ({ reason: g.reason, key: g.key, ids: g.customers.map((x) => x.id).sort() }));
  /** What the `duplicates.refresh` job runs, without its minute of quiet. */
  const refresh = () => server.app.services.duplicateCandidates.refreshDue(0);

  it('ranks shared emails first, then similar names with the same birth date; unrelated people are not offered', async () => {
    const before = await ws.as.MANAGER.requestOk(CANDIDATES, { first: 10 });
    expect(before.duplicateCandidates).toMatchObject({ totalCount: 0, refreshedAt: null });

    const a = await customer({ firstName: 'Reza', lastName: 'Ahmadi', email: 'reza@dup.test' });
    const b = await customer({ firstName: 'Reza2', email: 'reza@dup.test' });
    const c = await customer({ firstName: 'Alexander', lastName: 'Petrov', birthDate: '1990-04-02' });
    const d = await customer({ firstName: 'Alexandr', lastName: 'Petrov', birthDate: '1990-04-02' });
    await customer({ firstName: 'Boris', lastName: 'Petrov', birthDate: '1990-04-02' }); // same date, other name
    await customer({ firstName: 'Alexander', lastName: 'Petrov', birthDate: '1991-04-02' }); // other date
    // Stored, not computed per request: nothing is offered until the job has run.
    expect((await ws.as.MANAGER.requestOk(CANDIDATES, { first: 10 })).duplicateCandidates.totalCount).toBe(0);
    expect(await refresh()).toBeGreaterThanOrEqual(1);

    const { duplicateCandidates: page } = await ws.as.MANAGER.requestOk(CANDIDATES, { first: 10 });
    expect(page.refreshedAt).not.toBeNull();
    const groups = pairsOf(page.groups);
    const emailAt = groups.findIndex((g) => g.key === 'reza@dup.test');
    const nameAt = groups.findIndex((g) => g.reason === 'NAME_BIRTH_DATE');
    expect(groups[emailAt]?.ids).toEqual([a.id, b.id].sort());
    expect(groups[nameAt]).toEqual({
      reason: 'NAME_BIRTH_DATE',
      key: '1990-04-02',
      ids: [c.id, d.id].sort(),
    });
    expect(emailAt).toBeLessThan(nameAt);
    expect(groups.filter((g) => g.reason === 'NAME_BIRTH_DATE')).toHaveLength(1);
    expect(page.counts).toEqual([
      { reason: 'EMAIL', count: 1 },
      { reason: 'NAME_BIRTH_DATE', count: 1 },
    ]);
    expect(page.totalCount).toBe(2);
    const second = await ws.as.MANAGER.requestOk(CANDIDATES, { first: 1, offset: 1 });
    expect(pairsOf(second.duplicateCandidates.groups)).toEqual([groups[1]]);
    expect(second.duplicateCandidates.totalCount).toBe(2);

    // Nothing changed since: the job leaves the workspace alone.
    expect(await refresh()).toBe(0);

    // 21 customers sharing a birth date and first name are an import's placeholder, not one person.
    for (let i = 0; i < 21; i++)
      await customer({ firstName: 'Placeholder', lastName: `P${i}`, birthDate: '1970-01-01' });
    await refresh();
    const after = await ws.as.MANAGER.requestOk(CANDIDATES, { first: 50 });
    expect(after.duplicateCandidates.groups.filter((g: Group) => g.key === '1970-01-01')).toEqual([]);
    expect(after.duplicateCandidates.totalCount).toBe(2);
  });

  it('drops a pair once merged or once either customer is gone, and shows no other workspace’s pairs', async () => {
    const a = await customer({ firstName: 'Maryam', lastName: 'Karimi', email: 'maryam@dup.test' });
    const b = await customer({ firstName: 'Maryam', lastName: 'K', email: 'maryam@dup.test' });
    await customer({ firstName: 'Olga', lastName: 'Ivanova', email: 'olga@dup.test' });
    const d = await customer({ firstName: 'Olga', lastName: 'I', email: 'olga@dup.test' });
    const other = await server.workspace();
    for (const name of ['Ivan', 'Ivan'])
      await other.as.OPERATOR.requestOk(CREATE, {
        input: { attributes: { firstName: name, email: 'ivan@other.test' } },
      });
    await refresh();
    const keys = async (client = ws.as.MANAGER) =>
      (await client.requestOk(CANDIDATES, { first: 100 })).duplicateCandidates.groups.map(
        (g: Group) => g.key,
      );
    expect(await keys()).toEqual(expect.arrayContaining(['maryam@dup.test', 'olga@dup.test']));
    expect(await keys()).not.toContain('ivan@other.test');
    expect(await keys(other.as.MANAGER)).toEqual(['ivan@other.test']);

    await ws.as.MANAGER.requestOk(MERGE, { main: a.id, merged: b.id });
    expect(await keys()).not.toContain('maryam@dup.test');
    await ws.as.MANAGER.requestOk(DELETE, { id: d.id });
    const page = (await ws.as.MANAGER.requestOk(CANDIDATES, { first: 100 })).duplicateCandidates;
    expect(page.groups.map((g: Group) => g.key)).not.toContain('olga@dup.test');
    expect(page.totalCount).toBe(page.groups.length);
    // And the next refresh (another change, or the daily one) leaves nothing of them in the table.
    await customer({ firstName: 'Someone', lastName: 'Else' });
    await refresh();
    for (const gone of [b.id, d.id]) {
      const [left] = await sql<{ n: string }>(
        'select count(*) as n from duplicate_candidate where workspace_id = ? and ? in (customer_a, customer_b)',
        [ws.id, gone],
      );
      expect(Number(left?.n)).toBe(0);
    }
  });

  it('finds the pairs without a transaction id, so outbox deliveries never wait for a refresh', async () => {
    const pool = server.app.services.sql;
    // A moment in which the refresh's reading is slow: the customer table is locked.
    const held = await holdTransaction(pool, 'lock table customer in access exclusive mode');
    const refreshing = server.app.services.duplicateCandidates.refresh(ws.id);
    try {
      const waiting = async () =>
        (
          await pool.query<{ xid: string | null }>(
            `select backend_xid::text as xid from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock' and query like '%updated_at%'`,
            [],
          )
        )[0];
      let seen: { xid: string | null } | undefined;
      for (let i = 0; i < 100 && !seen; i++) {
        seen = await waiting();
        if (!seen) await new Promise((r) => setTimeout(r, 20));
      }
      expect(seen).toEqual({ xid: null });
    } finally {
      await held.release();
    }
    expect((await refreshing).pairs).toBeGreaterThan(0);
  });
});

describe('merge and unmerge', () => {
  it('moves balances, purchases, tags, groups, referrals and history, and unmerge restores both exactly', async () => {
    const main = await customer({ firstName: 'Sara', mobile: '+989121110101', email: 'sara@one.test' });
    const other = await customer({ firstName: 'Sarah', mobile: '+989121110102', email: 'sara@two.test' });
    const friend = await customer({ firstName: 'Friend' });
    const referrer = await customer({ firstName: 'Referrer' });
    await give(main.id, 'coins', 10);
    await give(other.id, 'coins', 25);
    await give(other.id, 'coins', 5, '2030-01-01T00:00:00.000Z');
    await give(other.id, 'credit', 12.34);
    await buy(main.id, 100);
    await buy(other.id, 40);
    await buy(other.id, 60);
    const vip = (
      await ws.as.MANAGER.requestOk(CREATE_TAG, { input: { name: 'VIP merge', color: '#AA8800' } })
    ).createTag.id;
    const fan = (
      await ws.as.MANAGER.requestOk(CREATE_TAG, { input: { name: 'Fan merge', color: '#0088AA' } })
    ).createTag.id;
    await ws.as.MANAGER.requestOk(SET_TAGS, { id: main.id, tagIds: [vip] });
    await ws.as.MANAGER.requestOk(SET_TAGS, { id: other.id, tagIds: [vip, fan] });
    const group = (await ws.as.ADMIN.requestOk(CREATE_GROUP, { input: { name: 'Merge club' } })).createGroup
      .id;
    await ws.as.MANAGER.requestOk(ADD_TO_GROUP, { g: group, s: { ids: [other.id] } });
    await ws.as.OPERATOR.requestOk(REFER, { input: { customerId: friend.id, referrerId: other.id } });
    await ws.as.OPERATOR.requestOk(REFER, { input: { customerId: other.id, referrerId: referrer.id } });
    const child = await customer({ firstName: 'Sarah again', email: 'sara@two.test' }, 'ATTACH_AS_CHILD');
    expect(child.mainCustomerId).toBe(other.id);

    const before = { main: await state(main.id), other: await state(other.id) };
    const preview = (await ws.as.MANAGER.requestOk(PREVIEW, { main: main.id, merged: other.id }))
      .mergePreview;
    expect(preview).toMatchObject({ purchases: 2, tags: 1, groups: 1, referrals: 1 });

    const merged = (await ws.as.MANAGER.requestOk(MERGE, { main: main.id, merged: other.id })).mergeCustomers;
    expect(merged.moved).toMatchObject({
      purchases: 2,
      tags: 1,
      groups: 1,
      referrals: 2,
      children: 1,
      balances: [
        { currency: 'coins', amount: 30 },
        { currency: 'credit', amount: 12.34 },
      ],
    });
    const after = { main: await state(main.id), other: await state(other.id) };
    expect(after.main.balances).toEqual(['coins=40', 'credit=1234']);
    expect(after.other.balances).toEqual([]);
    expect(after.main.purchases).toEqual([...before.main.purchases, ...before.other.purchases].sort());
    expect(after.main.stats).toEqual(['200.00/3']);
    expect(after.main.customer?.tags.sort()).toEqual([vip, fan].sort());
    expect(after.main.groups).toEqual([group]);
    expect(after.main.referred).toEqual([friend.id]);
    expect(after.main.referredBy).toEqual([referrer.id]);
    expect(after.main.history).toEqual(
      [...before.main.history, ...before.other.history].sort((x, y) => Number(x) - Number(y)),
    );
    expect(after.other.customer).toMatchObject({ main_customer_id: main.id });
    expect(after.other.customer?.deleted_at).not.toBeNull();
    // The expiring part keeps its date on the main.
    const [grant] = await sql<{ expires_at: Date }>(
      `select expires_at from ledger_grant where customer_id = ? and expires_at is not null and remaining > 0`,
      [main.id],
    );
    expect(new Date(grant?.expires_at as Date).toISOString()).toBe('2030-01-01T00:00:00.000Z');

    const mainCard = await card(main.id);
    const types = (c: { history: { edges: { node: { type: string } }[] } }) =>
      c.history.edges.map((e) => e.node.type);
    expect(types(mainCard)).toContain('CUSTOMER_MERGED');
    expect(mainCard.childProfiles.map((p: { id: string }) => p.id).sort()).toEqual(
      [other.id, child.id].sort(),
    );
    const otherCard = await card(other.id);
    expect(types(otherCard)).toContain('CUSTOMER_MERGED_INTO');
    expect(otherCard.merge).toMatchObject({ id: merged.id, mainCustomerId: main.id });

    // Merged profiles take part in no further merge.
    const again = await ws.as.MANAGER.request(MERGE, { main: main.id, merged: other.id });
    expect(again.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'MERGE_ALREADY_MERGED' });

    await ws.as.MANAGER.requestOk(UNMERGE, { id: other.id });
    const restored = { main: await state(main.id), other: await state(other.id) };
    expect(restored).toEqual(before);
    expect(types(await card(other.id))).toContain('CUSTOMER_UNMERGED');
    expect(types(await card(main.id))).toContain('CUSTOMER_UNMERGED');
    const twice = await ws.as.MANAGER.request(UNMERGE, { id: other.id });
    expect(twice.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'MERGE_NOT_FOUND' });
  });

  it('keeps every currency total to the unit through merge and unmerge (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.boolean(), fc.constantFrom('coins', 'credit'), fc.integer({ min: 1, max: 99_999 })),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        async (ops) => {
          const a = await customer({ firstName: `Prop A ${++n}` });
          const b = await customer({ firstName: `Prop B ${++n}` });
          for (const [toA, currency, minor] of ops)
            await give(toA ? a.id : b.id, currency, currency === 'coins' ? minor : minor / 100);
          const total = async () =>
            sql<{ key: string; sum: string }>(
              `select c.key, sum(b.amount)::text as sum from balance b join currency c on c.id = b.currency_id
                where b.customer_id in (?, ?) group by c.key order by c.key`,
              [a.id, b.id],
            );
          const beforeA = await state(a.id);
          const beforeB = await state(b.id);
          const totals = await total();
          await ws.as.MANAGER.requestOk(MERGE, { main: a.id, merged: b.id });
          expect(await total()).toEqual(totals);
          expect((await state(b.id)).balances).toEqual([]);
          await ws.as.MANAGER.requestOk(UNMERGE, { id: b.id });
          expect(await state(a.id)).toEqual(beforeA);
          expect(await state(b.id)).toEqual(beforeB);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('refuses merging into itself, an unknown or another workspace’s customer, and an unmerge after 30 days', async () => {
    const a = await customer({ firstName: 'Solo' });
    const b = await customer({ firstName: 'Duo' });
    const self = await ws.as.MANAGER.request(MERGE, { main: a.id, merged: a.id });
    expect(self.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'MERGE_INTO_ITSELF' });

    const elsewhere = await server.workspace();
    const stranger = (
      await elsewhere.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Stranger' } } })
    ).createCustomer.id;
    for (const [main, merged] of [
      [a.id, stranger],
      [stranger, a.id],
    ]) {
      const attack = await ws.as.MANAGER.request(MERGE, { main, merged });
      expect(attack.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
    }
    expect(
      (await sql('select 1 from customer_merge where merged_id = ? or main_id = ?', [stranger, stranger]))
        .length,
    ).toBe(0);

    await ws.as.MANAGER.requestOk(MERGE, { main: a.id, merged: b.id });
    await sql(`update customer_merge set merged_at = now() - interval '31 days' where merged_id = ?`, [b.id]);
    const late = await ws.as.MANAGER.request(UNMERGE, { id: b.id });
    expect(late.errors?.[0]?.extensions?.problem).toMatchObject({
      code: 'UNMERGE_TOO_LATE',
      params: { days: 30 },
    });
  });

  it('is refused to roles without customers.merge (operators, analysts)', async () => {
    const a = await customer({ firstName: 'Guarded A' });
    const b = await customer({ firstName: 'Guarded B' });
    for (const role of ['OPERATOR', 'ANALYST'] as const) {
      const attack = await ws.as[role].request(MERGE, { main: a.id, merged: b.id });
      expect(attack.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const peek = await ws.as[role].request(CANDIDATES, {});
      expect(peek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await state(b.id)).customer?.main_customer_id).toBeNull();
  });
});
