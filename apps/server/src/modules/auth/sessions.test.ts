import { request as httpRequest } from 'node:http';
import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const SESSIONS = '{ mySessions { id createdAt lastSeenAt expiresAt ip userAgent current } }';

interface Session {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

// No trusted proxy here: the default.
let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

const sql = <T = unknown>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute(text, params) as unknown as Promise<T>;

async function signIn(email: string, userAgent?: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(server.graphqlUrl);
  if (userAgent) client.headers['user-agent'] = userAgent;
  await client.requestOk(LOGIN, { e: email, p: TEST_PASSWORD });
  return client;
}

/** The id of the session a client signed in with, before the client has used it. */
async function newestSessionOf(email: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>(
    `select s.id from staff_session s join staff on staff.id = s.staff_id
      where staff.email = ? order by s.created_at desc limit 1`,
    [email],
  );
  return row?.id as string;
}

const me = async (client: GraphQLClient) => (await client.requestOk('{ me { id } }')).me;

/** Sends a raw cookie header (bytes a browser would not send, too). */
function rawMe(cookie: string): Promise<{ status: number; body: string }> {
  const url = new URL(server.graphqlUrl);
  const body = JSON.stringify({ query: '{ me { id } }' });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('my sessions', () => {
  it('lists my own sessions with where and what from, never the token', async () => {
    const laptop = await signIn(ws.emails.MANAGER, 'Laptop browser/1.0');
    const phone = await signIn(ws.emails.MANAGER, 'Phone browser/2.0');
    const { mySessions } = (await phone.requestOk(SESSIONS)) as { mySessions: Session[] };
    // The harness's own sign-in for MANAGER is the third.
    expect(mySessions).toHaveLength(3);
    expect(mySessions.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Phone browser/2.0']);
    expect(mySessions.map((s) => s.userAgent)).toContain('Laptop browser/1.0');
    expect(mySessions.every((s) => s.ip === '127.0.0.1')).toBe(true);
    const token = phone.cookies.get('patron_session') as string;
    expect(JSON.stringify(mySessions)).not.toContain(token);
    // Somebody else sees only their own.
    const theirs = (await ws.as.ANALYST.requestOk(SESSIONS)).mySessions as Session[];
    expect(theirs.some((s) => mySessions.some((m) => m.id === s.id))).toBe(false);
    expect(await me(laptop)).not.toBeNull();
  });

  it('signs out one session; another person’s session cannot be signed out', async () => {
    const kept = await signIn(ws.emails.OPERATOR);
    const lost = await signIn(ws.emails.OPERATOR, 'Lost phone');
    expect(await me(lost)).not.toBeNull();
    const sessions = (await kept.requestOk(SESSIONS)).mySessions as Session[];
    const target = sessions.find((s) => s.userAgent === 'Lost phone') as Session;

    const byStranger = await ws.as.ANALYST.request('mutation($id: ID!) { signOutSession(id: $id) }', {
      id: target.id,
    });
    expect(byStranger.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'SESSION_NOT_FOUND' });
    expect(await me(lost)).not.toBeNull();
    const nonsense = await kept.request('mutation { signOutSession(id: "not-a-session") }');
    expect(nonsense.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await kept.requestOk('mutation($id: ID!) { signOutSession(id: $id) }', { id: target.id });
    expect(await me(lost)).toBeNull();
    expect(await me(kept)).not.toBeNull();
  });

  it('signs out everywhere else, or everywhere', async () => {
    const a = await signIn(ws.emails.ANALYST);
    const b = await signIn(ws.emails.ANALYST);
    const c = await signIn(ws.emails.ANALYST);
    expect(await me(b)).not.toBeNull();
    const ended = await a.requestOk('mutation { signOutEverywhere(keepCurrent: true) }');
    expect(ended.signOutEverywhere).toBeGreaterThanOrEqual(3); // b, c and the harness's
    expect(await me(b)).toBeNull();
    expect(await me(c)).toBeNull();
    expect(await me(a)).not.toBeNull();
    expect(((await a.requestOk(SESSIONS)).mySessions as Session[]).length).toBe(1);

    const d = await signIn(ws.emails.ANALYST);
    await a.requestOk('mutation { signOutEverywhere(keepCurrent: false) }');
    expect(await me(a)).toBeNull();
    expect(await me(d)).toBeNull();
  });

  it('a session unused for longer than the idle timeout has ended', async () => {
    const client = await signIn(ws.emails.ADMIN);
    const id = await newestSessionOf(ws.emails.ADMIN);
    await sql("update staff_session set last_seen_at = now() - interval '12 hours 1 minute' where id = ?", [
      id,
    ]);
    expect(await me(client)).toBeNull();

    const fresh = await signIn(ws.emails.ADMIN);
    const freshId = await newestSessionOf(ws.emails.ADMIN);
    await sql("update staff_session set last_seen_at = now() - interval '11 hours' where id = ?", [freshId]);
    expect(await me(fresh)).not.toBeNull();
  });

  it('a session in use still ends at its absolute end', async () => {
    const client = await signIn(ws.emails.ADMIN);
    const id = await newestSessionOf(ws.emails.ADMIN);
    const [row] = await sql<{ days: number }[]>(
      'select extract(epoch from expires_at - created_at)::float8 / 86400 as days from staff_session where id = ?',
      [id],
    );
    expect(row?.days).toBeCloseTo(30, 3);
    await sql(
      `update staff_session set created_at = now() - interval '30 days', expires_at = now() - interval '1 second',
              last_seen_at = now() where id = ?`,
      [id],
    );
    expect(await me(client)).toBeNull();
  });

  it('last seen is written at most once a minute, not on every request', async () => {
    const recent = await signIn(ws.emails.MANAGER);
    const recentId = await newestSessionOf(ws.emails.MANAGER);
    await sql("update staff_session set last_seen_at = now() - interval '30 seconds' where id = ?", [
      recentId,
    ]);
    await me(recent);
    const [kept] = await sql<{ age: number }[]>(
      'select extract(epoch from now() - last_seen_at)::float8 as age from staff_session where id = ?',
      [recentId],
    );
    expect(kept?.age).toBeGreaterThanOrEqual(29);

    const stale = await signIn(ws.emails.MANAGER);
    const staleId = await newestSessionOf(ws.emails.MANAGER);
    await sql("update staff_session set last_seen_at = now() - interval '5 minutes' where id = ?", [staleId]);
    await me(stale);
    const [touched] = await sql<{ age: number }[]>(
      'select extract(epoch from now() - last_seen_at)::float8 as age from staff_session where id = ?',
      [staleId],
    );
    expect(touched?.age).toBeLessThan(10);
  });

  it('a malformed session cookie means signed out, never an internal error', async () => {
    const cookies = [
      'patron_session=%E0%A4%A',
      'patron_session=%',
      `patron_session=${'A'.repeat(8000)}`,
      'patron_session=\u00ff\u00fe\u0080binary\u00e9',
      'patron_session==; patron_session=%ZZ',
    ];
    for (const cookie of cookies) {
      const answer = await rawMe(cookie);
      expect(answer.status, cookie.slice(0, 40)).toBe(200);
      expect(JSON.parse(answer.body), cookie.slice(0, 40)).toEqual({ data: { me: null } });
    }
  });

  it('without a trusted proxy a forged X-Forwarded-For changes nothing', async () => {
    const forger = new GraphQLClient(server.graphqlUrl);
    for (let i = 0; i < 5; i++) {
      forger.headers['x-forwarded-for'] = `10.9.8.${i}`;
      await forger.request(LOGIN, { e: ws.emails.OPERATOR, p: `forged-${i}` });
    }
    forger.headers['x-forwarded-for'] = '10.9.8.250';
    const refused = await forger.request(LOGIN, { e: ws.emails.OPERATOR, p: TEST_PASSWORD });
    expect(refused.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'SIGN_IN_THROTTLED' });
    const [row] = await sql<{ n: number }[]>(
      "select count(*)::int as n from sign_in_throttle where ip like '10.9.8.%'",
    );
    expect(row?.n).toBe(0);
  });

  it('the prune job deletes ended sessions and forgotten sign-in streaks', async () => {
    const live = await signIn(ws.emails.ANALYST);
    const liveId = await newestSessionOf(ws.emails.ANALYST);
    await signIn(ws.emails.ANALYST);
    const idleId = await newestSessionOf(ws.emails.ANALYST);
    await signIn(ws.emails.ANALYST);
    const expiredId = await newestSessionOf(ws.emails.ANALYST);
    await sql("update staff_session set last_seen_at = now() - interval '13 hours' where id = ?", [idleId]);
    await sql("update staff_session set expires_at = now() - interval '1 minute' where id = ?", [expiredId]);
    await sql(
      `insert into sign_in_throttle (email, ip, attempts, window_start, last_at, locked_until) values
         ('old@prune.test', '10.0.0.1', 3, now() - interval '2 days', now() - interval '2 days', null),
         ('locked@prune.test', '10.0.0.1', 9, now() - interval '2 days', now() - interval '2 days', now() + interval '1 hour'),
         ('recent@prune.test', '10.0.0.1', 2, now(), now(), null),
         ('', '10.0.0.2', 30, now() - interval '20 minutes', now() - interval '20 minutes', null),
         ('', '10.0.0.3', 30, now(), now(), null)`,
    );

    await server.app.jobs.kick('auth.prune');

    const sessions = await sql<{ id: string }[]>('select id from staff_session where id in (?, ?, ?)', [
      liveId,
      idleId,
      expiredId,
    ]);
    expect(sessions.map((s) => s.id)).toEqual([liveId]);
    expect(await me(live)).not.toBeNull();
    const streaks = await sql<{ email: string; ip: string }[]>(
      "select email, ip from sign_in_throttle where ip in ('10.0.0.1', '10.0.0.2', '10.0.0.3') order by email, ip",
    );
    expect(streaks).toEqual([
      { email: '', ip: '10.0.0.3' },
      { email: 'locked@prune.test', ip: '10.0.0.1' },
      { email: 'recent@prune.test', ip: '10.0.0.1' },
    ]);
  });
});
