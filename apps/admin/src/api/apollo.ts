import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same-origin API; the httpOnly session cookie travels with every request. */
export const apollo = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'include' }),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'network-only' } },
});
