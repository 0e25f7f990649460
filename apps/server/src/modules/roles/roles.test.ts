import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { auditTypes, newMember } from '../staff/staff-test-helpers.js';

const ROLES = '{ roles { key name { en ru fa } permissions shipped editable staffCount } }';
const CREATE =
  'mutation($i: CreateRoleInput!) { createRole(input: $i) { key permissions shipped editable } }';
const UPDATE = 'mutation($k: String!, $i: RoleInput!) { updateRole(key: $k, input: $i) { key permissions } }';
const DELETE = 'mutation($k: String!) { deleteRole(key: $k) }';
const CREATE_CUSTOMER = 'mutation { createCustomer(input: { attributes: { firstName: "Reader" } }) { id } }';

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
type RoleRow = {
  key: string;
  permissions: string[];
  editable: boolean;
  shipped: boolean;
  staffCount: number;
};
const roleOf = async (key: string): Promise<RoleRow | undefined> =>
  (await ws.as.ADMIN.requestOk(ROLES)).roles.find((r: RoleRow) => r.key === key);

describe('roles', () => {
  it('a workspace starts with the four shipped roles holding what their modules declare', async () => {
    const { roles } = await ws.as.ADMIN.requestOk(ROLES);
    expect(roles.map((r: RoleRow) => r.key)).toEqual(['ADMIN', 'MANAGER', 'OPERATOR', 'ANALYST']);
    const { permissions } = await ws.as.ADMIN.requestOk('{ permissions { name description module } }');
    const all = permissions.map((p: { name: string }) => p.name).sort();
    expect(permissions).toContainEqual({
      name: 'customers.read',
      description: 'See customers and their history',
      module: 'auth',
    });
    const admin = roles[0];
    expect(admin).toMatchObject({ editable: false, shipped: true, staffCount: 1 });
    expect(admin.permissions).toEqual(all);
    for (const role of roles.slice(1)) {
      const declared = server.app.services.rolePermissions.defaultsFor(role.key).sort();
      expect(role.permissions, role.key).toEqual(declared);
    }
    expect(roles.find((r: RoleRow) => r.key === 'ANALYST').permissions).toContain('customers.read');
    expect(roles.find((r: RoleRow) => r.key === 'ANALYST').permissions).not.toContain('customers.write');
  });

  it('a custom role with only customers.read can read customers and not write them', async () => {
    const created = await ws.as.ADMIN.requestOk(CREATE, {
      i: { key: 'READER', name: { en: 'Reader', ru: 'Читатель' }, permissions: ['customers.read'] },
    });
    expect(created.createRole).toEqual({
      key: 'READER',
      permissions: ['customers.read'],
      shipped: false,
      editable: true,
    });
    const reader = await newMember(server, ws, 'READER');
    expect((await reader.client.requestOk('{ me { role roleName { en } permissions } }')).me).toEqual({
      role: 'READER',
      roleName: { en: 'Reader' },
      permissions: ['customers.read'],
    });
    await reader.client.requestOk('{ customers { totalCount } }');
    expect(code(await reader.client.request(CREATE_CUSTOMER))).toBe('FORBIDDEN');

    // Edited, the role holds the new permission from the member's next request.
    await ws.as.ADMIN.requestOk(UPDATE, {
      k: 'READER',
      i: { name: { en: 'Reader' }, permissions: ['customers.read', 'customers.write'] },
    });
    await reader.client.requestOk(CREATE_CUSTOMER);

    expect(code(await ws.as.ADMIN.request(DELETE, { k: 'READER' }))).toBe('ROLE_IN_USE');
    await ws.as.ADMIN.requestOk('mutation($id: ID!) { changeStaffRole(id: $id, role: "OPERATOR") { id } }', {
      id: reader.id,
    });
    expect(await ws.as.ADMIN.requestOk(DELETE, { k: 'READER' })).toEqual({ deleteRole: 'READER' });
    expect(await roleOf('READER')).toBeUndefined();
    const types = (await auditTypes(ws, 40)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['ROLE_CREATED', 'ROLE_UPDATED', 'ROLE_DELETED']));
  });

  it('keeps ADMIN whole and the shipped roles in place', async () => {
    const editAdmin = await ws.as.ADMIN.request(UPDATE, {
      k: 'ADMIN',
      i: { name: { en: 'Boss' }, permissions: [] },
    });
    expect(code(editAdmin)).toBe('ROLE_ADMIN_FIXED');
    expect(code(await ws.as.ADMIN.request(DELETE, { k: 'ADMIN' }))).toBe('ROLE_ADMIN_FIXED');
    expect(code(await ws.as.ADMIN.request(DELETE, { k: 'MANAGER' }))).toBe('ROLE_SHIPPED');
    expect(code(await ws.as.ADMIN.request(DELETE, { k: 'NOBODY' }))).toBe('ROLE_NOT_FOUND');
  });

  it('refuses bad keys, names and permissions with their paths', async () => {
    const bad = await ws.as.ADMIN.request(CREATE, {
      i: { key: 'lower', name: {}, permissions: ['customers.read', 'launch.missiles'] },
    });
    const fields = (
      (bad.errors?.[0]?.extensions?.fields ?? []) as { path: unknown[]; problem: { code: string } }[]
    ).map((f) => [f.path, f.problem.code]);
    expect(fields).toEqual([
      [['input', 'key'], 'ROLE_KEY_FORMAT'],
      [['input', 'name'], 'NAME_IN_ONE_LANGUAGE'],
      [['input', 'permissions', 1], 'PERMISSION_UNKNOWN'],
    ]);
    const taken = await ws.as.ADMIN.request(CREATE, {
      i: { key: 'MANAGER', name: { en: 'M' }, permissions: [] },
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ path: ['input', 'key'] });
    expect(code(taken)).toBe('ROLE_KEY_TAKEN');
  });

  it('an admin’s change to a shipped role stays after a restart; a newly declared default arrives', async () => {
    const manager = (await roleOf('MANAGER')) as RoleRow;
    const without = manager.permissions.filter((p) => p !== 'customers.delete');
    await ws.as.ADMIN.requestOk(UPDATE, {
      k: 'MANAGER',
      i: { name: { en: 'Manager' }, permissions: without },
    });
    // As after the migration or a newly enabled module: the role was never offered customers.delete.
    await server.app.orm.em
      .getConnection()
      .execute(
        "update role set offered = array_remove(offered, 'customers.delete'), permissions = array_remove(permissions, 'customers.delete') where workspace_id = ? and key = 'OPERATOR'",
        [other.id],
      );
    await server.app.services.roles.offerDefaults();
    server.app.services.rolePermissions.forget(ws.id);
    server.app.services.rolePermissions.forget(other.id);
    expect((await roleOf('MANAGER'))?.permissions).not.toContain('customers.delete');
    const operator = (await other.as.ADMIN.requestOk(ROLES)).roles.find((r: RoleRow) => r.key === 'OPERATOR');
    expect(operator.permissions).toEqual(server.app.services.rolePermissions.defaultsFor('OPERATOR').sort());
  });

  it('an operator cannot read or change roles', async () => {
    for (const [query, variables] of [
      [ROLES, {}],
      ['{ permissions { name } }', {}],
      [CREATE, { i: { key: 'SNEAKY', name: { en: 'S' }, permissions: ['staff.manage'] } }],
      [UPDATE, { k: 'OPERATOR', i: { name: { en: 'Op' }, permissions: ['staff.manage'] } }],
      [DELETE, { k: 'ANALYST' }],
    ] as const) {
      expect(code(await ws.as.OPERATOR.request(query, variables)), query).toBe('FORBIDDEN');
    }
  });

  it('another workspace’s admin cannot touch this workspace’s roles', async () => {
    await ws.as.ADMIN.requestOk(CREATE, { i: { key: 'CASHIER', name: { en: 'Cashier' }, permissions: [] } });
    expect((await other.as.ADMIN.requestOk(ROLES)).roles.map((r: RoleRow) => r.key)).not.toContain('CASHIER');
    expect(
      code(
        await other.as.ADMIN.request(UPDATE, {
          k: 'CASHIER',
          i: { name: { en: 'Mine' }, permissions: ['staff.manage'] },
        }),
      ),
    ).toBe('ROLE_NOT_FOUND');
    expect(code(await other.as.ADMIN.request(DELETE, { k: 'CASHIER' }))).toBe('ROLE_NOT_FOUND');
    // Editing its own OPERATOR role leaves this workspace's operators as they were.
    await other.as.ADMIN.requestOk(UPDATE, { k: 'OPERATOR', i: { name: { en: 'Op' }, permissions: [] } });
    expect((await roleOf('CASHIER'))?.permissions).toEqual([]);
    await ws.as.OPERATOR.requestOk('{ customers { totalCount } }');
    // Nor can it give its staff a role key only this workspace has.
    const { staffMembers } = await other.as.ADMIN.requestOk('{ staffMembers { id role } }');
    const analyst = staffMembers.find((s: { role: string }) => s.role === 'ANALYST');
    const assign = await other.as.ADMIN.request(
      'mutation($id: ID!) { changeStaffRole(id: $id, role: "CASHIER") { id } }',
      { id: analyst.id },
    );
    expect(code(assign)).toBe('ROLE_UNKNOWN');
  });
});
