import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = `mutation($input: SegmentInput!) { createSegment(input: $input) { id name shared canEdit memberCount owner { name } filter search } }`;
const UPDATE = `mutation($id: ID!, $input: SegmentInput!) { updateSegment(id: $id, input: $input) { id name } }`;
const DELETE = `mutation($id: ID!) { deleteSegment(id: $id) }`;
const LIST = `{ segments { id name shared canEdit memberCount } }`;
const MEMBERS = `query($id: ID!) { customers(segmentId: $id) { totalCount edges { node { firstName } } } }`;

let server: TestServer;
let ws: TestWorkspace;
const moscow = { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'Moscow' }] };

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  for (const [firstName, city] of [
    ['Ivan', 'Moscow'],
    ['Olga', 'Moscow'],
    ['Reza', 'Tehran'],
  ]) {
    await ws.as.OPERATOR.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: { attributes: { firstName, city } },
      },
    );
  }
});
afterAll(async () => server?.close());

describe('segments', () => {
  it('save a filter with search chips, count live and list their members', async () => {
    const { createSegment } = await ws.as.ANALYST.requestOk(CREATE, {
      input: { name: 'Moscow', filter: moscow, search: ['olg', 'iva'] },
    });
    expect(createSegment).toMatchObject({
      name: 'Moscow',
      shared: false,
      canEdit: true,
      memberCount: 2,
      owner: { name: 'ANALYST person' },
    });
    expect(createSegment.filter).toMatchObject(moscow);
    const members = await ws.as.ANALYST.requestOk(MEMBERS, { id: createSegment.id });
    expect(
      members.customers.edges.map((e: { node: { firstName: string } }) => e.node.firstName).sort(),
    ).toEqual(['Ivan', 'Olga']);
    await ws.as.OPERATOR.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: { attributes: { firstName: 'Olgerd', city: 'Moscow' } },
      },
    );
    expect((await ws.as.ANALYST.requestOk(LIST)).segments[0].memberCount).toBe(3);
  });

  it('keep a private segment invisible to everyone else (NOT_FOUND), even an admin', async () => {
    const { createSegment } = await ws.as.ANALYST.requestOk(CREATE, {
      input: { name: 'Mine', filter: moscow },
    });
    expect((await ws.as.MANAGER.requestOk(LIST)).segments.map((s: { name: string }) => s.name)).not.toContain(
      'Mine',
    );
    for (const client of [ws.as.MANAGER, ws.as.ADMIN]) {
      for (const [query, variables] of [
        ['query($id: ID!) { segment(id: $id) { id } }', { id: createSegment.id }],
        [UPDATE, { id: createSegment.id, input: { name: 'Stolen' } }],
        [DELETE, { id: createSegment.id }],
        [MEMBERS, { id: createSegment.id }],
      ] as const) {
        const result = await client.request(query, variables);
        expect(result.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
      }
    }
  });

  it('let only the owner or an admin change a shared segment (FORBIDDEN otherwise)', async () => {
    const { createSegment } = await ws.as.OPERATOR.requestOk(CREATE, {
      input: { name: 'Shared', shared: true, filter: moscow },
    });
    const seen = (await ws.as.MANAGER.requestOk(LIST)).segments.find(
      (s: { name: string }) => s.name === 'Shared',
    );
    expect(seen).toMatchObject({ canEdit: false, memberCount: 3 });
    const denied = await ws.as.MANAGER.request(UPDATE, {
      id: createSegment.id,
      input: { name: 'Mine now', shared: true },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await ws.as.MANAGER.request(DELETE, { id: createSegment.id })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const renamed = await ws.as.ADMIN.requestOk(UPDATE, {
      id: createSegment.id,
      input: { name: 'Renamed', shared: true, filter: moscow },
    });
    expect(renamed.updateSegment.name).toBe('Renamed');
    expect(await ws.as.OPERATOR.requestOk(DELETE, { id: createSegment.id })).toEqual({
      deleteSegment: createSegment.id,
    });
  });

  it('refuse a bad filter or name with its path, and save nothing', async () => {
    const before = (await ws.as.ANALYST.requestOk(LIST)).segments.length;
    const badFilter = await ws.as.ANALYST.request(CREATE, {
      input: {
        name: 'Bad',
        filter: { op: 'OR', conditions: [{ field: 'city', operator: 'GT', value: 'a' }] },
      },
    });
    expect(badFilter.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'filter', 'conditions', 0, 'operator'],
    });
    const badName = await ws.as.ANALYST.request(CREATE, { input: { name: '   ' } });
    expect(badName.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'name'],
    });
    expect((await ws.as.ANALYST.requestOk(LIST)).segments).toHaveLength(before);
  });
});
