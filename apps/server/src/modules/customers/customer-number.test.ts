import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id number } }';
const LIST = `query($search: [String!], $sort: CustomerSortInput, $filter: CustomerFilter) {
  customers(first: 50, search: $search, sort: $sort, filter: $filter) { edges { node { id number displayName } } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

const create = async (w: TestWorkspace, firstName: string) =>
  (await w.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName } } })).createCustomer as {
    id: string;
    number: number;
  };
const names = (answer: { customers: { edges: { node: { displayName: string } }[] } }) =>
  answer.customers.edges.map((e) => e.node.displayName);

beforeAll(async () => {
  server = await startTestServer();
  a = await server.workspace();
  b = await server.workspace('Other club');
});
afterAll(async () => server?.close());

describe('customer numbers', () => {
  it('count 1, 2, 3… in each workspace on its own, in the order customers are created', async () => {
    const created = [
      await create(a, 'Alpha'),
      await create(b, 'Bravo'),
      await create(a, 'Charlie'),
      await create(a, 'Delta'),
      await create(b, 'Echo'),
    ];
    expect(created.map((c) => c.number)).toEqual([1, 1, 2, 3, 2]);
    const card = await a.as.ANALYST.requestOk('query($id: ID!) { customer(id: $id) { number } }', {
      id: created[2]?.id,
    });
    expect(card.customer.number).toBe(2);
  });

  it('are never shared by customers created at the same time', async () => {
    const many = await Promise.all(
      Array.from({ length: 12 }, (_, i) => create(a, `Parallel ${'abcdefghijkl'[i]}`)),
    );
    expect(many.map((c) => c.number).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 4),
    );
  });

  it('find the customer when typed into the list search, alone or with #, in the workspace only', async () => {
    expect(names(await a.as.ANALYST.requestOk(LIST, { search: ['2'] }))).toEqual(['Charlie']);
    expect(names(await a.as.ANALYST.requestOk(LIST, { search: ['#3'] }))).toEqual(['Delta']);
    expect(names(await a.as.ANALYST.requestOk(LIST, { search: ['۳'] }))).toEqual(['Delta']);
    expect(names(await b.as.ANALYST.requestOk(LIST, { search: ['2'] }))).toEqual(['Echo']);
    expect(names(await b.as.ANALYST.requestOk(LIST, { search: ['99'] }))).toEqual([]);
  });

  it('are a list column: sortable and filterable as a number', async () => {
    const sorted = await b.as.ANALYST.requestOk(LIST, {
      sort: { field: 'customerNumber', direction: 'DESC' },
    });
    expect(sorted.customers.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([2, 1]);
    const filtered = await a.as.ANALYST.requestOk(LIST, {
      filter: { op: 'AND', conditions: [{ field: 'customerNumber', operator: 'LTE', value: 2 }] },
    });
    expect(names(filtered).sort()).toEqual(['Alpha', 'Charlie']);
    const fields = await a.as.ANALYST.requestOk('{ customerFields { key kind sortable } }');
    expect(fields.customerFields).toContainEqual({ key: 'customerNumber', kind: 'NUMBER', sortable: true });
  });
});
