import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same-origin API; the httpOnly session cookie travels with every request. */
export const apollo = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'include' }),
  cache: new InMemoryCache(),
  // react-admin keeps its own cache of records; Apollo's would only serve stale pages.
  defaultOptions: { query: { fetchPolicy: 'network-only' } },
});
