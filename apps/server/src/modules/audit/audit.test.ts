import { defineModule } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emSql } from '../../db/em-sql.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { auditTypesOf } from './audit.types.js';

/** A plugin that writes an audit event of its own. */
const parcels = defineModule({ name: 'test-parcels', auditEventTypes: ['PARCEL_WEIGHED'] });

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const EVENTS = `query($types: [AuditEventType!], $first: Int) {
  auditEvents(types: $types, first: $first) { edges { node { type subject actor { name } } } pageInfo { hasNextPage } }
}`;

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ plugins: [parcels] });
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
    const other = await ws.as.ADMIN.requestOk(EVENTS, { types: ['ROLE_DELETED'] });
    expect(other.auditEvents.edges).toEqual([]);
    // The filter takes only the types the enabled modules declare.
    const unknown = await ws.as.ADMIN.request(EVENTS, { types: ['NO_SUCH_EVENT'] });
    expect(unknown.errors?.[0]?.message).toMatch(/AuditEventType/);
  });

  it('takes the types the enabled modules declare, plugins included, and refuses any other', async () => {
    const actor = { kind: 'plugin' as const, id: null, name: 'Parcels' };
    const sql = emSql(server.app.orm.em.fork());
    await server.app.services.audit.record(sql, {
      workspaceId: ws.id,
      type: 'PARCEL_WEIGHED',
      actor,
      subject: 'P-1',
    });
    const weighed = await ws.as.ADMIN.requestOk(EVENTS, { types: ['PARCEL_WEIGHED'] });
    expect(weighed.auditEvents.edges).toEqual([
      { node: { type: 'PARCEL_WEIGHED', subject: 'P-1', actor: { name: 'Parcels' } } },
    ]);
    await expect(
      server.app.services.audit.record(sql, { workspaceId: ws.id, type: 'PARCEL_LOST', actor }),
    ).rejects.toThrow(/PARCEL_LOST is declared by no enabled module/);
  });

  it('is an error at start when two modules declare one type, or a type is not UPPER_SNAKE', () => {
    const again = defineModule({ name: 'test-parcels-again', auditEventTypes: ['PARCEL_WEIGHED'] });
    expect(() => auditTypesOf([parcels, again])).toThrow(
      'Two modules declare the audit event type PARCEL_WEIGHED',
    );
    const dotted = defineModule({ name: 'test-dotted', auditEventTypes: ['parcel.weighed'] });
    expect(() => auditTypesOf([dotted])).toThrow(/not UPPER_SNAKE/);
  });

  it('refuses a page size out of range, naming the field', async () => {
    const answer = await ws.as.ADMIN.request(EVENTS, { first: 0 });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ fields: [{ path: ['first'] }] });
  });

  it('is for staff managers only, and only of their own workspace', async () => {
    const manager = await ws.as.OPERATOR.request(EVENTS, {});
    expect(manager.errors?.[0]?.extensions).toMatchObject({ problem: { code: 'FORBIDDEN' } });
    const other = await server.workspace();
    const theirs = await other.as.ADMIN.requestOk(EVENTS, {});
    expect(theirs.auditEvents.edges).toEqual([]);
  });
});
