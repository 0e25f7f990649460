import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../testing/harness.js';
import { QUERY_LIMITS, queryLimitRules } from './api-limits.js';

// The schema is built by type-graphql on graphql's CommonJS build; validate with the same copy.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

/** Every document the SPA ships, as codegen wrote them. */
function spaDocuments(): [string, import('graphql').DocumentNode][] {
  const file = new URL('../../../admin/src/gql/graphql.ts', import.meta.url);
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)].map(
    ([, name, json]) => [name as string, JSON.parse(json as string)],
  );
}

async function post(body: unknown, cookie?: string) {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

const problemCodes = (body: { errors?: { extensions?: { problem?: { code: string } } }[] }) =>
  (body.errors ?? []).map((e) => e.extensions?.problem?.code);

describe('query limits', () => {
  it('let every document the SPA ships through', () => {
    const documents = spaDocuments();
    expect(documents.length).toBeGreaterThan(60);
    for (const [name, document] of documents) {
      const errors = graphql.validate(server.app.schema, document, [
        ...graphql.specifiedRules,
        ...queryLimitRules(),
      ]);
      expect(
        errors.map((e) => e.message),
        name,
      ).toEqual([]);
    }
  });

  it('let GraphiQL introspect for a signed-in caller', async () => {
    const data = await ws.as.ANALYST.requestOk(graphql.getIntrospectionQuery());
    expect(data.__schema.types.length).toBeGreaterThan(50);
  });

  it('refuse an anonymous request of 1,000 aliased introspections, with a short answer', async () => {
    const one = (i: number) =>
      `s${i}: __schema { types { name kind description fields { name description args { name } } interfaces { name } } }`;
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => one(i)).join(' ')} }`;
    expect(query.length).toBeGreaterThan(100_000);
    const answer = await post({ query });
    expect(answer.status).toBe(400);
    expect(problemCodes(answer.body)).toEqual(['QUERY_TOO_LONG']);
    expect(answer.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problem: { params: { max: QUERY_LIMITS.maxTokens } },
    });
    expect(answer.text.length).toBeLessThan(1000);
  });

  it('refuse many aliases even when the text is short', async () => {
    const query = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const body = await ws.as.ANALYST.request(query);
    expect(problemCodes(body)).toEqual(['QUERY_TOO_MANY_ALIASES']);
    expect(body.errors?.[0]?.extensions?.problem).toEqual({
      code: 'QUERY_TOO_MANY_ALIASES',
      params: { count: 25, max: QUERY_LIMITS.maxAliases },
    });
  });

  it("refuse a signed-in analyst's 30 aliased customer pages before running any", async () => {
    const page = (i: number) =>
      `p${i}: customers(first: 100) { totalCount edges { node { id attributes displayName tags { id name } groups { id name } } } }`;
    const answer = await ws.as.ANALYST.request(
      `{ ${Array.from({ length: 30 }, (_, i) => page(i)).join(' ')} }`,
    );
    expect(answer.data).toBeUndefined();
    const codes = problemCodes(answer);
    expect(codes).toContain('QUERY_TOO_MANY_ALIASES');
    expect(codes).toContain('QUERY_TOO_COMPLEX');
  });

  it('refuse the cost of many pages even without aliases', async () => {
    // Fifteen copies of the list under distinct inline fragments: no alias, still too costly.
    const page = `customers(first: 100) { edges { node { id attributes displayName tags { id name color } groups { id name } } } }`;
    const query = `{ ${Array.from({ length: 15 }, () => `... on Query { ${page} }`).join(' ')} }`;
    const answer = await ws.as.ANALYST.request(query);
    expect(problemCodes(answer)).toEqual(['QUERY_TOO_COMPLEX']);
    const params = answer.errors?.[0]?.extensions?.problem as { params: { cost: number; max: number } };
    expect(params.params.max).toBe(QUERY_LIMITS.maxCost);
    expect(params.params.cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it('refuse a 50-deep nested query', async () => {
    const query = `{ ${'... on Query { '.repeat(50)} me { id } ${'} '.repeat(50)}}`;
    const answer = await ws.as.ADMIN.request(query);
    expect(problemCodes(answer)).toContain('QUERY_TOO_DEEP');
    expect(answer.errors?.[0]?.extensions?.problem).toMatchObject({ params: { max: QUERY_LIMITS.maxDepth } });
  });
});

describe('the schema is told to signed-in callers only', () => {
  it('refuses anonymous introspection, by __schema or __type', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Customer") { fields { name } } }',
      'query { ...F } fragment F on Query { __schema { queryType { name } } }',
    ]) {
      const answer = await post({ query });
      expect(answer.status, query).toBe(401);
      expect(answer.body.data, query).toBeUndefined();
      expect(problemCodes(answer.body), query).toEqual(['INTROSPECTION_SIGNED_IN_ONLY']);
    }
  });

  it('answers __typename to anyone', async () => {
    expect(await ws.anonymous.requestOk('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  it('gives anonymous callers no "Did you mean" suggestions, signed-in ones do', async () => {
    const query = '{ custmers { totalCount } }';
    const anonymous = await ws.anonymous.request(query);
    expect(anonymous.errors?.[0]?.message).toMatch(/Cannot query field "custmers"/);
    expect(JSON.stringify(anonymous)).not.toMatch(/Did you mean|"customers"/);
    const signedIn = await ws.as.ANALYST.request(query);
    expect(signedIn.errors?.[0]?.message).toMatch(/Did you mean "customers/);
  });

  it('hides enum suggestions in variable errors from anonymous callers', async () => {
    const query = 'mutation($l: Locale!) { updateMyPreferences(input: { locale: $l }) { locale } }';
    const anonymous = await ws.anonymous.request(query, { l: 'E' });
    expect(anonymous.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(anonymous)).not.toMatch(/Did you mean/);
  });
});
