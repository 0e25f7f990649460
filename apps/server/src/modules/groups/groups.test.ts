import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const CREATE_GROUP = `mutation($input: CustomerGroupInput!) { createGroup(input: $input) { id name description } }`;
const UPDATE_GROUP = `mutation($id: ID!, $input: CustomerGroupInput!) { updateGroup(id: $id, input: $input) { id name description } }`;
const ADD = `mutation($g: ID!, $s: GroupMemberSelection!) { addCustomersToGroup(groupId: $g, selection: $s) { changed } }`;
const REMOVE = `mutation($g: ID!, $s: GroupMemberSelection!) { removeCustomersFromGroup(groupId: $g, selection: $s) { changed } }`;
const GROUPS = '{ groups { id name description memberCount } }';
const CUSTOMER_GROUPS = 'query($id: ID!) { customer(id: $id) { groups { name } } }';
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [GROUPS_CHANGED]) {
  edges { node { actor { name } changes { key oldValue newValue } } } } } }`;
const BATCH_FIELDS = 'id status currency identifier expiresAt totalLines matched inactive applied';
const PREVIEW = `mutation($input: BalanceBatchInput!) { previewBalanceBatch(input: $input) { ${BATCH_FIELDS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmBalanceBatch(id: $id) { ${BATCH_FIELDS} } }`;
const BATCH = `query($id: ID!) { balanceBatch(id: $id) { ${BATCH_FIELDS} } }`;

let server: TestServer;
let ws: TestWorkspace;
const ids: Record<string, string> = {};
const groups: Record<string, string> = {};

const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);

async function groupsOf(customerId: string): Promise<string[]> {
  const { customer } = await ws.as.ANALYST.requestOk(CUSTOMER_GROUPS, { id: customerId });
  return customer.groups.map((g: { name: string }) => g.name);
}

async function groupHistory(customerId: string) {
  const { customer } = await ws.as.ANALYST.requestOk(HISTORY, { id: customerId });
  return customer.history.edges.map(
    (e: { node: { changes: { key: string; oldValue: unknown; newValue: unknown }[] } }) => e.node.changes,
  );
}

async function memberCounts(): Promise<Record<string, number>> {
  const { groups: list } = await ws.as.ANALYST.requestOk(GROUPS);
  return Object.fromEntries(list.map((g: { name: string; memberCount: number }) => [g.name, g.memberCount]));
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  const people = {
    arash: { firstName: 'Arash', city: 'Tehran' },
    bella: { firstName: 'Bella', city: 'Tehran' },
    chen: { firstName: 'Chen', city: 'Moscow' },
    dora: { firstName: 'Dora', city: 'Tehran' },
  };
  for (const [key, attributes] of Object.entries(people)) {
    ids[key] = (await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes } })).createCustomer.id;
  }
});
afterAll(async () => server?.close());

describe('groups', () => {
  it('are created, renamed and listed; names are unique; admins configure, analysts read', async () => {
    const denied = await ws.as.MANAGER.request(CREATE_GROUP, { input: { name: 'VIP' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await ws.as.ADMIN.request(CREATE_GROUP, {
      input: { name: '  ', description: 'x'.repeat(1001) },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'name'] });
    expect(
      ((bad.errors?.[0]?.extensions?.fields ?? []) as { path: string[] }[]).map((f) => f.path.join('.')),
    ).toEqual(['input.name', 'input.description']);

    groups.vip = (
      await ws.as.ADMIN.requestOk(CREATE_GROUP, {
        input: { name: ' VIP  clients ', description: 'Top spenders' },
      })
    ).createGroup.id;
    groups.alpha = (
      await ws.as.ADMIN.requestOk(CREATE_GROUP, { input: { name: 'Alpha testers' } })
    ).createGroup.id;
    const dup = await ws.as.ADMIN.request(CREATE_GROUP, { input: { name: 'vip CLIENTS' } });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'name'] });

    const renamed = await ws.as.ADMIN.requestOk(UPDATE_GROUP, {
      id: groups.vip,
      input: { name: 'VIP', description: 'Top spenders' },
    });
    expect(renamed.updateGroup).toEqual({ id: groups.vip, name: 'VIP', description: 'Top spenders' });
    const { groups: list } = await ws.as.ANALYST.requestOk(GROUPS);
    expect(list).toEqual([
      { id: groups.alpha, name: 'Alpha testers', description: '', memberCount: 0 },
      { id: groups.vip, name: 'VIP', description: 'Top spenders', memberCount: 0 },
    ]);
    const other = await server.workspace('Other club');
    expect((await other.as.ANALYST.requestOk(GROUPS)).groups).toEqual([]);
    const foreign = await other.as.ADMIN.request(UPDATE_GROUP, { id: groups.vip, input: { name: 'Mine' } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('take customers by id, each change in their history; adding twice changes nothing', async () => {
    const denied = await ws.as.ANALYST.request(ADD, { g: groups.vip, s: { ids: [ids.arash] } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const first = await ws.as.OPERATOR.requestOk(ADD, { g: groups.vip, s: { ids: [ids.arash, ids.bella] } });
    expect(first.addCustomersToGroup.changed).toBe(2);
    const again = await ws.as.OPERATOR.requestOk(ADD, { g: groups.vip, s: { ids: [ids.arash] } });
    expect(again.addCustomersToGroup.changed).toBe(0);
    await ws.as.OPERATOR.requestOk(ADD, { g: groups.alpha, s: { ids: [ids.arash] } });

    expect(await groupsOf(ids.arash as string)).toEqual(['Alpha testers', 'VIP']);
    expect(await groupsOf(ids.chen as string)).toEqual([]);
    expect(await groupHistory(ids.arash as string)).toEqual([
      [{ key: 'groups', oldValue: ['VIP'], newValue: ['Alpha testers', 'VIP'] }],
      [{ key: 'groups', oldValue: [], newValue: ['VIP'] }],
    ]);
    const { customer } = await ws.as.ANALYST.requestOk(HISTORY, { id: ids.bella });
    expect(customer.history.edges[0].node.actor.name).toBe('OPERATOR person');
    const [outbox] = (await sql<{ n: string }>(
      `select count(*) as n from outbox_event where type = 'customer.groupsChanged' and payload->>'customerId' = ?`,
      [ids.arash],
    )) as [{ n: string }];
    expect(Number(outbox.n)).toBe(2);
    expect(await memberCounts()).toEqual({ 'Alpha testers': 1, VIP: 2 });
  });

  it('refuse bad selections, naming the field', async () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ ids: [ids.arash, 'nope'] }, ['selection', 'ids', 1]],
      [{ ids: [] }, ['selection', 'ids']],
      [{ ids: Array.from({ length: 1001 }, () => randomUUID()) }, ['selection', 'ids']],
      [{ ids: [ids.arash], search: ['Arash'] }, ['selection']],
      [{}, ['selection']],
      [
        { filter: { op: 'AND', conditions: [{ field: 'nope', operator: 'EQ', value: 1 }] } },
        ['selection', 'filter', 'conditions', 0, 'field'],
      ],
    ];
    for (const [selection, path] of cases) {
      const result = await ws.as.OPERATOR.request(ADD, { g: groups.vip, s: selection });
      expect(result.errors?.[0]?.extensions, JSON.stringify(selection).slice(0, 80)).toMatchObject({
        code: 'BAD_USER_INPUT',
        path,
      });
    }
    const noGroup = await ws.as.OPERATOR.request(ADD, { g: randomUUID(), s: { ids: [ids.arash] } });
    expect(noGroup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['groupId'] });
    expect(await memberCounts()).toEqual({ 'Alpha testers': 1, VIP: 2 });
  });

  it('take customers by filter, and filter customers by group', async () => {
    const byCity = { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'Tehran' }] };
    const added = await ws.as.OPERATOR.requestOk(ADD, { g: groups.alpha, s: { filter: byCity } });
    expect(added.addCustomersToGroup.changed).toBe(2); // Bella and Dora; Arash is in already
    expect(await groupsOf(ids.dora as string)).toEqual(['Alpha testers']);

    const { customerFields } = await ws.as.ANALYST.requestOk(
      '{ customerFields { key kind choices { value label { en } } } }',
    );
    const field = customerFields.find((f: { key: string }) => f.key === 'groups');
    expect(field.kind).toBe('MULTI');
    expect(field.choices).toEqual([
      { value: groups.alpha, label: { en: 'Alpha testers' } },
      { value: groups.vip, label: { en: 'VIP' } },
    ]);
    const names = async (operator: string, value: string[]) => {
      const { customers } = await ws.as.ANALYST.requestOk(
        `query($filter: CustomerFilter) { customers(first: 50, filter: $filter, sort: { field: "firstName", direction: ASC }) {
          edges { node { firstName } } } }`,
        { filter: { op: 'AND', conditions: [{ field: 'groups', operator, value }] } },
      );
      return customers.edges.map((e: { node: { firstName: string } }) => e.node.firstName);
    };
    expect(await names('HAS_ALL', [groups.alpha as string, groups.vip as string])).toEqual([
      'Arash',
      'Bella',
    ]);
    expect(await names('HAS_ANY', [groups.vip as string])).toEqual(['Arash', 'Bella']);
    expect(await names('HAS_NONE', [groups.alpha as string])).toEqual(['Chen']);
  });

  it('let customers go by id or by search, with history', async () => {
    const byId = await ws.as.OPERATOR.requestOk(REMOVE, {
      g: groups.alpha,
      s: { ids: [ids.arash, ids.chen] },
    });
    expect(byId.removeCustomersFromGroup.changed).toBe(1);
    expect(await groupHistory(ids.arash as string)).toEqual([
      [{ key: 'groups', oldValue: ['Alpha testers', 'VIP'], newValue: ['VIP'] }],
      [{ key: 'groups', oldValue: ['VIP'], newValue: ['Alpha testers', 'VIP'] }],
      [{ key: 'groups', oldValue: [], newValue: ['VIP'] }],
    ]);
    const bySearch = await ws.as.OPERATOR.requestOk(REMOVE, { g: groups.alpha, s: { search: ['Dora'] } });
    expect(bySearch.removeCustomersFromGroup.changed).toBe(1);
    expect(await groupsOf(ids.dora as string)).toEqual([]);
    expect(await memberCounts()).toEqual({ 'Alpha testers': 1, VIP: 2 });
  });

  it('give points with an expiry to every member (balance batch from a group)', async () => {
    await ws.as.OPERATOR.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', {
      id: ids.bella,
    });
    await ws.as.OPERATOR.requestOk(ADD, { g: groups.vip, s: { ids: [ids.dora] } });
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();

    const both = await ws.as.MANAGER.request(PREVIEW, {
      input: { currency: 'coins', groupId: groups.vip, segmentId: randomUUID(), amount: 5 },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'csv'] });
    const unknown = await ws.as.MANAGER.request(PREVIEW, {
      input: { currency: 'coins', groupId: randomUUID(), amount: 5 },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'groupId'],
    });
    const denied = await ws.as.ANALYST.request(PREVIEW, {
      input: { currency: 'coins', groupId: groups.vip, amount: 5 },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { previewBalanceBatch: batch } = await ws.as.MANAGER.requestOk(PREVIEW, {
      input: { currency: 'coins', groupId: groups.vip, amount: 40, reason: 'VIP gift', expiresAt },
    });
    expect(batch).toMatchObject({
      status: 'PREVIEW',
      identifier: 'GROUP',
      totalLines: 3,
      matched: 2,
      inactive: 1,
      applied: 0,
    });
    expect(new Date(batch.expiresAt).toISOString()).toBe(expiresAt);

    await ws.as.MANAGER.requestOk(CONFIRM, { id: batch.id });
    await server.app.jobs.kickWorkspace('balance-batches.apply', ws.id);
    const done = (await ws.as.ANALYST.requestOk(BATCH, { id: batch.id })).balanceBatch;
    expect(done).toMatchObject({ status: 'DONE', applied: 2 });

    const coins = async (id: string) => {
      const { customer } = await ws.as.ANALYST.requestOk(
        `query($id: ID!) { customer(id: $id) { balances { currency { key } amount }
          ledger(currency: "coins") { edges { node { amount expiresAt reason } } } } }`,
        { id },
      );
      return {
        balance: customer.balances.find((b: { currency: { key: string } }) => b.currency.key === 'coins')
          .amount,
        ops: customer.ledger.edges.map((e: { node: unknown }) => e.node),
      };
    };
    for (const id of [ids.arash, ids.dora] as string[]) {
      const { balance, ops } = await coins(id);
      expect(balance).toBe(40);
      expect(ops).toEqual([{ amount: 40, expiresAt, reason: 'VIP gift' }]);
    }
    expect((await coins(ids.bella as string)).balance).toBe(0);
    expect((await coins(ids.chen as string)).balance).toBe(0);
    // The grant expires on its date: the expiry job takes it back.
    const expired = await server.app.services.ledger.expireDue(new Date(Date.now() + 31 * 86_400_000));
    expect(expired).toBe(2);
    expect((await coins(ids.arash as string)).balance).toBe(0);
  });

  it('deleting a group takes every member out, in their history', async () => {
    const denied = await ws.as.OPERATOR.request('mutation($id: ID!) { deleteGroup(id: $id) }', {
      id: groups.vip,
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await ws.as.ADMIN.requestOk('mutation($id: ID!) { deleteGroup(id: $id) }', { id: groups.vip });
    expect(await groupsOf(ids.arash as string)).toEqual([]);
    expect((await groupHistory(ids.dora as string))[0]).toEqual([
      { key: 'groups', oldValue: ['VIP'], newValue: [] },
    ]);
    expect(await memberCounts()).toEqual({ 'Alpha testers': 1 });
    const [left] = (await sql<{ n: string }>(
      'select count(*) as n from customer_group_member where group_id = ?',
      [groups.vip],
    )) as [{ n: string }];
    expect(Number(left.n)).toBe(0);
    const gone = await ws.as.ADMIN.request('mutation($id: ID!) { deleteGroup(id: $id) }', { id: groups.vip });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
