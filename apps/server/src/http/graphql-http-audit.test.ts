import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../testing/harness.js';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

/**
 * The GraphQL-over-HTTP audits against the real server, limits and body checks included. Warnings
 * seen (SHOULD, not MUST), all Apollo's choice: 572B, FDE2 and 7B9B — a parse, validation or
 * variable coercion failure asked as application/json is answered 400 rather than 200. The audit asks `__type`, which only signed-in callers may,
 * so it runs with a staff session.
 */
it('passes every MUST of the GraphQL over HTTP audit', async () => {
  const cookie = [...ws.as.ANALYST.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const results = await auditServer({
    url: server.graphqlUrl,
    fetchFn: (input: string | URL | Request, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('cookie', cookie);
      return fetch(input, { ...init, headers });
    },
  });
  const notes = await Promise.all(
    results.map(async (r) =>
      r.status === 'error'
        ? `${r.id} ${r.name}: ${r.reason} ${await r.response.text().catch(() => '')}`
        : null,
    ),
  );
  expect(notes.filter(Boolean)).toEqual([]);
});
