import { DEMO_ADMIN, seedDemo } from '@patron/server';
import { TEST_PASSWORD } from '@patron/server/testing';
import { GraphQLClient } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let customerId = '';
let tagId = '';
let cityId = '';
beforeAll(async () => {
  s = await openSession();
  await seedDemo(s.server.app, TEST_PASSWORD, 120);
  await s.signIn(DEMO_ADMIN.email, TEST_PASSWORD);
  const api = new GraphQLClient(s.server.graphqlUrl);
  await api.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: DEMO_ADMIN.email,
    p: TEST_PASSWORD,
  });
  const { customers } = await api.requestOk('{ customers(first: 1) { edges { node { id } } } }');
  customerId = customers.edges[0].node.id;
  // One edit so the history tab has an old → new change to show.
  await api.requestOk(
    'mutation($id: ID!) { updateCustomer(id: $id, input: { attributes: { city: "Shiraz", vip: true } }) { id } }',
    {
      id: customerId,
    },
  );
  // A tag on the card and a shared segment in the sidebar, so those screens show something.
  const { tags } = await api.requestOk('{ tags { id name } }');
  tagId = tags[0].id;
  const { attributeDefinitions } = await api.requestOk('{ attributeDefinitions { id key } }');
  cityId = attributeDefinitions.find((a: { key: string }) => a.key === 'city').id;
  await api.requestOk(
    'mutation($c: ID!, $t: [ID!]!) { setCustomerTags(customerId: $c, tagIds: $t) { id } }',
    {
      c: customerId,
      t: tags.slice(0, 2).map((t: { id: string }) => t.id),
    },
  );
  await api.requestOk(
    `mutation { createSegment(input: { name: "VIP", shared: true,
       filter: { op: AND, conditions: [{ field: "vip", operator: EQ, value: true }] } }) { id } }`,
  );
});
afterAll(async () => s?.close());

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(): Promise<string[]> {
  const text = await s.page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

const SCREENS: [string, (id: string) => string][] = [
  ['dashboard', () => '/#/dashboard'],
  ['customers', () => '/#/customers'],
  ['customer-card', (id) => `/#/customers/${id}/show`],
  ['customer-history', (id) => `/#/customers/${id}/show/history`],
  ['customer-edit', (id) => `/#/customers/${id}`],
  ['customer-create', () => '/#/customers/create'],
  ['attributes', () => '/#/attributeDefinitions'],
  ['attribute-edit', () => `/#/attributeDefinitions/${cityId}`],
  ['tags', () => '/#/tags'],
  ['tag-edit', () => `/#/tags/${tagId}`],
  ['tag-create', () => '/#/tags/create'],
];

/** Russian page titles: the resource's name in the nominative, then what the page is, a name in «». */
const RUSSIAN_TITLES: Record<string, RegExp> = {
  'customer-card': /^Клиент «[^"»]+»$/,
  'customer-edit': /^Клиент «[^"»]+»: изменение$/,
  'customer-create': /^Клиент: создание$/,
  'tag-create': /^Метка: создание$/,
};

/** Pages titled by a record's name in the language, never its key (city). */
const NAMED_TITLES: Record<string, Record<string, string>> = {
  'attribute-edit': { en: 'Attribute City', ru: 'Атрибут «Город»: изменение', fa: 'ویرایش ویژگی «شهر»' },
};

/** Screens reached by clicking on the customer list: the filter builder, dialogs, the bulk bar. */
const LIST_SCREENS: [string, (page: Page) => Promise<void>][] = [
  [
    'customers-filter',
    async (page) => {
      await page.click('[data-testid="filter-toggle"]');
      const row = page.locator('[data-testid="filter-condition"]').first();
      await row.locator('[data-testid="filter-field"]').click();
      await page.click('[data-testid="filter-field-option-birthDate"]');
      await row.locator('[data-testid="filter-operator"]').click();
      await page.click('[data-testid="filter-operator-option-BETWEEN"]');
      await page.click('[data-testid="filter-add-group"]');
    },
  ],
  [
    'customers-segment',
    async (page) => {
      await page.click('[data-testid="segment-item"][data-name="VIP"]');
      await page.waitForURL(/segmentId/);
      await page.waitForSelector('[data-testid="segment-item"][data-name="VIP"].Mui-selected');
    },
  ],
  ['column-picker', (page) => page.click('[data-testid="columns-button"]')],
  [
    'save-segment',
    async (page) => {
      await page.locator('[data-testid="search-input"]').fill('Tehran,');
      await page.click('[data-testid="save-segment"]');
    },
  ],
  [
    'bulk-bar',
    (page) => page.locator('[data-testid="customer-table"] tbody input[type="checkbox"]').first().check(),
  ],
  [
    'bulk-dialog',
    async (page) => {
      await page.locator('[data-testid="customer-table"] thead input[type="checkbox"]').check();
      await page.click('[data-testid="bulk-select-all"]');
      await page.click('[data-testid="bulk-action-ADD_TAGS"]');
    },
  ],
];

describe.each(['en', 'ru', 'fa'])('every screen in %s', (locale) => {
  it('is translated, laid out in the right direction, and saved as a screenshot', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    for (const [name, path] of SCREENS) {
      await page.goto(`${s.server.url}${path(customerId)}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      expect(await page.evaluate(() => document.documentElement.dir), name).toBe(
        locale === 'fa' ? 'rtl' : 'ltr',
      );
      expect(await untranslated(), `${name} in ${locale}`).toEqual([]);
      const title = RUSSIAN_TITLES[name];
      if (locale === 'ru' && title)
        expect(await page.locator('#react-admin-title').textContent()).toMatch(title);
      const named = NAMED_TITLES[name]?.[locale];
      if (named) await expect.poll(() => page.locator('#react-admin-title').textContent()).toBe(named);
      await s.shot(`${name}-${locale}`);
    }
    for (const [name, open] of LIST_SCREENS) {
      // An empty filter in the address: the list starts over rather than where the last screen left it.
      await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
      await page.waitForSelector('[data-testid="customer-table"] tbody tr');
      await open(page);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      expect(await untranslated(), `${name} in ${locale}`).toEqual([]);
      await s.shot(`${name}-${locale}`);
      await page.keyboard.press('Escape');
      await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
      // react-admin keeps ticked rows across screens: untick them for the next one.
      const unselect = page.locator('[data-testid="bulk-unselect"]');
      if (await unselect.isVisible()) await unselect.click();
    }
    const history = page.locator('[data-testid="history-event"]');
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/history`);
    await history.first().waitFor();
  });
});

describe('sign-in page', () => {
  it('follows the last language used in this browser', async () => {
    const { page } = s;
    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.goto(`${s.server.url}/#/logout`).catch(() => undefined);
      await page.evaluate(() => window.localStorage.getItem('patron.locale'));
      await page.context().clearCookies();
      await page.goto(`${s.server.url}/#/login`);
      await page.reload();
      await page.waitForSelector('input[name="username"]');
      expect(await untranslated()).toEqual([]);
      await s.shot(`login-${locale}`);
      await s.signIn(DEMO_ADMIN.email, TEST_PASSWORD);
    }
    expect(s.errors).toEqual([]);
  });

  // The first screen carries English texts of its own only (i18n/firstScreenCatalog.ts): every text
  // the list, its app bar and its menus show must be among them, before any other screen's come.
  it('leads an operator to a customer list all in English with the first screen’s texts alone', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${s.server.url}/#/login`);
    await page.fill('input[name="username"]', 'operator@demo.patron.local');
    await page.fill('input[name="password"]', TEST_PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-testid="customer-table"] tbody tr');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    const keys = () =>
      page.evaluate(() => document.body.textContent.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? []);
    expect(await keys()).toEqual([]);
    // The user menu: its items are the first screen's too.
    await page.click('button[aria-label="Profile"], .RaUserMenu-userButton');
    await page.waitForSelector('[role="menu"]');
    expect(await keys()).toEqual([]);
    await page.keyboard.press('Escape');
    expect(scripts.filter((url) => /englishCatalog/.test(url))).toEqual([]);
    await context.close();
  });

  // The first screen carries no refusal's text: a wrong password fetches the language's before it is said.
  it('says a wrong password in the language', async () => {
    const { page } = s;
    const WRONG = {
      en: 'Wrong email or password',
      ru: 'Неверная почта или пароль',
      fa: 'ایمیل یا گذرواژه نادرست است',
    };
    for (const locale of ['en', 'ru', 'fa'] as const) {
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.goto(`${s.server.url}/#/logout`).catch(() => undefined);
      await page.context().clearCookies();
      await page.goto(`${s.server.url}/#/login`);
      await page.reload();
      await page.fill('input[name="username"]', DEMO_ADMIN.email);
      await page.fill('input[name="password"]', `${TEST_PASSWORD}-not`);
      await page.click('button[type="submit"]');
      await expect.poll(() => page.locator('.MuiSnackbarContent-message').textContent()).toBe(WRONG[locale]);
      await s.shot(`login-refused-${locale}`);
      await s.signIn(DEMO_ADMIN.email, TEST_PASSWORD);
    }
    expect(s.errors).toEqual([]);
  });
});

describe('GraphQL playground', () => {
  it('is served by Patron and loads nothing from outside it', async () => {
    const { page } = s;
    const outside: string[] = [];
    const watch = (r: { url(): string }) => {
      const url = r.url();
      if (!url.startsWith(s.server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
        outside.push(url);
    };
    page.on('request', watch);
    const introspection = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST',
    );
    await page.goto(`${s.server.url}/graphiql`);
    await page.waitForSelector('.graphiql-container');
    expect((await introspection).status()).toBe(200);
    await s.shot('graphiql');
    page.off('request', watch);
    expect(outside).toEqual([]);
  });
});
