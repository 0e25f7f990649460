import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { MeQuery } from './auth/documents';

const setUpFirst = (error: unknown) =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some(
    (e) => (e.extensions?.problem as { code?: unknown } | undefined)?.code === 'TWO_FACTOR_SETUP_REQUIRED',
  );

// The workspace now requires two-factor sign-in for one's role: `me` asked again says so, and
// ForcedTwoFactor (watching it) shows the set-up instead of the screens.
const askMeAgain = new ErrorLink(({ error }) => {
  if (setUpFirst(error)) apollo.query({ query: MeQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
});

/** Same-origin API; the httpOnly session cookie travels with every request. */
export const apollo = new ApolloClient({
  link: askMeAgain.concat(new HttpLink({ uri: '/graphql', credentials: 'include' })),
  cache: new InMemoryCache(),
  // react-admin keeps its own cache of records; Apollo's would only serve stale pages.
  defaultOptions: { query: { fetchPolicy: 'network-only' } },
});
