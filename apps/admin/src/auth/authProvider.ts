import { CombinedGraphQLErrors } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import { apollo } from '../apollo';
import { prefetchCustomerList } from '../customers/prefetchCustomerList';
import { errorCode, problemOf } from '../data-provider/errors';
import { applyPreferences } from '../preferences/store';
import { currentProblemText } from '../problems/currentProblemText';
import { homeOf } from '../reports/home';
import { LoginMutation, LogoutMutation, MeQuery } from './documents';

type Me = NonNullable<Awaited<ReturnType<typeof fetchMe>>>;

async function fetchMe() {
  const { data } = await apollo.query({ query: MeQuery, fetchPolicy: 'network-only' });
  return data?.me ?? null;
}

// checkAuth, getIdentity and getPermissions all run on each screen: they share one request. It is
// forgotten on sign-in, sign-out and any UNAUTHENTICATED answer, so an ended session is still noticed.
let current: Promise<Me | null> | null = null;
function me(): Promise<Me | null> {
  current ??= fetchMe().catch((error) => {
    current = null;
    throw error;
  });
  return current;
}
const forget = () => {
  current = null;
};
/** After a change to the signed-in staff member (their password): the next check asks again. */
export const forgetSignedIn = forget;

const isUnauthenticated = (error: unknown): boolean =>
  (error as { status?: number } | null)?.status === 401 ||
  (CombinedGraphQLErrors.is(error) && errorCode(error.errors[0]) === 'UNAUTHENTICATED');

/** Session-cookie sign-in; the server alone decides who is signed in and what they may do. */
export const authProvider: AuthProvider = {
  async login({
    username,
    password,
    opensList,
  }: {
    username: string;
    password: string;
    opensList?: boolean;
  }) {
    try {
      const { data } = await apollo.mutate({
        mutation: LoginMutation,
        variables: { email: username, password },
      });
      await apollo.clearStore();
      forget();
      if (data) {
        // Who signed in is known from the answer: checkAuth, getIdentity and getPermissions need not ask.
        current = Promise.resolve(data.login);
        apollo.writeQuery({ query: MeQuery, data: { me: data.login } });
        // The staff member's saved language and calendar replace whatever this browser had.
        applyPreferences(data.login.locale, data.login.calendar);
        // The home page of those who hold reports.read is the dashboard (the first screen offered
        // to them, App.tsx): the sign-in goes there instead of the customer list.
        const home = homeOf(data.login.permissions);
        if (opensList && home !== '/customers') return { redirectTo: home };
        // Asked for the customer list only when it is the next screen: asked for another, it would
        // wait, unused, and could be served stale to a list opened a little later.
        if (opensList) prefetchCustomerList();
      }
    } catch (error) {
      // Wrong credentials (SIGN_IN_FAILED), too many tries (SIGN_IN_THROTTLED): said by code, translated.
      const [refusal] = CombinedGraphQLErrors.is(error) ? error.errors : [];
      throw new Error(refusal ? currentProblemText(problemOf(refusal)) : 'ra.auth.sign_in_error');
    }
  },

  async logout() {
    await apollo.mutate({ mutation: LogoutMutation }).catch(() => undefined);
    await apollo.clearStore();
    forget();
  },

  async checkAuth() {
    if (!(await me())) {
      forget();
      throw new Error('ra.auth.auth_check_error');
    }
  },

  async checkError(error: unknown) {
    if (isUnauthenticated(error)) {
      forget();
      throw new Error('ra.auth.auth_check_error');
    }
  },

  async getIdentity() {
    const staff = await me();
    if (!staff) throw new Error('ra.auth.auth_check_error');
    return {
      id: staff.id,
      fullName: staff.name,
      role: staff.role,
      roleName: staff.roleName,
      workspace: staff.workspace.name,
    };
  },

  async getPermissions() {
    return (await me())?.permissions ?? [];
  },
};
