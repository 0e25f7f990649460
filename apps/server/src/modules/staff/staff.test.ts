import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';
import { auditTypes, CHANGE_MY_PASSWORD, CREATE_STAFF, LOGIN, newMember } from './staff-test-helpers.js';

const LIST = '{ staffMembers { id email role active mustChangePassword roleName { en ru fa } } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivateStaff(id: $id) { id active } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateStaff(id: $id) { id active } }';
const CHANGE_ROLE = 'mutation($id: ID!, $r: String!) { changeStaffRole(id: $id, role: $r) { id role } }';
const RESET =
  'mutation($id: ID!, $p: String!) { setTemporaryPassword(id: $id, password: $p) { id mustChangePassword } }';
const CUSTOMERS = '{ customers { totalCount } }';

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
});
afterAll(async () => server?.close());

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (r.errors?.[0]?.extensions?.problem as { code?: string } | undefined)?.code ??
  r.errors?.[0]?.extensions?.code;

async function idOf(email: string): Promise<string> {
  const { staffMembers } = await ws.as.ADMIN.requestOk(LIST);
  return staffMembers.find((s: { email: string }) => s.email === email).id;
}

describe('staff management', () => {
  it('lists the workspace’s staff with role, role name and status', async () => {
    const { staffMembers } = await ws.as.ADMIN.requestOk(LIST);
    expect(staffMembers.map((s: { role: string }) => s.role).sort()).toEqual([
      'ADMIN',
      'ANALYST',
      'MANAGER',
      'OPERATOR',
    ]);
    const manager = staffMembers.find((s: { role: string }) => s.role === 'MANAGER');
    expect(manager).toMatchObject({
      active: true,
      mustChangePassword: false,
      roleName: { en: 'Manager', ru: 'Менеджер', fa: 'مدیر' },
    });
  });

  it('a new member signs in with the temporary password and can do nothing but change it', async () => {
    const email = 'temp@staff.test';
    const made = await ws.as.ADMIN.requestOk(CREATE_STAFF, {
      i: { email, name: 'Temp', role: 'OPERATOR', password: 'temporary-pass' },
    });
    expect(made.createStaff).toMatchObject({ role: 'OPERATOR', active: true, mustChangePassword: true });

    const client = new GraphQLClient(server.graphqlUrl);
    const login = await client.requestOk(LOGIN, { e: email, p: 'temporary-pass' });
    expect(login.login.mustChangePassword).toBe(true);
    // The attack: a temporary password is not a way in to customers or anything else.
    for (const query of [
      CUSTOMERS,
      'mutation { updateMyPreferences(input: { locale: RU }) { locale } }',
      '{ segments { id } }',
    ]) {
      expect(code(await client.request(query)), query).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    expect((await client.requestOk('{ me { email mustChangePassword } }')).me).toEqual({
      email,
      mustChangePassword: true,
    });

    const wrong = await client.request(CHANGE_MY_PASSWORD, {
      i: { currentPassword: 'not-it-at-all', newPassword: 'brand-new-password' },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['currentPassword'],
    });
    expect(code(wrong)).toBe('CURRENT_PASSWORD_WRONG');
    const same = await client.request(CHANGE_MY_PASSWORD, {
      i: { currentPassword: 'temporary-pass', newPassword: 'temporary-pass' },
    });
    expect(code(same)).toBe('PASSWORD_UNCHANGED');
    const short = await client.request(CHANGE_MY_PASSWORD, {
      i: { currentPassword: 'temporary-pass', newPassword: 'short' },
    });
    expect(code(short)).toBe('PASSWORD_TOO_SHORT');

    const changed = await client.requestOk(CHANGE_MY_PASSWORD, {
      i: { currentPassword: 'temporary-pass', newPassword: 'brand-new-password' },
    });
    expect(changed.changeMyPassword.mustChangePassword).toBe(false);
    expect((await client.requestOk(CUSTOMERS)).customers.totalCount).toBe(0);
    const events = await auditTypes(ws);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['STAFF_CREATED', 'PASSWORD_CHANGED']));
    expect(events.find((e) => e.type === 'STAFF_CREATED')).toMatchObject({
      subject: made.createStaff.id,
      actor: { name: 'Ada Admin' },
    });
  });

  it('refuses a role the workspace does not have', async () => {
    const bad = await ws.as.ADMIN.request(CREATE_STAFF, {
      i: { email: 'norole@staff.test', name: 'N', role: 'WIZARD', password: 'long-enough-pw' },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'role'] });
    expect(code(bad)).toBe('ROLE_UNKNOWN');
    const id = await idOf(ws.emails.ANALYST);
    expect(code(await ws.as.ADMIN.request(CHANGE_ROLE, { id, r: 'WIZARD' }))).toBe('ROLE_UNKNOWN');
  });

  it('ends a deactivated member’s existing session at once; reactivated, they sign in again', async () => {
    const member = await newMember(server, ws, 'OPERATOR');
    expect((await member.client.requestOk(CUSTOMERS)).customers).toBeDefined();
    expect((await ws.as.ADMIN.requestOk(DEACTIVATE, { id: member.id })).deactivateStaff.active).toBe(false);
    // The attack: the session cookie they already hold no longer works, with no grace period.
    expect(code(await member.client.request(CUSTOMERS))).toBe('UNAUTHENTICATED');
    expect((await member.client.requestOk('{ me { id } }')).me).toBeNull();
    const again = new GraphQLClient(server.graphqlUrl);
    expect(code(await again.request(LOGIN, { e: member.email, p: member.password }))).toBe('SIGN_IN_FAILED');
    const [sessions] = await server.app.orm.em
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from staff_session where staff_id = ?', [member.id]);
    expect(Number(sessions?.n)).toBe(0);

    expect((await ws.as.ADMIN.requestOk(REACTIVATE, { id: member.id })).reactivateStaff.active).toBe(true);
    await again.requestOk(LOGIN, { e: member.email, p: member.password });
    expect((await again.requestOk(CUSTOMERS)).customers).toBeDefined();
    const types = (await auditTypes(ws)).map((e) => e.type);
    expect(types.slice(0, 2)).toEqual(['STAFF_REACTIVATED', 'STAFF_DEACTIVATED']);
  });

  it('a role change holds from the member’s next request', async () => {
    const member = await newMember(server, ws, 'ANALYST');
    const create = 'mutation { createCustomer(input: { attributes: { firstName: "Role" } }) { id } }';
    expect(code(await member.client.request(create))).toBe('FORBIDDEN');
    await ws.as.ADMIN.requestOk(CHANGE_ROLE, { id: member.id, r: 'OPERATOR' });
    await member.client.requestOk(create);
    const [event] = await auditTypes(ws, 1);
    expect(event).toMatchObject({
      type: 'STAFF_ROLE_CHANGED',
      subject: member.id,
      details: { from: 'ANALYST', to: 'OPERATOR' },
    });
  });

  it('a temporary password set by an admin ends the member’s sessions and must be changed', async () => {
    const member = await newMember(server, ws, 'OPERATOR');
    expect(code(await ws.as.ADMIN.request(RESET, { id: member.id, p: 'short' }))).toBe('PASSWORD_TOO_SHORT');
    await ws.as.ADMIN.requestOk(RESET, { id: member.id, p: 'reset-by-admin-1' });
    expect(code(await member.client.request(CUSTOMERS))).toBe('UNAUTHENTICATED');
    const client = new GraphQLClient(server.graphqlUrl);
    expect(code(await client.request(LOGIN, { e: member.email, p: member.password }))).toBe('SIGN_IN_FAILED');
    expect(
      (await client.requestOk(LOGIN, { e: member.email, p: 'reset-by-admin-1' })).login.mustChangePassword,
    ).toBe(true);
    expect(code(await client.request(CUSTOMERS))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await auditTypes(ws, 1))[0]?.type).toBe('STAFF_PASSWORD_RESET');
  });

  it('changing one’s own password ends one’s other sessions and keeps this one', async () => {
    const member = await newMember(server, ws, 'OPERATOR');
    const elsewhere = new GraphQLClient(server.graphqlUrl);
    await elsewhere.requestOk(LOGIN, { e: member.email, p: member.password });
    await member.client.requestOk(CHANGE_MY_PASSWORD, {
      i: { currentPassword: member.password, newPassword: 'newer-password-2' },
    });
    expect((await member.client.requestOk(CUSTOMERS)).customers).toBeDefined();
    expect(code(await elsewhere.request(CUSTOMERS))).toBe('UNAUTHENTICATED');
  });

  it('never takes away the workspace’s last active admin', async () => {
    const adminId = await idOf(ws.emails.ADMIN);
    const deactivate = await ws.as.ADMIN.request(DEACTIVATE, { id: adminId });
    expect(deactivate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(code(deactivate)).toBe('LAST_ADMIN');
    expect(code(await ws.as.ADMIN.request(CHANGE_ROLE, { id: adminId, r: 'MANAGER' }))).toBe('LAST_ADMIN');

    const second = await newMember(server, ws, 'ADMIN');
    // Two admins demoting each other at once (past the resolvers, so both are still admins when
    // they ask): exactly one of them stays an admin.
    const staff = server.app.services.staff;
    const both = await Promise.allSettled([
      staff.changeRole({ kind: 'staff', id: adminId, name: 'A' }, ws.id, second.id, 'MANAGER'),
      staff.changeRole({ kind: 'staff', id: second.id, name: 'B' }, ws.id, adminId, 'MANAGER'),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rows = await server.app.orm.em
      .getConnection()
      .execute<{ id: string }[]>(
        "select id from staff where workspace_id = ? and role = 'ADMIN' and active",
        [ws.id],
      );
    expect(rows).toHaveLength(1);
    await staff.changeRole({ kind: 'staff', id: second.id, name: 'B' }, ws.id, adminId, 'ADMIN');
  });

  it('an operator cannot call any staff mutation', async () => {
    const id = await idOf(ws.emails.ANALYST);
    for (const [query, variables] of [
      [LIST, {}],
      [CREATE_STAFF, { i: { email: 'x@staff.test', name: 'X', role: 'ADMIN', password: 'long-enough-pw' } }],
      [DEACTIVATE, { id }],
      [REACTIVATE, { id }],
      [CHANGE_ROLE, { id, r: 'ADMIN' }],
      [RESET, { id, p: 'long-enough-pw' }],
    ] as const) {
      expect(code(await ws.as.OPERATOR.request(query, variables)), query).toBe('FORBIDDEN');
    }
  });

  it('another workspace’s admin cannot see or touch this workspace’s staff', async () => {
    const id = await idOf(ws.emails.ANALYST);
    const { staffMembers } = await other.as.ADMIN.requestOk(LIST);
    expect(staffMembers.map((s: { id: string }) => s.id)).not.toContain(id);
    for (const [query, variables] of [
      [DEACTIVATE, { id }],
      [REACTIVATE, { id }],
      [CHANGE_ROLE, { id, r: 'ADMIN' }],
      [RESET, { id, p: 'long-enough-pw' }],
    ] as const) {
      expect(code(await other.as.ADMIN.request(query, variables)), query).toBe('STAFF_NOT_FOUND');
    }
    // Untouched: the analyst still works, with their own password and role.
    expect((await ws.as.ANALYST.requestOk('{ me { role mustChangePassword } }')).me).toEqual({
      role: 'ANALYST',
      mustChangePassword: false,
    });
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk(LOGIN, { e: ws.emails.ANALYST, p: TEST_PASSWORD });
  });
});
