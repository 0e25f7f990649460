import People from '@mui/icons-material/People';
import { render, screen, within } from '@testing-library/react';
import {
  AdminContext,
  memoryStore,
  ResourceDefinitionContextProvider,
  type ResourceDefinitions,
  TestMemoryRouter,
} from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import type { UiLocale } from '../i18n/locales';
import { PatronMenu } from './PatronMenu';

const resource = (name: string, group?: string) => ({
  name,
  hasList: true,
  icon: People,
  options: group ? { group } : undefined,
});
const DEFINITIONS: ResourceDefinitions = {
  customers: resource('customers'),
  tags: resource('tags'),
  mailings: resource('mailings', 'messaging'),
  // A screen the staff member may not open has no list, so no entry.
  roles: { name: 'roles', hasList: false },
  templates: resource('templates', 'messaging'),
  staff: resource('staff'),
};

async function openMenu(at: string, locale: UiLocale = 'en', sidebarOpen = true) {
  await i18nProvider.changeLocale(locale);
  render(
    <TestMemoryRouter initialEntries={[at]}>
      <AdminContext i18nProvider={i18nProvider} store={memoryStore({ locale, 'sidebar.open': sidebarOpen })}>
        <ResourceDefinitionContextProvider definitions={DEFINITIONS}>
          <PatronMenu />
        </ResourceDefinitionContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return screen.getAllByRole('menuitem');
}

describe('the menu', () => {
  it('links each listed resource in order, its group gathered under a heading', async () => {
    const items = await openMenu('/tags');
    expect(items.map((a) => a.getAttribute('href'))).toEqual([
      '#/customers',
      '#/tags',
      '#/mailings',
      '#/templates',
      '#/staff',
    ]);
    expect(screen.getByTestId('menu-group-messaging').textContent).not.toBe('');
  });

  it('marks the resource of the page shown, also on its records', async () => {
    const items = await openMenu('/customers/42/show');
    const current = items.filter((a) => a.getAttribute('aria-current') === 'page');
    expect(current.map((a) => a.getAttribute('href'))).toEqual(['#/customers']);
    expect(current[0]?.classList.contains('RaMenuItemLink-active')).toBe(true);
  });

  it('names the entries in the staff member’s language', async () => {
    const items = await openMenu('/customers', 'ru');
    expect(within(items[0] as HTMLElement).getByText('Клиенты')).toBeTruthy();
  });

  it('with the sidebar folded, an entry still tells its name', async () => {
    const items = await openMenu('/customers', 'en', false);
    expect(items[1]?.getAttribute('aria-label')).toBe('Tags');
    expect(screen.queryByTestId('menu-group-messaging')).toBeNull();
  });
});
