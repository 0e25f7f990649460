import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';
import { FREE_FAILURES, SOURCE_MAX_FAILURES } from './sign-in-throttle.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';

// Behind a trusted proxy (loopback), so each test can play clients at several addresses.
let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ trustProxy: ['loopback'] });
  ws = await server.workspace();
});
afterAll(async () => server?.close());

function from(ip: string): GraphQLClient {
  const client = new GraphQLClient(server.graphqlUrl);
  client.headers['x-forwarded-for'] = ip;
  return client;
}

const problemOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (answer.errors?.[0]?.extensions?.problem as { code: string; params: Record<string, number> } | undefined) ??
  null;

/** Lets the source's current lockout for this email end, as if its minutes had passed. */
async function endLockout(email: string, ip: string): Promise<void> {
  await server.app.orm.em
    .getConnection()
    .execute(
      "update sign_in_throttle set locked_until = now() - interval '1 second' where email = ? and ip = ?",
      [email, ip],
    );
}

describe('sign-in throttle under attack', () => {
  it('50 parallel guesses from one source: at most the limit reach the password check', async () => {
    const attacker = from('203.0.113.10');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        attacker.request(LOGIN, { e: ws.emails.OPERATOR, p: `guess-${i}` }),
      ),
    );
    const codes = answers.map((a) => problemOf(a)?.code);
    const checked = codes.filter((c) => c === 'SIGN_IN_FAILED').length;
    const throttled = codes.filter((c) => c === 'SIGN_IN_THROTTLED').length;
    expect(checked + throttled).toBe(50);
    expect(checked).toBeLessThanOrEqual(FREE_FAILURES);
    expect(checked).toBeGreaterThan(0);
    // The right password during the lockout is refused too: it is not even checked.
    const right = await attacker.request(LOGIN, { e: ws.emails.OPERATOR, p: TEST_PASSWORD });
    expect(problemOf(right)?.code).toBe('SIGN_IN_THROTTLED');
    expect(right.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('a stranger failing 20 times does not lock the owner out; the stranger waits longer each time', async () => {
    const attacker = from('198.51.100.7');
    const owner = from('192.0.2.44');
    const codes: string[] = [];
    for (let i = 0; i < 20; i++) {
      codes.push(
        problemOf(await attacker.request(LOGIN, { e: ws.emails.ADMIN, p: `nope-${i}` }))?.code ?? 'OK',
      );
    }
    expect(codes.slice(0, FREE_FAILURES)).toEqual(Array(FREE_FAILURES).fill('SIGN_IN_FAILED'));
    expect(codes.slice(FREE_FAILURES)).toEqual(Array(20 - FREE_FAILURES).fill('SIGN_IN_THROTTLED'));

    const signedIn = await owner.request(LOGIN, { e: ws.emails.ADMIN, p: TEST_PASSWORD });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.login?.id).toBeTruthy();

    // Each lockout the stranger waits out buys one more guess and a lockout twice as long.
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const locked = await attacker.request(LOGIN, { e: ws.emails.ADMIN, p: 'still-wrong' });
      expect(problemOf(locked)?.code).toBe('SIGN_IN_THROTTLED');
      waits.push(problemOf(locked)?.params.minutes ?? 0);
      await endLockout(ws.emails.ADMIN, '198.51.100.7');
      expect(
        problemOf(await attacker.request(LOGIN, { e: ws.emails.ADMIN, p: `again-${round}` }))?.code,
      ).toBe('SIGN_IN_FAILED');
    }
    expect(waits).toEqual([1, 2, 4, 8]);

    // The admins are told, in the targeted workspace's audit log.
    const audit = await ws.as.ADMIN.requestOk(
      '{ auditEvents(first: 200) { edges { node { type subject details actor { kind } } } } }',
    );
    const events = audit.auditEvents.edges.map((e: { node: unknown }) => e.node);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'SIGN_IN_LOCKED',
        subject: ws.emails.ADMIN,
        details: expect.objectContaining({ ip: '198.51.100.7', until: expect.any(String) }),
        actor: { kind: 'system' },
      }),
    );
    // Once per crossing, not once per lockout that follows.
    expect(events.filter((e: { subject: string }) => e.subject === ws.emails.ADMIN)).toHaveLength(1);
  });

  it('a success ends the source’s streak: the owner’s own typos do not pile up', async () => {
    const owner = from('192.0.2.45');
    for (let i = 0; i < FREE_FAILURES - 1; i++) {
      expect(problemOf(await owner.request(LOGIN, { e: ws.emails.MANAGER, p: `typo-${i}` }))?.code).toBe(
        'SIGN_IN_FAILED',
      );
    }
    expect((await owner.request(LOGIN, { e: ws.emails.MANAGER, p: TEST_PASSWORD })).errors).toBeUndefined();
    for (let i = 0; i < FREE_FAILURES - 1; i++) {
      expect(problemOf(await owner.request(LOGIN, { e: ws.emails.MANAGER, p: `typo-${i}` }))?.code).toBe(
        'SIGN_IN_FAILED',
      );
    }
    expect((await owner.request(LOGIN, { e: ws.emails.MANAGER, p: TEST_PASSWORD })).errors).toBeUndefined();
  });

  it('one source guessing many emails in parallel is capped across them', async () => {
    const sprayer = from('203.0.113.99');
    const answers = await Promise.all(
      Array.from({ length: SOURCE_MAX_FAILURES + 10 }, (_, i) =>
        sprayer.request(LOGIN, { e: `someone-${i}@spray.test`, p: 'Summer2026!' }),
      ),
    );
    const checked = answers.filter((a) => problemOf(a)?.code === 'SIGN_IN_FAILED').length;
    expect(checked).toBeLessThanOrEqual(SOURCE_MAX_FAILURES);
    expect(checked).toBeGreaterThan(0);
    const next = await sprayer.request(LOGIN, { e: ws.emails.ANALYST, p: TEST_PASSWORD });
    expect(problemOf(next)?.code).toBe('SIGN_IN_THROTTLED');
    // Another source is not affected.
    expect(
      (await from('203.0.113.100').request(LOGIN, { e: ws.emails.ANALYST, p: TEST_PASSWORD })).errors,
    ).toBeUndefined();
  });

  it('behind a trusted proxy, X-Forwarded-For is the source: of the throttle and of the session', async () => {
    // Five failures, each from a different forwarded address: no address reaches the limit.
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect(
        problemOf(await from(`192.0.2.${100 + i}`).request(LOGIN, { e: ws.emails.ANALYST, p: 'x-wrong-pw' }))
          ?.code,
      ).toBe('SIGN_IN_FAILED');
    }
    const client = from('192.0.2.200');
    expect((await client.request(LOGIN, { e: ws.emails.ANALYST, p: TEST_PASSWORD })).errors).toBeUndefined();
    const { mySessions } = await client.requestOk('{ mySessions { ip current } }');
    expect(mySessions.find((s: { current: boolean }) => s.current)?.ip).toBe('192.0.2.200');
  });
});
