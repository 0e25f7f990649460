import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';
import { Passwords } from './passwords.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id role permissions } }';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

describe('staff sign-in', () => {
  it('sets an httpOnly session cookie; me and logout work', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { e: ws.emails.MANAGER, p: TEST_PASSWORD } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/patron_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const client = new GraphQLClient(server.graphqlUrl);
    const login = await client.requestOk(LOGIN, { e: ws.emails.ANALYST.toUpperCase(), p: TEST_PASSWORD });
    expect(login.login.role).toBe('ANALYST');
    expect(login.login.permissions).toContain('customers.read');
    expect(login.login.permissions).not.toContain('customers.write');
    const me = await client.requestOk('{ me { email workspace { name } } }');
    expect(me.me).toEqual({ email: ws.emails.ANALYST, workspace: { name: 'Test club' } });
    await client.requestOk('mutation { logout }');
    expect((await client.requestOk('{ me { id } }')).me).toBeNull();
    const after = await client.request('{ customers { totalCount } }');
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores passwords as argon2id hashes only', async () => {
    const rows = await server.app.orm.em
      .getConnection()
      .execute<{ password_hash: string }[]>('select password_hash from staff where workspace_id = ?', [
        ws.id,
      ]);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
      expect(row.password_hash).not.toContain(TEST_PASSWORD);
    }
  });

  it('locks an email out after five wrong passwords, even with the right one', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    for (let i = 0; i < 5; i++) {
      const wrong = await client.request(LOGIN, { e: ws.emails.OPERATOR, p: `wrong-${i}` });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await client.request(LOGIN, { e: ws.emails.OPERATOR, p: TEST_PASSWORD });
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('an unknown email and a wrong password get the same answer', async () => {
    const client = new GraphQLClient(server.graphqlUrl);
    const unknown = await client.request(LOGIN, { e: 'nobody@nowhere.test', p: 'whatever-pass' });
    const wrong = await client.request(LOGIN, { e: ws.emails.ADMIN, p: 'whatever-pass' });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('rehashes a password made at another cost when its owner signs in, and only then', async () => {
    const sql = server.app.orm.em.getConnection();
    const hashOf = async () =>
      (
        await sql.execute<{ password_hash: string }[]>('select password_hash from staff where email = ?', [
          ws.emails.ANALYST,
        ])
      )[0]?.password_hash;
    // As an older Patron (argon2's 64 MiB default) stored it; this server hashes at 1 MiB, 1 pass.
    const old = await new Passwords({ memoryCost: 2048, timeCost: 2 }).hash(TEST_PASSWORD);
    await sql.execute('update staff set password_hash = ? where email = ?', [old, ws.emails.ANALYST]);

    const wrong = await new GraphQLClient(server.graphqlUrl).request(LOGIN, {
      e: ws.emails.ANALYST,
      p: 'wrong-pass-1',
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await hashOf()).toBe(old);

    await new GraphQLClient(server.graphqlUrl).requestOk(LOGIN, { e: ws.emails.ANALYST, p: TEST_PASSWORD });
    const rehashed = await hashOf();
    expect(rehashed).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    await new GraphQLClient(server.graphqlUrl).requestOk(LOGIN, { e: ws.emails.ANALYST, p: TEST_PASSWORD });
    expect(await hashOf()).toBe(rehashed);
  });

  it('remembers language and calendar preferences', async () => {
    const prefs = await ws.as.OPERATOR.requestOk(
      'mutation { updateMyPreferences(input: { locale: FA, calendar: JALALI }) { locale calendar } }',
    );
    expect(prefs.updateMyPreferences).toEqual({ locale: 'FA', calendar: 'JALALI' });
    expect((await ws.as.OPERATOR.requestOk('{ me { locale calendar } }')).me).toEqual({
      locale: 'FA',
      calendar: 'JALALI',
    });
  });

  it('admins create staff; weak passwords and duplicates are refused', async () => {
    const CREATE = 'mutation($i: CreateStaffInput!) { createStaff(input: $i) { email role } }';
    const made = await ws.as.ADMIN.requestOk(CREATE, {
      i: { email: 'New@Staff.test', name: 'New', role: 'OPERATOR', password: 'long-enough-pw' },
    });
    expect(made.createStaff).toEqual({ email: 'new@staff.test', role: 'OPERATOR' });
    const weak = await ws.as.ADMIN.request(CREATE, {
      i: { email: 'w@staff.test', name: 'W', role: 'OPERATOR', password: 'short' },
    });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'password'],
    });
    const dup = await ws.as.ADMIN.request(CREATE, {
      i: { email: 'new@staff.test', name: 'N', role: 'OPERATOR', password: 'long-enough-pw' },
    });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'email'] });
    const { staffMembers } = await ws.as.ADMIN.requestOk('{ staffMembers { email workspace { name } } }');
    expect(staffMembers).toHaveLength(5);
    expect(staffMembers.every((s: { workspace: { name: string } }) => s.workspace.name === 'Test club')).toBe(
      true,
    );
    const byManager = await ws.as.MANAGER.request(CREATE, {
      i: { email: 'm@staff.test', name: 'M', role: 'ADMIN', password: 'long-enough-pw' },
    });
    expect(byManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
