import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = `mutation($input: CreateCustomerInput!) {
  createCustomer(input: $input) { id status displayName mobile email attributes }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $input) { id attributes updatedAt }
}`;
const HISTORY = `query($id: ID!, $types: [HistoryEventType!], $first: Int, $after: String) {
  customer(id: $id) { history(types: $types, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { type actor { name kind } changes { key oldValue newValue } } } } }
}`;
const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $sort: CustomerSortInput, $search: [String!]) {
  customers(first: $first, after: $after, last: $last, before: $before, sort: $sort, search: $search) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id firstName lastName mobile } }
  }
}`;

let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

async function countRows(table: string, workspaceId: string): Promise<number> {
  const rows = await server.app.orm.em
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from ${table} where workspace_id = ?`, [workspaceId]);
  return Number(rows[0]?.n);
}

describe('customers', () => {
  it('creates a customer with a normalised phone and email and records who did it', async () => {
    const data = await ws.as.OPERATOR.requestOk(CREATE, {
      input: {
        attributes: {
          firstName: 'Zahra',
          lastName: 'Ahmadi',
          mobile: '۰۹۱۲ ۱۲۳ ۴۵۶۷',
          email: ' Zahra@Example.COM ',
        },
      },
    });
    expect(data.createCustomer).toMatchObject({
      status: 'ACTIVE',
      displayName: 'Zahra Ahmadi',
      mobile: '+989121234567',
      email: 'zahra@example.com',
    });
    const history = await ws.as.ANALYST.requestOk(HISTORY, { id: data.createCustomer.id });
    const [created] = history.customer.history.edges;
    expect(created.node.type).toBe('CUSTOMER_CREATED');
    expect(created.node.actor).toEqual({ name: 'OPERATOR person', kind: 'staff' });
    expect(created.node.changes).toContainEqual({ key: 'mobile', oldValue: null, newValue: '+989121234567' });
  });

  it('edits only the given fields and writes old → new into history in the same step', async () => {
    const data = await ws.as.MANAGER.requestOk(CREATE, {
      input: { attributes: { firstName: 'Иван', lastName: 'Смирнов', mobile: '8 (912) 345-67-89' } },
    });
    const id = data.createCustomer.id;
    expect(data.createCustomer.mobile).toBe('+79123456789');
    const updated = await ws.as.MANAGER.requestOk(UPDATE, {
      id,
      input: { attributes: { firstName: 'Пётр', city: 'Казань', lastName: null } },
    });
    expect(updated.updateCustomer.attributes).toEqual({
      firstName: 'Пётр',
      city: 'Казань',
      mobile: '+79123456789',
    });
    const history = await ws.as.MANAGER.requestOk(HISTORY, { id, types: ['CUSTOMER_UPDATED'] });
    expect(history.customer.history.totalCount).toBe(1);
    const changes = history.customer.history.edges[0].node.changes;
    expect(changes).toEqual(
      expect.arrayContaining([
        { key: 'firstName', oldValue: 'Иван', newValue: 'Пётр' },
        { key: 'city', oldValue: null, newValue: 'Казань' },
        { key: 'lastName', oldValue: 'Смирнов', newValue: null },
      ]),
    );
    expect(changes).toHaveLength(3);
  });

  it('an edit that changes nothing writes no history', async () => {
    const data = await ws.as.MANAGER.requestOk(CREATE, { input: { attributes: { firstName: 'Same' } } });
    await ws.as.MANAGER.requestOk(UPDATE, {
      id: data.createCustomer.id,
      input: { attributes: { firstName: ' Same ' } },
    });
    const history = await ws.as.MANAGER.requestOk(HISTORY, { id: data.createCustomer.id });
    expect(history.customer.history.totalCount).toBe(1);
  });

  it('deactivates, activates and deletes, each logged', async () => {
    const data = await ws.as.MANAGER.requestOk(CREATE, {
      input: { attributes: { firstName: 'Status' } },
    });
    const id = data.createCustomer.id;
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { status } }', { id });
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { activateCustomer(id: $id) { status } }', { id });
    const history = await ws.as.MANAGER.requestOk(HISTORY, { id });
    expect(history.customer.history.edges.map((e: { node: { type: string } }) => e.node.type)).toEqual([
      'CUSTOMER_ACTIVATED',
      'CUSTOMER_DEACTIVATED',
      'CUSTOMER_CREATED',
    ]);
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteCustomer(id: $id) }', { id });
    const after = await ws.as.MANAGER.request('query($id: ID!) { customer(id: $id) { id } }', { id });
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('pages history with a cursor', async () => {
    const data = await ws.as.MANAGER.requestOk(CREATE, { input: { attributes: { firstName: 'H0' } } });
    const id = data.createCustomer.id;
    for (let i = 1; i <= 4; i++) {
      await ws.as.MANAGER.requestOk(UPDATE, { id, input: { attributes: { firstName: `H${i}` } } });
    }
    const first = await ws.as.MANAGER.requestOk(HISTORY, { id, first: 3 });
    expect(first.customer.history.pageInfo.hasNextPage).toBe(true);
    const second = await ws.as.MANAGER.requestOk(HISTORY, {
      id,
      first: 3,
      after: first.customer.history.pageInfo.endCursor,
    });
    expect(second.customer.history.edges).toHaveLength(2);
    expect(second.customer.history.pageInfo.hasNextPage).toBe(false);
  });
});

describe('customer list', () => {
  let list: TestWorkspace;
  beforeAll(async () => {
    list = await server.workspace('List club');
    const names = ['Dana', 'Arash', 'Cyrus', 'Boris', 'Eve', 'Farid', 'Gleb'];
    for (const [i, firstName] of names.entries()) {
      await list.as.OPERATOR.requestOk(CREATE, {
        input: { attributes: { firstName, lastName: 'Test', mobile: `+98912000000${i}` } },
      });
    }
  });

  it('pages forward and back by cursor in the chosen order without gaps or repeats', async () => {
    const sort = { field: 'firstName', direction: 'ASC' };
    const seen: string[] = [];
    const pageStarts: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: { customers: any } = await list.as.ANALYST.requestOk(LIST, { first: 3, after, sort });
      expect(data.customers.totalCount).toBe(7);
      seen.push(...data.customers.edges.map((e: any) => e.node.firstName));
      pageStarts.push(data.customers.pageInfo.startCursor);
      if (!data.customers.pageInfo.hasNextPage) break;
      after = data.customers.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Arash', 'Boris', 'Cyrus', 'Dana', 'Eve', 'Farid', 'Gleb']);

    const back = await list.as.ANALYST.requestOk(LIST, { last: 3, before: pageStarts[1], sort });
    expect(back.customers.edges.map((e: any) => e.node.firstName)).toEqual(['Arash', 'Boris', 'Cyrus']);
    expect(back.customers.pageInfo.hasPreviousPage).toBe(false);
  });

  it('sorts descending and searches by name and phone fragment', async () => {
    const desc = await list.as.ANALYST.requestOk(LIST, {
      first: 2,
      sort: { field: 'firstName', direction: 'DESC' },
    });
    expect(desc.customers.edges.map((e: any) => e.node.firstName)).toEqual(['Gleb', 'Farid']);
    const byName = await list.as.ANALYST.requestOk(LIST, { search: 'bor' });
    expect(byName.customers.edges.map((e: any) => e.node.firstName)).toEqual(['Boris']);
    const byPhone = await list.as.ANALYST.requestOk(LIST, { search: '۰۰۰۰۳' });
    expect(byPhone.customers.edges.map((e: any) => e.node.firstName)).toEqual(['Boris']);
    const hostile = await list.as.ANALYST.requestOk(LIST, { search: "%' or 1=1 --" });
    expect(hostile.customers.totalCount).toBe(0);
  });

  it('rejects a forged cursor and an oversized page', async () => {
    const forged = await list.as.ANALYST.request(LIST, { first: 3, after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['after'] });
    const huge = await list.as.ANALYST.request(LIST, { first: 100000 });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['first'] });
  });
});

describe('bad input writes nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['unknown attribute', { firstName: 'A', shoeSize: 42 }, 'shoeSize'],
    ['wrong type', { firstName: 'A', vip: 'very' }, 'vip'],
    ['invalid phone', { firstName: 'A', mobile: '12345' }, 'mobile'],
    ['invalid email', { firstName: 'A', email: 'not-an-email' }, 'email'],
    ['invalid date', { firstName: 'A', birthDate: '2023-02-30' }, 'birthDate'],
    ['invalid choice', { firstName: 'A', gender: 'robot' }, 'gender'],
  ];
  for (const [name, attributes, field] of cases) {
    it(`${name}: BAD_USER_INPUT naming ${field}`, async () => {
      const before = [await countRows('customer', ws.id), await countRows('history_event', ws.id)];
      const result = await ws.as.MANAGER.request(CREATE, { input: { attributes } });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        path: ['input', 'attributes', field],
      });
      expect(result.errors?.[0]?.message).toContain(field);
      expect([await countRows('customer', ws.id), await countRows('history_event', ws.id)]).toEqual(before);
    });
  }

  it('a missing required field is named, on create and on clearing it', async () => {
    const club = await server.workspace('Required club');
    const defs = await club.as.ADMIN.requestOk('{ attributeDefinitions { id key } }');
    const email = defs.attributeDefinitions.find((d: { key: string }) => d.key === 'email');
    await club.as.ADMIN.requestOk(
      'mutation($id: ID!) { updateAttributeDefinition(id: $id, input: { required: true }) { id } }',
      {
        id: email.id,
      },
    );
    const missing = await club.as.MANAGER.request(CREATE, { input: { attributes: { firstName: 'NoMail' } } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'attributes', 'email'],
    });
    const ok = await club.as.MANAGER.requestOk(CREATE, {
      input: { attributes: { firstName: 'Mail', email: 'a@b.co' } },
    });
    const cleared = await club.as.MANAGER.request(UPDATE, {
      id: ok.createCustomer.id,
      input: { attributes: { email: null } },
    });
    expect(cleared.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'attributes', 'email'],
    });
    expect(await countRows('customer', club.id)).toBe(1);
  });

  it('a duplicate phone in any format is refused, even from parallel requests', async () => {
    await ws.as.MANAGER.requestOk(CREATE, {
      input: { attributes: { firstName: 'First', mobile: '+98 935 111 2233' } },
    });
    const before = await countRows('customer', ws.id);
    const dup = await ws.as.MANAGER.request(CREATE, {
      input: { attributes: { firstName: 'Second', mobile: '09351112233' } },
    });
    expect(dup.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'attributes', 'mobile'],
    });
    const racers = await Promise.all(
      ['+7 999 111 22 33', '8 999 111-22-33', '89991112233', '+79991112233'].map((mobile) =>
        ws.as.MANAGER.request(CREATE, { input: { attributes: { mobile } } }),
      ),
    );
    expect(racers.filter((r) => !r.errors).length).toBe(1);
    expect(await countRows('customer', ws.id)).toBe(before + 1);
  });
});

describe('access', () => {
  it('no session: UNAUTHENTICATED; analyst writing: FORBIDDEN', async () => {
    const anon = await ws.anonymous.request('{ customers { totalCount } }');
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const analyst = await ws.as.ANALYST.request(CREATE, { input: { attributes: { firstName: 'X' } } });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const operatorDelete = await ws.as.OPERATOR.request(
      'mutation { deleteCustomer(id: "00000000-0000-0000-0000-000000000000") }',
    );
    expect(operatorDelete.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("another workspace's customer is NOT_FOUND for every operation, and its list stays separate", async () => {
    const other = await server.workspace('Other club');
    const data = await other.as.MANAGER.requestOk(CREATE, {
      input: { attributes: { firstName: 'Secret' } },
    });
    const id = data.createCustomer.id;
    const attempts = [
      ws.as.MANAGER.request('query($id: ID!) { customer(id: $id) { id } }', { id }),
      ws.as.MANAGER.request(UPDATE, { id, input: { attributes: { firstName: 'Hacked' } } }),
      ws.as.MANAGER.request('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', { id }),
      ws.as.MANAGER.request('mutation($id: ID!) { deleteCustomer(id: $id) }', { id }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const mine = await ws.as.MANAGER.requestOk(LIST, { search: 'Secret' });
    expect(mine.customers.totalCount).toBe(0);
    const still = await other.as.MANAGER.requestOk('query($id: ID!) { customer(id: $id) { firstName } }', {
      id,
    });
    expect(still.customer.firstName).toBe('Secret');
  });
});
