import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE_TAG = `mutation($input: TagInput!) { createTag(input: $input) { id name color } }`;
const SET_TAGS = `mutation($id: ID!, $tagIds: [ID!]!) { setCustomerTags(customerId: $id, tagIds: $tagIds) { id tags { name color } } }`;
const TAGS = `{ tags { id name color customerCount } }`;
const HISTORY = `query($id: ID!) { customer(id: $id) { tags { name } history(types: [CUSTOMER_TAGGED]) {
  edges { node { type actor { name } changes { key oldValue newValue } } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let customerId: string;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  const created = await ws.as.OPERATOR.requestOk(
    'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    { input: { attributes: { firstName: 'Tagged' } } },
  );
  customerId = created.createCustomer.id;
});
afterAll(async () => server?.close());

describe('tags', () => {
  it('are created, renamed and recoloured by managers, with clear errors', async () => {
    const { createTag } = await ws.as.MANAGER.requestOk(CREATE_TAG, {
      input: { name: '  Gold  club ', color: '#AA8800' },
    });
    expect(createTag).toMatchObject({ name: 'Gold club', color: '#aa8800' });
    const dup = await ws.as.MANAGER.request(CREATE_TAG, { input: { name: 'gold CLUB', color: '#000000' } });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'name'] });
    const badColor = await ws.as.MANAGER.request(CREATE_TAG, { input: { name: 'x', color: 'red' } });
    expect(badColor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'color'],
    });
    const denied = await ws.as.OPERATOR.request(CREATE_TAG, { input: { name: 'y', color: '#000000' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const renamed = await ws.as.MANAGER.requestOk(
      'mutation($id: ID!, $input: TagInput!) { updateTag(id: $id, input: $input) { name color } }',
      { id: createTag.id, input: { name: 'Gold', color: '#ffd700' } },
    );
    expect(renamed.updateTag).toEqual({ name: 'Gold', color: '#ffd700' });
  });

  it('are assigned from the card, each change in the history, and deleting one untags everyone', async () => {
    const vip = (await ws.as.MANAGER.requestOk(CREATE_TAG, { input: { name: 'VIP', color: '#ff0000' } }))
      .createTag;
    const gold = (await ws.as.ANALYST.requestOk(TAGS)).tags.find((t: { name: string }) => t.name === 'Gold');
    const set = await ws.as.OPERATOR.requestOk(SET_TAGS, { id: customerId, tagIds: [vip.id, gold.id] });
    expect(set.setCustomerTags.tags.map((t: { name: string }) => t.name)).toEqual(['VIP', 'Gold']);
    const counts = (await ws.as.ANALYST.requestOk(TAGS)).tags;
    expect(counts.find((t: { name: string }) => t.name === 'VIP').customerCount).toBe(1);

    const unknown = await ws.as.OPERATOR.request(SET_TAGS, { id: customerId, tagIds: [vip.id, 'nope'] });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['tagIds', 1] });

    await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteTag(id: $id) }', { id: vip.id });
    const after = await ws.as.ANALYST.requestOk(HISTORY, { id: customerId });
    expect(after.customer.tags).toEqual([{ name: 'Gold' }]);
    const changes = after.customer.history.edges.map(
      (e: { node: { changes: unknown[] } }) => e.node.changes[0],
    );
    expect(changes).toEqual([
      { key: 'tags', oldValue: ['VIP', 'Gold'], newValue: ['Gold'] },
      { key: 'tags', oldValue: [], newValue: ['VIP', 'Gold'] },
    ]);
  });

  it('never leak into another workspace', async () => {
    const other = await server.workspace('Other club');
    expect((await other.as.ANALYST.requestOk(TAGS)).tags).toEqual([]);
    const gold = (await ws.as.ANALYST.requestOk(TAGS)).tags[0];
    const foreign = await other.as.MANAGER.request('mutation($id: ID!) { deleteTag(id: $id) }', {
      id: gold.id,
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
