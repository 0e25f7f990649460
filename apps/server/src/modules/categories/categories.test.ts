import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemOf } from '../../testing/answers.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE_CATEGORY =
  'mutation($input: CategoryInput!) { createCategory(input: $input) { id name color } }';
const UPDATE_CATEGORY =
  'mutation($id: ID!, $input: CategoryInput!) { updateCategory(id: $id, input: $input) { id name color } }';
const SET = `mutation($id: ID!, $categoryId: ID) { setCustomerCategory(customerId: $id, categoryId: $categoryId) {
  id category { name color } } }`;
const CATEGORIES = '{ categories { id name color customerCount } }';
const CARD = `query($id: ID!) { customer(id: $id) { category { name }
  history(types: [CATEGORY_CHANGED]) { edges { node { changes { key oldValue newValue } } } } } }`;
const LIST = `query($filter: CustomerFilter) { customers(first: 50, filter: $filter) {
  edges { node { displayName category { name } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let olga: string;
let pavel: string;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  const create = async (firstName: string) =>
    (
      await ws.as.OPERATOR.requestOk(
        'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        { input: { attributes: { firstName } } },
      )
    ).createCustomer.id as string;
  olga = await create('Olga');
  pavel = await create('Pavel');
});
afterAll(async () => server?.close());

describe('categories', () => {
  let wholesale: { id: string };
  let retail: { id: string };

  it('are created, renamed, recoloured by managers, with coded refusals', async () => {
    wholesale = (
      await ws.as.MANAGER.requestOk(CREATE_CATEGORY, { input: { name: ' Wholesale ', color: '#00AA00' } })
    ).createCategory;
    expect(wholesale).toMatchObject({ name: 'Wholesale', color: '#00aa00' });
    retail = (await ws.as.MANAGER.requestOk(CREATE_CATEGORY, { input: { name: 'Retial', color: '#0000ff' } }))
      .createCategory;
    const renamed = await ws.as.MANAGER.requestOk(UPDATE_CATEGORY, {
      id: retail.id,
      input: { name: 'Retail', color: '#ff00ff' },
    });
    expect(renamed.updateCategory).toMatchObject({ name: 'Retail', color: '#ff00ff' });
    const taken = await ws.as.MANAGER.request(CREATE_CATEGORY, {
      input: { name: 'WHOLESALE', color: '#000000' },
    });
    expect(problemOf(taken)).toBe('CATEGORY_NAME_TAKEN');
    const badColour = await ws.as.MANAGER.request(CREATE_CATEGORY, {
      input: { name: 'VIP', color: 'green' },
    });
    expect(problemOf(badColour)).toBe('CATEGORY_COLOR_FORMAT');
    const empty = await ws.as.MANAGER.request(CREATE_CATEGORY, {
      input: { name: '\u200b ', color: '#000000' },
    });
    expect(problemOf(empty)).toBe('CATEGORY_NAME_LENGTH');
    const operator = await ws.as.OPERATOR.request(CREATE_CATEGORY, {
      input: { name: 'X', color: '#000000' },
    });
    expect(problemOf(operator)).toBe('FORBIDDEN');
  });

  it('one per customer: set, changed and cleared, each in the history; filterable and listed', async () => {
    expect(
      (await ws.as.OPERATOR.requestOk(SET, { id: olga, categoryId: wholesale.id })).setCustomerCategory,
    ).toEqual({
      id: olga,
      category: { name: 'Wholesale', color: '#00aa00' },
    });
    await ws.as.OPERATOR.requestOk(SET, { id: olga, categoryId: retail.id });
    await ws.as.OPERATOR.requestOk(SET, { id: pavel, categoryId: wholesale.id });
    // The same category again writes nothing.
    await ws.as.OPERATOR.requestOk(SET, { id: pavel, categoryId: wholesale.id });
    const filtered = await ws.as.ANALYST.requestOk(LIST, {
      filter: { op: 'AND', conditions: [{ field: 'category', operator: 'EQ', value: retail.id }] },
    });
    expect(filtered.customers.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { displayName: 'Olga', category: { name: 'Retail' } },
    ]);
    const counts = (await ws.as.ANALYST.requestOk(CATEGORIES)).categories;
    expect(counts.map((c: { name: string; customerCount: number }) => [c.name, c.customerCount])).toEqual([
      ['Retail', 1],
      ['Wholesale', 1],
    ]);
    await ws.as.OPERATOR.requestOk(SET, { id: olga, categoryId: null });
    const card = (await ws.as.ANALYST.requestOk(CARD, { id: olga })).customer;
    expect(card.category).toBeNull();
    expect(card.history.edges.map((e: { node: { changes: unknown[] } }) => e.node.changes[0])).toEqual([
      { key: 'category', oldValue: 'Retail', newValue: null },
      { key: 'category', oldValue: 'Wholesale', newValue: 'Retail' },
      { key: 'category', oldValue: null, newValue: 'Wholesale' },
    ]);
    const fields = await ws.as.ANALYST.requestOk('{ customerFields { key kind choices { value } } }');
    const field = fields.customerFields.find((f: { key: string }) => f.key === 'category');
    expect(field).toMatchObject({ kind: 'CHOICE' });
    expect(field.choices.map((c: { value: string }) => c.value).sort()).toEqual(
      [retail.id, wholesale.id].sort(),
    );
  });

  it('deleting one leaves its customers without a category, in their history', async () => {
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteCategory(id: $id) }', { id: wholesale.id });
    const card = (await ws.as.ANALYST.requestOk(CARD, { id: pavel })).customer;
    expect(card.category).toBeNull();
    expect(card.history.edges[0].node.changes[0]).toEqual({
      key: 'category',
      oldValue: 'Wholesale',
      newValue: null,
    });
  });

  it('never cross workspaces', async () => {
    const other = await server.workspace('Other club');
    expect((await other.as.ANALYST.requestOk(CATEGORIES)).categories).toEqual([]);
    const foreignSet = await other.as.MANAGER.request(SET, { id: olga, categoryId: null });
    expect(problemOf(foreignSet)).toBe('CUSTOMER_NOT_FOUND');
    const theirs = await other.as.OPERATOR.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { attributes: { firstName: 'Theirs' } } },
    );
    const foreignCategory = await other.as.OPERATOR.request(SET, {
      id: theirs.createCustomer.id,
      categoryId: retail.id,
    });
    expect(problemOf(foreignCategory)).toBe('CATEGORY_UNKNOWN');
    const foreignRename = await other.as.MANAGER.request(UPDATE_CATEGORY, {
      id: retail.id,
      input: { name: 'Mine', color: '#000000' },
    });
    expect(problemOf(foreignRename)).toBe('CATEGORY_NOT_FOUND');
  });
});
