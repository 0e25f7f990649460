import { Allow, defineModule, PUBLIC } from '@patron/sdk';
import { Ctx, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../graphql/context.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../testing/harness.js';

@Resolver()
class SlowResolver {
  @Allow(PUBLIC)
  @Query(() => Boolean, { description: 'Test only: a statement that takes 4 s.' })
  async slowStatement(@Ctx() ctx: AppContext): Promise<boolean> {
    await ctx.services.sql.query('select pg_sleep(4)', []);
    return true;
  }
}

const slowModule = defineModule({ name: 'slow-test', resolvers: [SlowResolver] });

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({
    plugins: [slowModule],
    limits: { anonymousPerMinute: 10, requestTimeoutSeconds: 2 },
  });
  ws = await server.workspace();
});
afterAll(async () => server?.close());

async function send(body: string | Buffer, headers: Record<string, string>, path = '/graphql') {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers, body });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** A refusal as JSON in GraphQL's shape, with nothing of the server's insides. */
function expectCodedJson(answer: { type: string; text: string }, problem: string) {
  expect(answer.type).toMatch(/^application\/json/);
  expect(answer.text).not.toMatch(/<html|<pre|<!DOCTYPE/i);
  expect(answer.text).not.toMatch(/\/work\/|node_modules|at .*\.js:\d+/);
  const body = JSON.parse(answer.text);
  expect(body.errors[0].extensions.problem.code).toBe(problem);
  expect(typeof body.errors[0].message).toBe('string');
  return body.errors[0];
}

describe('a bad body gets a coded JSON error, never an HTML page', () => {
  const json = { 'content-type': 'application/json' };

  it('malformed JSON', async () => {
    const answer = await send('{"query": "{ __typename }"', json);
    expect(answer.status).toBe(400);
    expectCodedJson(answer, 'BODY_NOT_JSON');
  });

  it('a body over 1 MB', async () => {
    const query = `{ __typename } #${'x'.repeat(1_100_000)}`;
    const answer = await send(JSON.stringify({ query }), json);
    expect(answer.status).toBe(413);
    expect(expectCodedJson(answer, 'BODY_TOO_LARGE').extensions.problem.params).toEqual({ max: '1 MB' });
  });

  it('a charset other than UTF-8', async () => {
    const answer = await send(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json; charset=latin1',
    });
    expect(answer.status).toBe(415);
    expect(expectCodedJson(answer, 'BODY_ENCODING').extensions.problem.params).toEqual({
      encoding: 'latin1',
    });
  });

  it('a content encoding the server does not read', async () => {
    const answer = await send(JSON.stringify({ query: '{ __typename }' }), {
      ...json,
      'content-encoding': 'compress',
    });
    expect(answer.status).toBe(415);
    expectCodedJson(answer, 'BODY_ENCODING');
  });

  it('gzip that is not gzip', async () => {
    const answer = await send('not gzip at all', { ...json, 'content-encoding': 'gzip' });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expectCodedJson(answer, 'BODY_NOT_JSON');
  });

  it('a content type other than JSON', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const answer = await send('query={__typename}', { 'content-type': type });
      expect(answer.status, type).toBe(415);
      expect(expectCodedJson(answer, 'BODY_CONTENT_TYPE').extensions.problem.params.expected).toBe(
        'application/json',
      );
    }
  });

  it('an unknown path (no SPA built)', async () => {
    const res = await fetch(`${server.url}/nothing/here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('security headers', () => {
  it('forbid framing and sniffing, keep the referrer home and restrict scripts to this origin', async () => {
    for (const path of ['/graphql', '/healthz']) {
      const res = await fetch(`${server.url}${path}`, {
        method: path === '/graphql' ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: path === '/graphql' ? JSON.stringify({ query: '{ __typename }' }) : undefined,
      });
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe/);
      // Plain HTTP here: HSTS only when PATRON_SECURE_COOKIES says the server is behind HTTPS.
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
  });
});

describe('a request timeout', () => {
  it('answers REQUEST_TIMED_OUT when a request runs too long', async () => {
    const started = Date.now();
    const answer = await send(JSON.stringify({ query: '{ slowStatement }' }), {
      'content-type': 'application/json',
      cookie: [...ws.as.ADMIN.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    });
    const waited = Date.now() - started;
    expect(answer.status).toBe(503);
    expect(expectCodedJson(answer, 'REQUEST_TIMED_OUT').extensions.problem.params).toEqual({ seconds: 2 });
    expect(waited).toBeLessThan(3900);
    // The server is still there for the next request.
    expect(await ws.as.ADMIN.requestOk('{ me { id } }')).toBeTruthy();
  });
});

describe('anonymous requests per IP', () => {
  it('are limited; past the limit 429 with Retry-After and a code; signed-in staff go on', async () => {
    let refused: Response | null = null;
    let sent = 0;
    while (!refused && sent < 30) {
      sent += 1;
      const res = await fetch(server.graphqlUrl, {
        method: 'POST',
        // A made-up session cookie does not make a caller signed in.
        headers: { 'content-type': 'application/json', cookie: 'patron_session=forged' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(200);
    }
    // Ten a minute, four of them spent on signing the test staff in.
    expect(sent).toBeLessThanOrEqual(11);
    expect(refused).not.toBeNull();
    const retryAfter = Number(refused?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const error = expectCodedJson(
      { type: refused?.headers.get('content-type') ?? '', text: (await refused?.text()) ?? '' },
      'REQUESTS_THROTTLED',
    );
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.problem.params.seconds).toBe(retryAfter);
    expect(await ws.as.ANALYST.requestOk('{ me { id } }')).toBeTruthy();
  });
});
