import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldOf, problemOf } from '../../testing/answers.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const BRANCH_FIELDS = 'id code name { en ru fa } address active staffCount';
const CREATE = `mutation($input: BranchInput!) { createBranch(input: $input) { ${BRANCH_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: BranchInput!) { updateBranch(id: $id, input: $input) { ${BRANCH_FIELDS} } }`;
const ACTIVE = `mutation($id: ID!, $active: Boolean!) { setBranchActive(id: $id, active: $active) { id active } }`;
const DELETE = 'mutation($id: ID!) { deleteBranch(id: $id) }';
const LIST = `query($all: Boolean) { branches(includeInactive: $all) { ${BRANCH_FIELDS} } }`;
const ONE = `query($id: ID!) { branch(id: $id) { ${BRANCH_FIELDS} } }`;
const BIND =
  'mutation($id: ID!, $branchId: ID) { setStaffBranch(id: $id, branchId: $branchId) { id branch { code } } }';
const ME = '{ me { id branch { id code name { en } } } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const RECORD = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) {
  id branch branchInfo { code name { en } } } }`;
const PURCHASES = `query($id: ID!, $branch: String) { customer(id: $id) {
  purchases(first: 20, branch: $branch) { edges { node { branch branchInfo { code } } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let operatorId: string;
let buyer: string;
let n = 0;
const key = () => `branch-test-${++n}-${Date.now()}`;

const name = (en: string, ru: string, fa: string) => ({ en, ru, fa });

async function customer(w: TestWorkspace): Promise<string> {
  return (
    await w.as.OPERATOR.requestOk(CREATE_CUSTOMER, { input: { attributes: { firstName: `Buyer ${++n}` } } })
  ).createCustomer.id;
}

const record = (client: GraphQLClient, input: Record<string, unknown>) =>
  client.request(RECORD, {
    input: { customerId: buyer, amount: 10, paymentStatus: 'PAID', idempotencyKey: key(), ...input },
  });

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  operatorId = (await ws.as.OPERATOR.requestOk(ME)).me.id;
  buyer = await customer(ws);
});
afterAll(async () => server?.close());

describe('branches', () => {
  let centre: { id: string; code: string };
  let north: { id: string; code: string };

  it('a workspace without branches keeps free text on purchases, as before', async () => {
    const answer = await record(ws.as.OPERATOR, { branch: ' Old shop on Main st ' });
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { recordPurchase: unknown }).recordPurchase).toMatchObject({
      branch: 'Old shop on Main st',
      branchInfo: null,
    });
  });

  it('are created and edited by admins, with a code unique per workspace and fixed once given', async () => {
    centre = (
      await ws.as.ADMIN.requestOk(CREATE, {
        input: {
          code: ' Centre ',
          name: name(' Centre ', 'Центр', 'مرکز'),
          address: '1 Main street,\n Tehran',
        },
      })
    ).createBranch;
    expect(centre).toMatchObject({
      code: 'centre',
      name: { en: 'Centre', ru: 'Центр', fa: 'مرکز' },
      address: '1 Main street, Tehran',
      active: true,
      staffCount: 0,
    });
    north = (await ws.as.ADMIN.requestOk(CREATE, { input: { code: 'north', name: { fa: 'شمال' } } }))
      .createBranch;
    expect(north).toMatchObject({ code: 'north', name: { en: null, ru: null, fa: 'شمال' }, address: '' });

    const taken = await ws.as.ADMIN.request(CREATE, { input: { code: 'CENTRE', name: { en: 'Again' } } });
    expect(problemOf(taken)).toBe('BRANCH_CODE_TAKEN');
    expect(fieldOf(taken)).toEqual(['input', 'code']);
    const badCode = await ws.as.ADMIN.request(CREATE, { input: { code: '1st shop', name: { en: 'X' } } });
    expect(problemOf(badCode)).toBe('KEY_FORMAT');
    const noName = await ws.as.ADMIN.request(CREATE, { input: { code: 'east', name: { en: ' ' } } });
    expect(problemOf(noName)).toBe('NAME_IN_ONE_LANGUAGE');

    const renamed = await ws.as.ADMIN.requestOk(UPDATE, {
      id: north.id,
      input: { name: name('North', 'Север', 'شمال'), address: 'Valiasr 100' },
    });
    expect(renamed.updateBranch).toMatchObject({
      code: 'north',
      name: { en: 'North' },
      address: 'Valiasr 100',
    });
    const recoded = await ws.as.ADMIN.request(UPDATE, {
      id: north.id,
      input: { code: 'south', name: { en: 'North' } },
    });
    expect(problemOf(recoded)).toBe('BRANCH_CODE_FIXED');
    expect((await ws.as.ANALYST.requestOk(ONE, { id: north.id })).branch.name.ru).toBe('Север');
  });

  it('are read by every role, managed by admins only', async () => {
    for (const role of ['MANAGER', 'OPERATOR', 'ANALYST'] as const) {
      const list = (await ws.as[role].requestOk(LIST)).branches;
      expect(list.map((b: { code: string }) => b.code)).toEqual(['centre', 'north']);
      const refused = await ws.as[role].request(CREATE, { input: { code: 'x', name: { en: 'X' } } });
      expect(problemOf(refused)).toBe('FORBIDDEN');
      expect(problemOf(await ws.as[role].request(ACTIVE, { id: north.id, active: false }))).toBe('FORBIDDEN');
      expect(problemOf(await ws.as[role].request(DELETE, { id: north.id }))).toBe('FORBIDDEN');
    }
    const roles = (await ws.as.ADMIN.requestOk('{ roles { key permissions } }')).roles as {
      key: string;
      permissions: string[];
    }[];
    expect(roles.find((r) => r.key === 'ADMIN')?.permissions).toContain('branches.manage');
    expect(roles.find((r) => r.key === 'OPERATOR')?.permissions).toContain('branches.read');
    expect(roles.find((r) => r.key === 'MANAGER')?.permissions).not.toContain('branches.manage');
  });

  it('never cross workspaces', async () => {
    const other = await server.workspace('Other club');
    expect((await other.as.ANALYST.requestOk(LIST, { all: true })).branches).toEqual([]);
    expect((await other.as.ANALYST.requestOk(ONE, { id: centre.id })).branch).toBeNull();
    const rename = await other.as.ADMIN.request(UPDATE, { id: centre.id, input: { name: { en: 'Mine' } } });
    expect(problemOf(rename)).toBe('BRANCH_NOT_FOUND');
    expect(problemOf(await other.as.ADMIN.request(DELETE, { id: centre.id }))).toBe('BRANCH_NOT_FOUND');
    // The same code is free in another workspace; another workspace's branch is unknown to its staff and purchases.
    await other.as.ADMIN.requestOk(CREATE, { input: { code: 'centre', name: { en: 'Their centre' } } });
    const theirOperator = (await other.as.OPERATOR.requestOk(ME)).me.id;
    const foreignBind = await other.as.ADMIN.request(BIND, { id: theirOperator, branchId: north.id });
    expect(problemOf(foreignBind)).toBe('BRANCH_UNKNOWN');
    const theirBuyer = await customer(other);
    const foreignPurchase = await other.as.OPERATOR.request(RECORD, {
      input: {
        customerId: theirBuyer,
        amount: 5,
        paymentStatus: 'PAID',
        idempotencyKey: key(),
        branch: 'north',
      },
    });
    expect(problemOf(foreignPurchase)).toBe('PURCHASE_BRANCH_UNKNOWN');
    // Our staff cannot be bound by their admin.
    expect(problemOf(await other.as.ADMIN.request(BIND, { id: operatorId, branchId: null }))).toBe(
      'STAFF_NOT_FOUND',
    );
  });

  it('once there are branches, a purchase names one of them (by code, any case) or none', async () => {
    const at = await record(ws.as.MANAGER, { branch: 'NORTH' });
    expect((at.data as { recordPurchase: unknown }).recordPurchase).toMatchObject({
      branch: 'north',
      branchInfo: { code: 'north', name: { en: 'North' } },
    });
    const none = await record(ws.as.MANAGER, {});
    expect((none.data as { recordPurchase: { branch: string } }).recordPurchase.branch).toBe('');
    const unknown = await record(ws.as.MANAGER, { branch: 'Old shop on Main st' });
    expect(problemOf(unknown)).toBe('PURCHASE_BRANCH_UNKNOWN');
    expect(fieldOf(unknown)).toEqual(['input', 'branch']);
  });

  it('an inactive branch takes no purchases, and is listed only when asked', async () => {
    expect(
      (await ws.as.ADMIN.requestOk(ACTIVE, { id: north.id, active: false })).setBranchActive.active,
    ).toBe(false);
    expect((await ws.as.OPERATOR.requestOk(LIST)).branches.map((b: { code: string }) => b.code)).toEqual([
      'centre',
    ]);
    expect((await ws.as.OPERATOR.requestOk(LIST, { all: true })).branches).toHaveLength(2);
    const inactive = await record(ws.as.MANAGER, { branch: 'north' });
    expect(problemOf(inactive)).toBe('PURCHASE_BRANCH_INACTIVE');
    expect(fieldOf(inactive)).toEqual(['input', 'branch']);
    const bindInactive = await ws.as.ADMIN.request(BIND, { id: operatorId, branchId: north.id });
    expect(problemOf(bindInactive)).toBe('BRANCH_INACTIVE');
    await ws.as.ADMIN.requestOk(ACTIVE, { id: north.id, active: true });
  });

  it('a bound operator records at their branch: by default, and nowhere else', async () => {
    const bound = await ws.as.ADMIN.requestOk(BIND, { id: operatorId, branchId: centre.id });
    expect(bound.setStaffBranch.branch).toEqual({ code: 'centre' });
    expect((await ws.as.OPERATOR.requestOk(ME)).me.branch).toMatchObject({ id: centre.id, code: 'centre' });

    const mine = await record(ws.as.OPERATOR, {});
    expect((mine.data as { recordPurchase: { branch: string } }).recordPurchase.branch).toBe('centre');
    const named = await record(ws.as.OPERATOR, { branch: 'Centre' });
    expect((named.data as { recordPurchase: { branch: string } }).recordPurchase.branch).toBe('centre');
    const elsewhere = await record(ws.as.OPERATOR, { branch: 'north' });
    expect(problemOf(elsewhere)).toBe('PURCHASE_BRANCH_NOT_YOURS');
    expect(fieldOf(elsewhere)).toEqual(['input', 'branch']);
    expect(elsewhere.errors?.[0]?.extensions?.problem).toEqual({
      code: 'PURCHASE_BRANCH_NOT_YOURS',
      params: { yours: 'centre', branch: 'north' },
    });
    // An unbound manager chooses any branch.
    const manager = await record(ws.as.MANAGER, { branch: 'north' });
    expect(manager.errors).toBeUndefined();

    // Their branch closed: they record nothing until it reopens or they are moved.
    await ws.as.ADMIN.requestOk(ACTIVE, { id: centre.id, active: false });
    expect(problemOf(await record(ws.as.OPERATOR, {}))).toBe('PURCHASE_BRANCH_INACTIVE');
    await ws.as.ADMIN.requestOk(ACTIVE, { id: centre.id, active: true });

    const audit = await ws.as.ADMIN.requestOk(
      '{ auditEvents(types: [STAFF_BRANCH_CHANGED]) { edges { node { subject details } } } }',
    );
    expect(audit.auditEvents.edges[0].node).toMatchObject({
      subject: operatorId,
      details: { from: null, to: 'centre' },
    });
  });

  it('an API key chooses any branch', async () => {
    const { secret } = (
      await ws.as.ADMIN.requestOk(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
        { input: { name: 'Till', permissions: ['purchases.record', 'branches.read'] } },
      )
    ).createApiKey;
    const till = new GraphQLClient(server.graphqlUrl);
    till.headers.authorization = `Bearer ${secret}`;
    const answer = await record(till, { branch: 'north' });
    expect(answer.errors).toBeUndefined();
    expect((await till.requestOk(LIST)).branches).toHaveLength(2);
  });

  it('staff are bound on creation too; the purchase list filters by branch', async () => {
    const created = await ws.as.ADMIN.requestOk(
      `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id branch { code } } }`,
      {
        input: {
          email: `north-${Date.now()}@test.patron`,
          name: 'North cashier',
          role: 'OPERATOR',
          password: 'temporary-password-1',
          branchId: north.id,
        },
      },
    );
    expect(created.createStaff.branch).toEqual({ code: 'north' });
    const staff = (await ws.as.ADMIN.requestOk('{ staffMembers { id branch { code } } }')).staffMembers;
    expect(staff.find((s: { id: string }) => s.id === operatorId).branch).toEqual({ code: 'centre' });
    const badBranch = await ws.as.ADMIN.request(
      `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`,
      {
        input: {
          email: `nowhere-${Date.now()}@test.patron`,
          name: 'Nowhere',
          role: 'OPERATOR',
          password: 'temporary-password-1',
          branchId: '00000000-0000-4000-8000-000000000000',
        },
      },
    );
    expect(problemOf(badBranch)).toBe('BRANCH_UNKNOWN');
    expect(fieldOf(badBranch)).toEqual(['input', 'branchId']);

    const atNorth = (await ws.as.ANALYST.requestOk(PURCHASES, { id: buyer, branch: 'north' })).customer
      .purchases.edges;
    expect(atNorth.length).toBe(3);
    expect(atNorth.every((e: { node: { branch: string } }) => e.node.branch === 'north')).toBe(true);
    const legacy = (await ws.as.ANALYST.requestOk(PURCHASES, { id: buyer, branch: 'Old shop on Main st' }))
      .customer.purchases.edges;
    expect(legacy).toEqual([{ node: { branch: 'Old shop on Main st', branchInfo: null } }]);
  });

  it('is deleted only when no purchase and no staff member refers to it', async () => {
    const inUse = await ws.as.ADMIN.request(DELETE, { id: centre.id });
    expect(inUse.errors?.[0]?.extensions?.problem).toEqual({
      code: 'BRANCH_IN_USE',
      params: { purchases: 2, staff: 1 },
    });
    const spare = (await ws.as.ADMIN.requestOk(CREATE, { input: { code: 'spare', name: { en: 'Spare' } } }))
      .createBranch;
    await ws.as.ADMIN.requestOk(BIND, { id: operatorId, branchId: spare.id });
    expect(problemOf(await ws.as.ADMIN.request(DELETE, { id: spare.id }))).toBe('BRANCH_IN_USE');
    const unbound = await ws.as.ADMIN.requestOk(BIND, { id: operatorId, branchId: null });
    expect(unbound.setStaffBranch.branch).toBeNull();
    expect((await ws.as.ADMIN.requestOk(DELETE, { id: spare.id })).deleteBranch).toBe(spare.id);
    expect((await ws.as.ADMIN.requestOk(ONE, { id: spare.id })).branch).toBeNull();
    // Unbound again, the operator chooses any branch.
    expect((await record(ws.as.OPERATOR, { branch: 'north' })).errors).toBeUndefined();
  });

  it('each change is in the audit log, with who made it and the branch code; a refused one or no change is not', async () => {
    const admin = (await ws.as.ADMIN.requestOk('{ me { id name } }')).me;
    const kiosk = (
      await ws.as.ADMIN.requestOk(CREATE, {
        input: { code: 'Kiosk', name: name('Kiosk', 'Киоск', 'کیوسک'), address: 'Mall' },
      })
    ).createBranch;
    await ws.as.ADMIN.requestOk(UPDATE, { id: kiosk.id, input: { name: name('Kiosk 2', 'Киоск', 'کیوسک') } });
    // The same again: nothing changed, nothing to write.
    await ws.as.ADMIN.requestOk(UPDATE, { id: kiosk.id, input: { name: name('Kiosk 2', 'Киоск', 'کیوسک') } });
    expect(
      problemOf(await ws.as.ADMIN.request(UPDATE, { id: kiosk.id, input: { code: 'x', name: { en: 'X' } } })),
    ).toBe('BRANCH_CODE_FIXED');
    await ws.as.ADMIN.requestOk(ACTIVE, { id: kiosk.id, active: false });
    await ws.as.ADMIN.requestOk(ACTIVE, { id: kiosk.id, active: false });
    await ws.as.ADMIN.requestOk(ACTIVE, { id: kiosk.id, active: true });
    expect(problemOf(await ws.as.ADMIN.request(DELETE, { id: centre.id }))).toBe('BRANCH_IN_USE');
    await ws.as.ADMIN.requestOk(DELETE, { id: kiosk.id });

    const { auditEvents } = await ws.as.ADMIN.requestOk(
      `query($types: [AuditEventType!]) { auditEvents(types: $types, first: 50) {
        edges { node { type subject actor { id name kind } details } } } }`,
      {
        types: [
          'BRANCH_CREATED',
          'BRANCH_UPDATED',
          'BRANCH_DEACTIVATED',
          'BRANCH_REACTIVATED',
          'BRANCH_DELETED',
        ],
      },
    );
    type Node = { type: string; subject: string; actor: unknown; details: Record<string, unknown> };
    const events: Node[] = auditEvents.edges.map((e: { node: Node }) => e.node);
    const byAdmin = { id: admin.id, name: admin.name, kind: 'staff' };
    expect(events.filter((e) => e.subject === 'kiosk').reverse()).toEqual([
      {
        type: 'BRANCH_CREATED',
        subject: 'kiosk',
        actor: byAdmin,
        details: { id: kiosk.id, name: { en: 'Kiosk', ru: 'Киоск', fa: 'کیوسک' }, address: 'Mall' },
      },
      {
        type: 'BRANCH_UPDATED',
        subject: 'kiosk',
        actor: byAdmin,
        details: {
          id: kiosk.id,
          name: {
            from: { en: 'Kiosk', ru: 'Киоск', fa: 'کیوسک' },
            to: { en: 'Kiosk 2', ru: 'Киоск', fa: 'کیوسک' },
          },
          address: { from: 'Mall', to: '' },
        },
      },
      {
        type: 'BRANCH_DEACTIVATED',
        subject: 'kiosk',
        actor: byAdmin,
        details: expect.objectContaining({ id: kiosk.id }),
      },
      {
        type: 'BRANCH_REACTIVATED',
        subject: 'kiosk',
        actor: byAdmin,
        details: expect.objectContaining({ id: kiosk.id }),
      },
      {
        type: 'BRANCH_DELETED',
        subject: 'kiosk',
        actor: byAdmin,
        details: { id: kiosk.id, name: { en: 'Kiosk 2', ru: 'Киоск', fa: 'کیوسک' }, address: '' },
      },
    ]);
    // The earlier tests' changes are there too: centre and north created, north renamed and closed for a while.
    const of = (code: string) =>
      events
        .filter((e) => e.subject === code)
        .map((e) => e.type)
        .reverse();
    expect(of('centre')).toEqual(['BRANCH_CREATED', 'BRANCH_DEACTIVATED', 'BRANCH_REACTIVATED']);
    expect(of('north')).toEqual([
      'BRANCH_CREATED',
      'BRANCH_UPDATED',
      'BRANCH_DEACTIVATED',
      'BRANCH_REACTIVATED',
    ]);
    expect(of('spare')).toEqual(['BRANCH_CREATED', 'BRANCH_DELETED']);
  });
});
