import type { AuthProvider } from 'react-admin';
import { apollo } from '../api/apollo';
import { LoginMutation, LogoutMutation, MeQuery } from '../api/documents';
import { errorCode, toHttpError } from '../api/errors';

async function me() {
  const { data } = await apollo.query({ query: MeQuery, fetchPolicy: 'network-only' });
  return data?.me ?? null;
}

/** Session cookie sign-in; the server is the only judge of who is signed in. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      await apollo.mutate({ mutation: LoginMutation, variables: { email: username, password } });
      await apollo.clearStore();
    } catch (error) {
      const http = toHttpError(error);
      throw new Error(http instanceof Error ? http.message : 'Sign-in failed');
    }
  },
  async logout() {
    await apollo.mutate({ mutation: LogoutMutation }).catch(() => undefined);
    await apollo.clearStore();
    sessionStorage.removeItem('patron.prefsApplied');
  },
  async checkAuth() {
    if (!(await me())) throw new Error('Not signed in');
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401 || errorCode(error) === 'UNAUTHENTICATED') throw new Error('Signed out');
  },
  async getIdentity() {
    const staff = await me();
    if (!staff) throw new Error('Not signed in');
    return {
      id: staff.id,
      fullName: staff.name,
      locale: staff.locale,
      calendar: staff.calendar,
      workspace: staff.workspace.name,
    };
  },
  async getPermissions() {
    return (await me())?.permissions ?? [];
  },
};
