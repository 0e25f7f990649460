import { GraphQLClient } from '@patron/testkit';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { auditTypes, newMember } from '../staff/staff-test-helpers.js';

const CUSTOMERS = '{ customers { totalCount } }';
const ME = '{ me { id twoFactorEnabled twoFactorSetupRequired } }';
const STATUS = '{ myTwoFactor { enabled } }';
const START = 'mutation { startTwoFactorEnrolment { secret } }';
const CONFIRM = 'mutation($k: String!) { confirmTwoFactor(code: $k) }';
const TURN_OFF = 'mutation($p: String!) { turnOffTwoFactor(proof: $p) { enabled } }';
const RESET = 'mutation($id: ID!) { resetStaffTwoFactor(id: $id) { id twoFactorEnabled } }';
const PREFERENCES = 'mutation { updateMyPreferences(input: { locale: RU }) { locale } }';
const SETTINGS =
  'mutation($r: [String!]) { updateWorkspaceSettings(input: { twoFactorRequiredRoles: $r }) { twoFactorRequiredRoles } }';
const CREATE_KEY = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }';

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const problemOf = (a: Answer) => (a.errors?.[0]?.extensions?.problem as { code: string } | undefined)?.code;
const codeOf = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ secretKey: 'two-factor-required-test-key-0123456789' });
  ws = await server.workspace();
  other = await server.workspace('Other club');
  await ws.as.ADMIN.requestOk(SETTINGS, { r: ['OPERATOR'] });
});
afterAll(async () => server?.close());

async function enrol(client: GraphQLClient): Promise<string> {
  const { startTwoFactorEnrolment } = await client.requestOk(START);
  await client.requestOk(CONFIRM, { k: codeOf(startTwoFactorEnrolment.secret) });
  return startTwoFactorEnrolment.secret;
}

describe('a workspace requiring two-factor sign-in for a role', () => {
  it('keeps the setting, refuses an unknown role and audits the change', async () => {
    const { updateWorkspaceSettings } = await ws.as.ADMIN.requestOk(SETTINGS, {
      r: ['OPERATOR', 'OPERATOR'],
    });
    expect(updateWorkspaceSettings.twoFactorRequiredRoles).toEqual(['OPERATOR']);
    const refused = await ws.as.ADMIN.request(SETTINGS, { r: ['OPERATOR', 'NO_SUCH_ROLE'] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors?.[0]?.extensions?.fields)).toContain('ROLE_UNKNOWN');
    expect(problemOf(await ws.as.MANAGER.request(SETTINGS, { r: [] }))).toBe('FORBIDDEN');
    expect((await auditTypes(ws, 50)).map((e) => e.type)).toContain('WORKSPACE_SETTINGS_CHANGED');
  });

  it('an operator without it may only set it up; once on, everything works', async () => {
    const operator = await newMember(server, ws, 'OPERATOR');
    expect(problemOf(await operator.client.request(CUSTOMERS))).toBe('TWO_FACTOR_SETUP_REQUIRED');
    expect((await operator.client.requestOk(ME)).me).toMatchObject({ twoFactorSetupRequired: true });
    expect((await operator.client.requestOk(STATUS)).myTwoFactor.enabled).toBe(false);
    await operator.client.requestOk(PREFERENCES);
    await enrol(operator.client);
    expect((await operator.client.requestOk(ME)).me).toMatchObject({
      twoFactorEnabled: true,
      twoFactorSetupRequired: false,
    });
    expect((await operator.client.requestOk(CUSTOMERS)).customers.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('a manager, whose role is not in the list, is unaffected', async () => {
    const manager = await newMember(server, ws, 'MANAGER');
    expect((await manager.client.requestOk(ME)).me.twoFactorSetupRequired).toBe(false);
    await manager.client.requestOk(CUSTOMERS);
  });

  it('turning one’s own off is refused while required; an admin’s reset works, then enrolment again', async () => {
    const operator = await newMember(server, ws, 'OPERATOR');
    const secret = await enrol(operator.client);
    expect(problemOf(await operator.client.request(TURN_OFF, { p: codeOf(secret) }))).toBe(
      'TWO_FACTOR_REQUIRED_BY_WORKSPACE',
    );
    expect((await operator.client.requestOk(STATUS)).myTwoFactor.enabled).toBe(true);

    const { resetStaffTwoFactor } = await ws.as.ADMIN.requestOk(RESET, { id: operator.id });
    expect(resetStaffTwoFactor.twoFactorEnabled).toBe(false);
    expect(problemOf(await operator.client.request(CUSTOMERS))).toBe('TWO_FACTOR_SETUP_REQUIRED');
  });

  it('another workspace’s setting does not apply', async () => {
    const operator = await newMember(server, other, 'OPERATOR');
    expect((await operator.client.requestOk(ME)).me.twoFactorSetupRequired).toBe(false);
    await operator.client.requestOk(CUSTOMERS);
  });

  it('an API key is not a person: unaffected', async () => {
    const { createApiKey } = await ws.as.ADMIN.requestOk(CREATE_KEY, {
      input: { name: 'Till', permissions: ['customers.read'] },
    });
    const key = new GraphQLClient(server.graphqlUrl);
    key.headers.authorization = `Bearer ${createApiKey.secret}`;
    await key.requestOk(CUSTOMERS);
  });

  it('with a temporary password, the password is changed first (then set-up is required)', async () => {
    const { createStaff } = await ws.as.ADMIN.requestOk(
      'mutation($i: CreateStaffInput!) { createStaff(input: $i) { id email } }',
      {
        i: {
          email: `temp-${process.pid}@test.patron`,
          name: 'Temp',
          role: 'OPERATOR',
          password: 'temporary-pass-1',
        },
      },
    );
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: createStaff.email,
      p: 'temporary-pass-1',
    });
    expect(problemOf(await client.request(STATUS))).toBe('PASSWORD_CHANGE_REQUIRED');
    await client.requestOk('mutation($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) { id } }', {
      i: { currentPassword: 'temporary-pass-1', newPassword: 'my-own-password-1' },
    });
    expect(problemOf(await client.request(CUSTOMERS))).toBe('TWO_FACTOR_SETUP_REQUIRED');
  });
});
