import { GraphQLClient } from '@patron/testkit';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { auditTypes, newMember } from '../staff/staff-test-helpers.js';
import { FREE_FAILURES } from './sign-in-throttle.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const SECOND =
  'mutation($c: String!, $k: String!) { loginSecondStep(challenge: $c, code: $k) { id twoFactorEnabled } }';
const START = 'mutation { startTwoFactorEnrolment { secret uri qr } }';
const CONFIRM = 'mutation($k: String!) { confirmTwoFactor(code: $k) }';
const TURN_OFF = 'mutation($p: String!) { turnOffTwoFactor(proof: $p) { enabled recoveryCodesLeft } }';
const STATUS = '{ myTwoFactor { enabled recoveryCodesLeft } }';
const RESET = 'mutation($id: ID!) { resetStaffTwoFactor(id: $id) { id twoFactorEnabled } }';
const ME = '{ me { id } }';

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const problemOf = (a: Answer) => (a.errors?.[0]?.extensions?.problem as { code: string } | undefined)?.code;

const totp = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
/** The code of the step `steps` away from now, as the person's app would show it then. */
const codeAt = (secret: string, steps = 0) =>
  totp(secret).generate({ timestamp: Date.now() + steps * 30_000 });
/** Six digits that no step within the window accepts. */
function wrongCode(secret: string): string {
  const right = new Set([-2, -1, 0, 1, 2].map((s) => codeAt(secret, s)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!right.has(code)) return code;
  }
}

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let ipCounter = 0;
beforeAll(async () => {
  // Behind a trusted proxy: each test signs in from its own address, so throttle counts stay apart.
  server = await startTestServer({
    secretKey: 'two-factor-test-key-0123456789abcdef',
    trustProxy: ['loopback'],
  });
  ws = await server.workspace();
  other = await server.workspace('Other club');
});
afterAll(async () => server?.close());

const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute(text, params) as unknown as Promise<T>;

function fromNewAddress(): GraphQLClient {
  const client = new GraphQLClient(server.graphqlUrl);
  client.headers['x-forwarded-for'] = `198.51.100.${++ipCounter}`;
  return client;
}

/** A member who has turned two-factor on: their secret and recovery codes, as they saw them once. */
async function enrolled(workspace = ws) {
  const member = await newMember(server, workspace, 'OPERATOR');
  const { startTwoFactorEnrolment: started } = await member.client.requestOk(START);
  const { confirmTwoFactor: recovery } = await member.client.requestOk(CONFIRM, {
    k: codeAt(started.secret),
  });
  return {
    ...member,
    secret: started.secret as string,
    uri: started.uri as string,
    recovery: recovery as string[],
  };
}

/** The password step from a fresh client: the challenge it was refused with. */
async function passwordStep(email: string, password: string, client = fromNewAddress()) {
  const answer = await client.request(LOGIN, { e: email, p: password });
  expect(problemOf(answer)).toBe('TWO_FACTOR_REQUIRED');
  return { client, challenge: answer.errors?.[0]?.extensions?.challenge as string };
}

describe('two-factor sign-in', () => {
  it('enrols with a code; then sign-in needs the code, and the right one signs in', async () => {
    const member = await newMember(server, ws, 'OPERATOR');
    const { startTwoFactorEnrolment: started } = await member.client.requestOk(START);
    expect(started.uri).toMatch(/^otpauth:\/\/totp\/.+secret=[A-Z2-7]+/);
    expect(started.uri).toContain(encodeURIComponent(member.email));
    expect(started.qr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await member.client.requestOk(STATUS)).myTwoFactor.enabled).toBe(false);

    expect(problemOf(await member.client.request(CONFIRM, { k: wrongCode(started.secret) }))).toBe(
      'TWO_FACTOR_CODE_WRONG',
    );
    const { confirmTwoFactor: codes } = await member.client.requestOk(CONFIRM, { k: codeAt(started.secret) });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await member.client.requestOk(STATUS)).myTwoFactor).toEqual({
      enabled: true,
      recoveryCodesLeft: 10,
    });
    expect(problemOf(await member.client.request(START))).toBe('TWO_FACTOR_ALREADY_ON');

    const { client, challenge } = await passwordStep(member.email, member.password);
    expect(challenge).toBeTruthy();
    // The password alone made no session.
    expect((await client.requestOk(ME)).me).toBeNull();
    const signedIn = await client.requestOk(SECOND, { c: challenge, k: codeAt(started.secret, 1) });
    expect(signedIn.loginSecondStep).toEqual({ id: member.id, twoFactorEnabled: true });
    expect((await client.requestOk(ME)).me.id).toBe(member.id);
    expect((await auditTypes(ws, 5)).map((e) => e.type)).toContain('TWO_FACTOR_ENABLED');
  });

  it('keeps the secret sealed and the recovery codes hashed, never in plain text', async () => {
    const member = await enrolled();
    const [row] = await sql<{ two_factor_secret: string; two_factor_pending_secret: string | null }[]>(
      'select two_factor_secret, two_factor_pending_secret from staff where id = ?',
      [member.id],
    );
    expect(row?.two_factor_secret).toMatch(/^v1\./);
    expect(row?.two_factor_secret).not.toContain(member.secret);
    expect(row?.two_factor_pending_secret).toBeNull();
    const hashes = await sql<{ code_hash: string }[]>(
      'select code_hash from staff_recovery_code where staff_id = ?',
      [member.id],
    );
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) {
      expect(code_hash).toMatch(/^\$argon2id\$/);
      for (const code of member.recovery) {
        expect(code_hash).not.toContain(code.replace('-', ''));
      }
    }
  });

  it('refuses a wrong code, counts it towards the throttle and locks the source out', async () => {
    const member = await enrolled();
    const { client, challenge } = await passwordStep(member.email, member.password);
    // The password step was the streak's first attempt; each wrong code adds one.
    for (let i = 1; i < FREE_FAILURES; i++) {
      const wrong = await client.request(SECOND, { c: challenge, k: wrongCode(member.secret) });
      expect(problemOf(wrong)).toBe('TWO_FACTOR_CODE_WRONG');
    }
    const locked = await client.request(SECOND, { c: challenge, k: codeAt(member.secret, 1) });
    expect(problemOf(locked)).toBe('SIGN_IN_THROTTLED');
    expect((await client.requestOk(ME)).me).toBeNull();
    expect(problemOf(await client.request(LOGIN, { e: member.email, p: member.password }))).toBe(
      'SIGN_IN_THROTTLED',
    );
  });

  it('refuses a code already used in its time step', async () => {
    const member = await enrolled();
    const code = codeAt(member.secret, 1);
    const first = await passwordStep(member.email, member.password);
    await first.client.requestOk(SECOND, { c: first.challenge, k: code });
    const again = await passwordStep(member.email, member.password);
    expect(problemOf(await again.client.request(SECOND, { c: again.challenge, k: code }))).toBe(
      'TWO_FACTOR_CODE_USED',
    );
    // The step before it is spent too: confirming used it.
    const older = await again.client.request(SECOND, { c: again.challenge, k: codeAt(member.secret) });
    expect(problemOf(older)).toBe('TWO_FACTOR_CODE_USED');
    expect((await again.client.requestOk(ME)).me).toBeNull();
  });

  it('takes a recovery code once', async () => {
    const member = await enrolled();
    const [recovery] = member.recovery as [string];
    const first = await passwordStep(member.email, member.password);
    // Typed carelessly: capitals, no dash, spaces.
    const typed = ` ${recovery.replace('-', '').toUpperCase()} `;
    await first.client.requestOk(SECOND, { c: first.challenge, k: typed });
    expect((await first.client.requestOk(ME)).me.id).toBe(member.id);
    expect((await first.client.requestOk(STATUS)).myTwoFactor.recoveryCodesLeft).toBe(9);
    const events = await auditTypes(ws, 3);
    expect(events[0]).toMatchObject({ type: 'TWO_FACTOR_RECOVERY_CODE_USED', subject: member.id });

    const again = await passwordStep(member.email, member.password);
    expect(problemOf(await again.client.request(SECOND, { c: again.challenge, k: recovery }))).toBe(
      'TWO_FACTOR_CODE_WRONG',
    );
  });

  it('refuses a challenge that is forged, tampered with or for a changed password', async () => {
    const member = await enrolled();
    const { client, challenge } = await passwordStep(member.email, member.password);
    const [payload, signature] = challenge.split('.') as [string, string];
    const flipped = `${payload.slice(0, -2)}${payload.endsWith('AA') ? 'AB' : 'AA'}.${signature}`;
    for (const c of ['nonsense', flipped, `${payload}.${'A'.repeat(43)}`]) {
      expect(problemOf(await client.request(SECOND, { c, k: codeAt(member.secret, 1) })), c).toBe(
        'TWO_FACTOR_CHALLENGE_EXPIRED',
      );
    }
    await ws.as.ADMIN.requestOk(
      'mutation($id: ID!) { setTemporaryPassword(id: $id, password: "another-temp-pass") { id } }',
      {
        id: member.id,
      },
    );
    expect(problemOf(await client.request(SECOND, { c: challenge, k: codeAt(member.secret, 1) }))).toBe(
      'TWO_FACTOR_CHALLENGE_EXPIRED',
    );
  });

  it('turns off with the password, not with a wrong proof', async () => {
    const member = await enrolled();
    expect(problemOf(await member.client.request(TURN_OFF, { p: 'not-my-password' }))).toBe(
      'TWO_FACTOR_CODE_WRONG',
    );
    const off = await member.client.requestOk(TURN_OFF, { p: member.password });
    expect(off.turnOffTwoFactor).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    await fromNewAddress().requestOk(LOGIN, { e: member.email, p: member.password });
    expect((await auditTypes(ws, 3))[0]).toMatchObject({ type: 'TWO_FACTOR_DISABLED', subject: member.id });
  });

  it('an admin resets a member’s two-factor; another workspace’s admin cannot', async () => {
    const member = await enrolled();
    const foreign = await other.as.ADMIN.request(RESET, { id: member.id });
    expect(problemOf(foreign)).toBe('STAFF_NOT_FOUND');
    await passwordStep(member.email, member.password);
    // A role without staff.manage cannot either.
    expect(problemOf(await ws.as.MANAGER.request(RESET, { id: member.id }))).toBe('FORBIDDEN');

    const reset = await ws.as.ADMIN.requestOk(RESET, { id: member.id });
    expect(reset.resetStaffTwoFactor).toEqual({ id: member.id, twoFactorEnabled: false });
    await fromNewAddress().requestOk(LOGIN, { e: member.email, p: member.password });
    const [row] = await sql<{ secret: string | null; codes: number }[]>(
      `select two_factor_secret as secret,
              (select count(*)::int from staff_recovery_code where staff_id = staff.id) as codes
         from staff where id = ?`,
      [member.id],
    );
    expect(row).toEqual({ secret: null, codes: 0 });
    expect((await auditTypes(ws, 3))[0]).toMatchObject({
      type: 'STAFF_TWO_FACTOR_RESET',
      subject: member.id,
    });
    expect((await auditTypes(other, 50)).map((e) => e.type)).not.toContain('STAFF_TWO_FACTOR_RESET');
  });
});

describe('two-factor sign-in without PATRON_SECRET_KEY', () => {
  it('refuses to set it up', async () => {
    const keyless = await startTestServer({ secretKey: null });
    try {
      const workspace = await keyless.workspace();
      const answer = await workspace.as.OPERATOR.request(START);
      expect(problemOf(answer)).toBe('TWO_FACTOR_SECRET_KEY_MISSING');
    } finally {
      await keyless.close();
    }
  });
});
