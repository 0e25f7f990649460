import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { auditTypes } from '../staff/staff-test-helpers.js';

const CREATE =
  'mutation($input: SegmentInput!) { createSegment(input: $input) { id shared sharedWithRoles } }';
const UPDATE =
  'mutation($id: ID!, $input: SegmentInput!) { updateSegment(id: $id, input: $input) { id sharedWithRoles } }';
const LIST = '{ segments { id name } }';
const ONE = 'query($id: ID!) { segment(id: $id) { id } }';
const MEMBERS = 'query($id: ID!) { customers(segmentId: $id) { totalCount } }';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (r.errors?.[0]?.extensions?.problem as { code?: string } | undefined)?.code ??
  r.errors?.[0]?.extensions?.code;
const names = async (client: TestWorkspace['as']['ADMIN']) =>
  (await client.requestOk(LIST)).segments.map((s: { name: string }) => s.name);

describe('segment sharing', () => {
  it('a segment shared with chosen roles is seen by them, its owner and admins only', async () => {
    const { createSegment } = await ws.as.MANAGER.requestOk(CREATE, {
      input: { name: 'For operators', shared: true, sharedWithRoles: ['OPERATOR'] },
    });
    expect(createSegment).toMatchObject({ shared: true, sharedWithRoles: ['OPERATOR'] });
    // Anyone signed in may see the roles' names to choose from, not what they hold.
    const { roleNames } = await ws.as.OPERATOR.requestOk('{ roleNames { key name { en } } }');
    expect(roleNames.map((r: { key: string }) => r.key)).toEqual(['ADMIN', 'MANAGER', 'OPERATOR', 'ANALYST']);
    for (const client of [ws.as.MANAGER, ws.as.OPERATOR, ws.as.ADMIN]) {
      expect(await names(client)).toContain('For operators');
      await client.requestOk(MEMBERS, { id: createSegment.id });
    }
    // The attack: an analyst who knows the id gets nothing, not even its existence.
    expect(await names(ws.as.ANALYST)).not.toContain('For operators');
    // A rename that leaves the roles out keeps them.
    const renamed = await ws.as.MANAGER.requestOk(UPDATE, {
      id: createSegment.id,
      input: { name: 'For operators', shared: true },
    });
    expect(renamed.updateSegment.sharedWithRoles).toEqual(['OPERATOR']);
    expect(code(await ws.as.ANALYST.request(ONE, { id: createSegment.id }))).toBe('SEGMENT_NOT_FOUND');
    expect(code(await ws.as.ANALYST.request(MEMBERS, { id: createSegment.id }))).toBe('SEGMENT_NOT_FOUND');

    // Shared with the whole workspace, the analyst sees it too.
    await ws.as.MANAGER.requestOk(UPDATE, {
      id: createSegment.id,
      input: { name: 'For operators', shared: true, sharedWithRoles: [] },
    });
    expect(await names(ws.as.ANALYST)).toContain('For operators');
    const [event] = await auditTypes(ws, 1);
    expect(event).toMatchObject({
      type: 'SEGMENT_SHARING_CHANGED',
      subject: createSegment.id,
      details: {
        from: { shared: true, sharedWithRoles: ['OPERATOR'] },
        to: { shared: true, sharedWithRoles: [] },
      },
    });
  });

  it('roles are kept only while shared, and must exist', async () => {
    const { createSegment } = await ws.as.MANAGER.requestOk(CREATE, {
      input: { name: 'Private', shared: false, sharedWithRoles: ['OPERATOR'] },
    });
    expect(createSegment).toMatchObject({ shared: false, sharedWithRoles: [] });
    expect(await names(ws.as.OPERATOR)).not.toContain('Private');
    const unknown = await ws.as.MANAGER.request(UPDATE, {
      id: createSegment.id,
      input: { name: 'Private', shared: true, sharedWithRoles: ['OPERATOR', 'WIZARD'] },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ path: ['input', 'sharedWithRoles', 1] });
    expect(code(unknown)).toBe('ROLE_UNKNOWN');
  });
});
