import { DEMO_ADMIN, seedDemo } from '@patron/server';
import { TEST_PASSWORD } from '@patron/server/testing';
import { GraphQLClient } from '@patron/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

/**
 * The customer card and form on a 1366×900 laptop, in each language: every tab reached with the
 * strip's arrows, the tag box's placeholder whole, the country by its name, the birth date in line.
 */
let s: BrowserSession;
let id = '';
const COUNTRY = { en: 'Iran', ru: 'Иран', fa: 'ایران' };
const LOCALES = ['en', 'ru', 'fa'] as const;

beforeAll(async () => {
  s = await openSession();
  // The demo club: its attribute groups give the card as many tabs as a real club's.
  await seedDemo(s.server.app, TEST_PASSWORD, 3);
  const api = new GraphQLClient(s.server.graphqlUrl);
  await api.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: DEMO_ADMIN.email,
    p: TEST_PASSWORD,
  });
  const { createCustomer } = await api.requestOk(
    `mutation { createCustomer(input: { attributes: {
       firstName: "Sara", lastName: "Rahimi", country: "GB", birthDate: "1990-05-17", city: "Tehran" } }) { id } }`,
  );
  id = createCustomer.id;
  // A change of country, so the history has one to tell.
  await api.requestOk(
    'mutation($id: ID!) { updateCustomer(id: $id, input: { attributes: { country: "IR" } }) { id } }',
    { id },
  );
  const { tags } = await api.requestOk('{ tags { id } }');
  await api.requestOk(
    'mutation($c: ID!, $t: [ID!]!) { setCustomerTags(customerId: $c, tagIds: $t) { id } }',
    {
      c: id,
      t: tags.slice(0, 2).map((t: { id: string }) => t.id),
    },
  );
  await s.signIn(DEMO_ADMIN.email, TEST_PASSWORD);
});
afterAll(async () => s?.close());

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not shown`);
  return b;
};

/** Whether the tab lies whole within the strip's visible part. */
async function tabShown(page: Page, href: string): Promise<boolean> {
  const strip = await box(page, '.MuiTabs-scroller');
  const tab = await box(page, `.MuiTabs-scroller a[href$="${href}"]`);
  return tab.x >= strip.x - 1 && tab.x + tab.width <= strip.x + strip.width + 1;
}

describe.each(LOCALES)('the customer card at 1366×900 in %s', (locale) => {
  it('reaches the last tab with the strip’s arrows and shows the country by name (screenshots)', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    await page.goto(`${s.server.url}/#/customers/${id}/show`);
    await page.locator('[data-testid="customer-tags-input"]').waitFor();
    await page.waitForLoadState('networkidle');
    await s.shot(`card-1366-${locale}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(await tabShown(page, '/show/history')).toBe(false);
    // The arrow towards the hidden tabs (on the left in Persian) is the one that can be pressed.
    const forward = page.locator('.MuiTabs-scrollButtons:not(.Mui-disabled)');
    for (let i = 0; i < 10 && !(await tabShown(page, '/show/history')); i++) {
      await forward.last().click();
      await page.waitForTimeout(400);
    }
    expect(await tabShown(page, '/show/history'), 'History reached by the arrows').toBe(true);
    const history = await box(page, '.MuiTabs-scroller a[href$="/show/history"]');
    await page.mouse.click(history.x + history.width / 2, history.y + history.height / 2);
    await page.waitForURL(/\/show\/history$/);
    await page.locator('[data-testid="history-event"]', { hasText: COUNTRY[locale] }).first().waitFor();
    await s.shot(`card-1366-history-${locale}`);
    await page.goto(`${s.server.url}/#/customers/${id}/show/demography`);
    await page.locator('[data-attribute="country"]', { hasText: COUNTRY[locale] }).waitFor();
    await s.shot(`card-1366-demography-${locale}`);
  });

  it('keeps the tag box’s placeholder whole', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${id}/show`);
    const input = page.locator('[data-testid="customer-tags-input"]');
    await input.waitFor();
    const room = await input.evaluate((e: HTMLInputElement) => {
      const style = getComputedStyle(e);
      const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
      return { free: e.clientWidth - padding, text: context.measureText(e.placeholder).width };
    });
    expect(room.free, `"${locale}" placeholder cut`).toBeGreaterThanOrEqual(room.text);
  });

  it('shows the country by name on the form, and the birth date in line with its row (screenshots)', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${id}`);
    const country = page.locator('input[name="country"]');
    await expect.poll(() => country.inputValue()).toBe(`${COUNTRY[locale]} (IR)`);
    await page.locator('[data-group="demography"] .MuiPickersSectionList-root').waitFor();
    const field = (name: string) => box(page, `.MuiFormControl-root:has(input[name="${name}"])`);
    const birth = await field('birthDate');
    const neighbour = await field('nationalId');
    expect(Math.abs(birth.y - neighbour.y), 'the birth date sits lower').toBeLessThanOrEqual(1);
    expect(Math.abs(birth.height - neighbour.height), 'a gap under the birth date').toBeLessThanOrEqual(1);
    // Labels start where the text starts: on the right in Persian (the mirrored styles came with the
    // switch to it, not only after a reload), the birth date's too, clear of its calendar button.
    for (const name of ['firstName', 'birthDate']) {
      const control = await field(name);
      const label = await box(page, `.MuiFormControl-root:has(input[name="${name}"]) label`);
      const gap = locale === 'fa' ? control.x + control.width - (label.x + label.width) : label.x - control.x;
      expect(gap, `${name}'s label away from the start`).toBeLessThan(40);
    }
    await s.shot(`customer-edit-1366-${locale}`);
  });
});

it('no page errors happened', () => {
  expect(s.errors).toEqual([]);
});
