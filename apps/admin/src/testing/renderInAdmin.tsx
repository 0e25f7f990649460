import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import {
  AdminContext,
  type AuthProvider,
  memoryStore,
  ResourceContextProvider,
  TestMemoryRouter,
} from 'react-admin';
import { apollo } from '../apollo';
import { dataProvider } from '../data-provider';
import { i18nProvider } from '../i18n/i18nProvider';
import type { UiLocale } from '../i18n/locales';
// The app loads the date picker on first use; tests load it with the file, before any test's clock starts.
import '../preferences/CalendarDatePickerField';

interface Options {
  locale?: UiLocale;
  /** The signed-in staff member's permissions. */
  permissions?: string[];
  /** The react-admin resource the screen belongs to (for Create and Edit). */
  resource?: string;
}

/**
 * Renders a screen as the admin does: react-admin's context with the real i18n (in the language
 * asked) and data provider, and the app's Apollo client (whose link the test scripts).
 */
export async function renderInAdmin(ui: ReactNode, options: Options = {}) {
  const { locale = 'en', permissions = ['customers.read', 'loyalty.read'], resource } = options;
  // The data provider words refusals outside React, in the language the provider is in.
  await i18nProvider.changeLocale(locale);
  const authProvider: AuthProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => permissions,
    getIdentity: async () => ({ id: 'staff-1', fullName: 'Mina' }),
  };
  const user = userEvent.setup();
  const view = render(
    <ApolloProvider client={apollo}>
      <TestMemoryRouter>
        <AdminContext
          i18nProvider={i18nProvider}
          authProvider={authProvider}
          dataProvider={dataProvider}
          store={memoryStore({ locale })}
        >
          {resource ? <ResourceContextProvider value={resource}>{ui}</ResourceContextProvider> : ui}
        </AdminContext>
      </TestMemoryRouter>
    </ApolloProvider>,
  );
  return { user, ...view };
}

/** The text under an input: its helper text or its error, as MUI links them (aria-describedby). */
export function textUnder(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}
