import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const EVENTS = `query($types: [String!], $first: Int) {
  auditEvents(types: $types, first: $first) { edges { node { type subject actor { name } } } pageInfo { hasNextPage } }
}`;

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  // Five wrong passwords lock the manager's email from this address: the sign-in module audits that.
  for (let i = 0; i < 5; i++) await ws.anonymous.request(LOGIN, { e: ws.emails.MANAGER, p: `wrong-${i}` });
});
afterAll(async () => server?.close());

describe('the audit log', () => {
  it('is read newest first, filtered by type', async () => {
    const locked = await ws.as.ADMIN.requestOk(EVENTS, { types: ['SIGN_IN_LOCKED'] });
    expect(locked.auditEvents.edges.map((e: { node: { subject: string } }) => e.node.subject)).toEqual([
      ws.emails.MANAGER,
    ]);
    const other = await ws.as.ADMIN.requestOk(EVENTS, { types: ['NO_SUCH_EVENT'] });
    expect(other.auditEvents.edges).toEqual([]);
  });

  it('refuses a page size out of range, naming the field', async () => {
    const answer = await ws.as.ADMIN.request(EVENTS, { first: 0 });
    expect(answer.errors?.[0]?.extensions?.fields?.[0]?.path).toEqual(['first']);
  });

  it('is for staff managers only, and only of their own workspace', async () => {
    const manager = await ws.as.OPERATOR.request(EVENTS, {});
    expect(manager.errors?.[0]?.extensions?.problem?.code).toBe('FORBIDDEN');
    const other = await server.workspace();
    const theirs = await other.as.ADMIN.requestOk(EVENTS, {});
    expect(theirs.auditEvents.edges).toEqual([]);
  });
});
