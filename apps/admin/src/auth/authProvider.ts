import { CombinedGraphQLErrors } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import { apollo } from '../apollo';
import { prefetchCustomerList } from '../customers/prefetchCustomerList';
import { errorCode, problemOf } from '../data-provider/errors';
import { applyPreferences } from '../preferences/store';
import { loadedProblemText } from '../problems/currentProblemText';
import { homeOf } from '../reports/home';
import { LoginMutation, LoginSecondStepMutation, LogoutMutation, MeQuery } from './documents';

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

/** The password was right and two-factor sign-in is on: the sign-in page asks for the code. */
export class CodeNeeded extends Error {
  constructor(readonly challenge: string) {
    super('patron.auth.codeNeeded');
  }
}

type SignInStep =
  | { username: string; password: string; opensList?: boolean }
  | { challenge: string; code: string; opensList?: boolean };

async function signInStep(step: SignInStep) {
  if ('challenge' in step) {
    const { data } = await apollo.mutate({
      mutation: LoginSecondStepMutation,
      variables: { challenge: step.challenge, code: step.code },
    });
    return data?.loginSecondStep;
  }
  const { data } = await apollo.mutate({
    mutation: LoginMutation,
    variables: { email: step.username, password: step.password },
  });
  return data?.login;
}

/** Session-cookie sign-in; the server alone decides who is signed in and what they may do. */
export const authProvider: AuthProvider = {
  async login(step: SignInStep) {
    const { opensList } = step;
    try {
      const signedIn = await signInStep(step);
      await apollo.clearStore();
      forget();
      if (signedIn) {
        // Who signed in is known from the answer: checkAuth, getIdentity and getPermissions need not ask.
        current = Promise.resolve(signedIn);
        apollo.writeQuery({ query: MeQuery, data: { me: signedIn } });
        // The staff member's saved language and calendar replace whatever this browser had.
        applyPreferences(signedIn.locale, signedIn.calendar);
        // The home page of those who hold reports.read is the dashboard (the first screen offered
        // to them, App.tsx): the sign-in goes there instead of the customer list.
        const home = homeOf(signedIn.permissions);
        if (opensList && home !== '/customers') return { redirectTo: home };
        // Asked for the customer list only when it is the next screen: asked for another, it would
        // wait, unused, and could be served stale to a list opened a little later (as it would
        // be, refused, while two-factor sign-in must be set up first).
        if (opensList && !signedIn.twoFactorSetupRequired) prefetchCustomerList();
      }
    } catch (error) {
      // Wrong credentials (SIGN_IN_FAILED), too many tries (SIGN_IN_THROTTLED): said by code, translated.
      const [refusal] = CombinedGraphQLErrors.is(error) ? error.errors : [];
      const challenge = refusal?.extensions?.challenge;
      if (typeof challenge === 'string') throw new CodeNeeded(challenge);
      throw new Error(refusal ? await loadedProblemText(problemOf(refusal)) : 'ra.auth.sign_in_error');
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
