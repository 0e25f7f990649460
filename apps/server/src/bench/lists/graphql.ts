import type { PatronApp } from '../../app.js';
import { startHttpServer } from '../../http/http-server.js';

/** The admin SPA's own list query (apps/admin/src/dataProvider/documents.ts), so the HTTP figure is the UI's. */
const CUSTOMERS = `
  fragment CustomerFields on Customer {
    id
    status
    attributes
    displayName
    createdAt
    updatedAt
    tags { id name color }
  }
  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: [String!],
                  $filter: CustomerFilter, $segmentId: ID) {
    customers(first: $first, after: $after, sort: $sort, search: $search, filter: $filter, segmentId: $segmentId) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...CustomerFields } }
    }
  }`;

export interface GraphqlClient {
  /** POSTs the first page (25, createdAt DESC) as the signed-in staff member; returns the customers. */
  firstPage(): Promise<{ id: string }[]>;
  close(): Promise<void>;
}

/** Starts the real HTTP server on a free port and signs in through the login mutation, as a browser would. */
export async function startGraphqlClient(
  app: PatronApp,
  staff: { email: string; password: string },
  log: (m: string) => void,
): Promise<GraphqlClient> {
  const http = await startHttpServer(app, {
    port: 0,
    host: '127.0.0.1',
    adminDir: '/nonexistent-admin-dir',
    secureCookies: false,
    log: () => {},
  });
  const url = `${http.url.replace('localhost', '127.0.0.1')}/graphql`;
  log(`GraphQL at ${url}`);

  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
      variables: staff,
    }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('patron_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error(`Sign-in failed: ${await login.text()}`);

  const body = JSON.stringify({
    query: CUSTOMERS,
    variables: { first: 25, sort: { field: 'createdAt', direction: 'DESC' } },
  });
  return {
    async firstPage() {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      });
      const json = (await res.json()) as {
        data?: { customers: { edges: { node: { id: string } }[] } };
        errors?: unknown[];
      };
      if (json.errors || !json.data) throw new Error(`GraphQL error: ${JSON.stringify(json.errors)}`);
      return json.data.customers.edges.map((e) => e.node);
    },
    close: () => http.close(),
  };
}
