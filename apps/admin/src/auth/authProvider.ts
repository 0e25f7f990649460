import { CombinedGraphQLErrors } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import { apollo } from '../apollo';
import { errorCode } from '../dataProvider/errors';
import { applyPreferences } from '../preferences/store';
import { LoginMutation, LogoutMutation, MeQuery } from './documents';

async function me() {
  const { data } = await apollo.query({ query: MeQuery, fetchPolicy: 'network-only' });
  return data?.me ?? null;
}

const isUnauthenticated = (error: unknown): boolean =>
  (error as { status?: number } | null)?.status === 401 ||
  (CombinedGraphQLErrors.is(error) && errorCode(error.errors[0]) === 'UNAUTHENTICATED');

/** Session-cookie sign-in; the server alone decides who is signed in and what they may do. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const { data } = await apollo.mutate({
        mutation: LoginMutation,
        variables: { email: username, password },
      });
      await apollo.clearStore();
      // The staff member's saved language and calendar replace whatever this browser had.
      if (data) applyPreferences(data.login.locale, data.login.calendar);
    } catch (error) {
      if (CombinedGraphQLErrors.is(error) && errorCode(error.errors[0]) === 'RATE_LIMITED') {
        throw new Error(error.errors[0]?.message);
      }
      throw new Error('patron.auth.failed');
    }
  },

  async logout() {
    await apollo.mutate({ mutation: LogoutMutation }).catch(() => undefined);
    await apollo.clearStore();
  },

  async checkAuth() {
    if (!(await me())) throw new Error('ra.auth.auth_check_error');
  },

  async checkError(error: unknown) {
    if (isUnauthenticated(error)) throw new Error('ra.auth.auth_check_error');
  },

  async getIdentity() {
    const staff = await me();
    if (!staff) throw new Error('ra.auth.auth_check_error');
    return { id: staff.id, fullName: staff.name, role: staff.role, workspace: staff.workspace.name };
  },

  async getPermissions() {
    return (await me())?.permissions ?? [];
  },
};
