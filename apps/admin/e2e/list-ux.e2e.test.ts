import path from 'node:path';
import { DEMO_ADMIN, seedDemo } from '@patron/server';
import { TEST_PASSWORD } from '@patron/server/testing';
import { GraphQLClient, screenshotsDir } from '@patron/testkit';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

/**
 * The customer list's daily work on a 1366×900 laptop (and at 1440×900): the default columns fit
 * without scrolling sideways, the last one whole, and rows stay one line; birthdays in the next 30 days are found with a live count while editing; a
 * column is found by search and moved with one drag; an analyst sees no CREATE button.
 */
let s: BrowserSession;
let api: GraphQLClient;
const tid = (id: string) => `[data-testid="${id}"]`;
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotsDir(), `${name}.png`) });

beforeAll(async () => {
  s = await openSession();
  await s.page.setViewportSize({ width: 1366, height: 900 });
  await seedDemo(s.server.app, TEST_PASSWORD, 40);
  api = new GraphQLClient(s.server.graphqlUrl);
  await api.requestOk('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
    e: DEMO_ADMIN.email,
    p: TEST_PASSWORD,
  });
  // The first customers of the list carry every tag, the case that used to make rows three lines high.
  const { tags } = await api.requestOk('{ tags { id } }');
  const { customers } = await api.requestOk(
    '{ customers(first: 3, sort: { field: "createdAt", direction: DESC }) { edges { node { id } } } }',
  );
  for (const { node } of customers.edges)
    await api.requestOk(
      'mutation($c: ID!, $t: [ID!]!) { setCustomerTags(customerId: $c, tagIds: $t) { id } }',
      {
        c: node.id,
        t: tags.map((t: { id: string }) => t.id),
      },
    );
  await s.signIn(DEMO_ADMIN.email, TEST_PASSWORD);
});
afterAll(async () => s?.close());
// A test that stops midway leaves the next one in English on the list, not in its last language.
afterEach(async () => {
  if ((await s.page.getAttribute('html', 'data-texts')) === 'en') return;
  await s.page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
  await chooseLocale(s.page, 'en');
});

/**
 * The condition row took the field just picked. When it did not, what the screen showed is kept
 * (`list-ux-failed-<name>.png`) so the failure can be read afterwards.
 */
async function expectField(page: Page, row: Locator, key: string, name: string): Promise<void> {
  try {
    await expect.poll(() => row.getAttribute('data-field'), { timeout: 10_000 }).toBe(key);
  } catch (error) {
    await shot(page, `list-ux-failed-${name}`);
    throw error;
  }
}

/** Nothing wider than the window, the table within its container, and every table row one line of text high. */
async function expectFits(page: Page, what: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const sizes = await page.evaluate(() => {
    const wrapper = document.querySelector('.RaDatagrid-tableWrapper') as HTMLElement | null;
    const table = wrapper?.querySelector('table');
    const rows = [...document.querySelectorAll('[data-testid="customer-table"] tbody tr')];
    return {
      page: document.documentElement.scrollWidth,
      table: wrapper ? wrapper.scrollWidth - wrapper.clientWidth : 0,
      tableWidth: table?.getBoundingClientRect().width ?? 0,
      container: wrapper?.clientWidth ?? 0,
      rowHeights: rows.map((r) => r.getBoundingClientRect().height),
    };
  });
  expect(sizes.page, what).toBeLessThanOrEqual(width);
  expect(sizes.table, `${what}: the table scrolls sideways`).toBeLessThanOrEqual(0);
  expect(sizes.tableWidth, `${what}: the table is wider than its container`).toBeLessThanOrEqual(
    sizes.container + 0.5,
  );
  expect(Math.max(...sizes.rowHeights), `${what}: a row taller than one line`).toBeLessThanOrEqual(54);
}

describe('the customer list at 1366×900', () => {
  it('fits the screen in en, ru and fa, with the filter builder open (screenshots)', async () => {
    const { page } = s;
    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
      await chooseLocale(page, locale);
      await page.waitForSelector(`${tid('customer-table')} tbody tr`);
      await page.waitForLoadState('networkidle');
      // The rows below the fold, the segments and the app bar's switchers come just after the first rows.
      await page.waitForSelector(`${tid('customer-table')} tbody tr:nth-child(25)`);
      await page.waitForSelector(tid('locale-switcher'));
      await shot(page, `list-1366-${locale}`);
      await expectFits(page, `list in ${locale}`);
      await page.click(tid('filter-toggle'));
      const row = page.locator(tid('filter-condition')).first();
      await row.locator(tid('filter-field')).click();
      await shot(page, `list-1366-field-list-${locale}`);
      await page.click(tid('filter-field-option-birthDate'));
      await row.locator(tid('filter-operator')).click();
      await page.click(tid('filter-operator-option-ANNIVERSARY_IN_MONTH'));
      await row.locator(tid('filter-value-month')).click();
      await page.click(tid('filter-value-month-option-3'));
      await page.click(tid('filter-add-condition'));
      const second = page.locator(tid('filter-condition')).nth(1);
      await second.locator(tid('filter-field')).click();
      await page.click(tid('filter-field-option-tags'));
      await second.locator(tid('filter-value')).click();
      await page.locator('[role="listbox"] [role="option"]').nth(0).click();
      await page.locator('[role="listbox"] [role="option"]').nth(1).click();
      await page.keyboard.press('Escape');
      await page.waitForSelector(`${tid('filter-live-count')}:not([data-count=""])`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, `list-1366-filter-${locale}`);
      await expectFits(page, `filter builder in ${locale}`);
      await page.click(tid('columns-button'));
      await page.waitForSelector(tid('column-picker'));
      await shot(page, `list-1366-columns-${locale}`);
      await page.keyboard.press('Escape');
      await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    }
    await chooseLocale(page, 'en');
  });

  it('fits a 1440 px screen too, in en, ru and fa', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
      await chooseLocale(page, locale);
      await page.waitForSelector(`${tid('customer-table')} tbody tr:nth-child(25)`);
      await page.waitForLoadState('networkidle');
      await expectFits(page, `list at 1440 px in ${locale}`);
    }
    await chooseLocale(page, 'en');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('keeps a "between" condition’s remove button on its line, and "auto" in line with "px" (screenshots)', async () => {
    const { page } = s;
    const box = async (selector: string) => {
      const b = await page.locator(selector).first().boundingBox();
      if (!b) throw new Error(`${selector} is not shown`);
      return b;
    };
    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
      await chooseLocale(page, locale);
      await page.waitForSelector(`${tid('customer-table')} tbody tr`);
      await page.click(tid('filter-toggle'));
      const row = page.locator(tid('filter-condition')).first();
      await row.locator(tid('filter-field')).click();
      await page.click(tid('filter-field-option-birthDate'));
      await expectField(page, row, 'birthDate', `between-${locale}`);
      await row.locator(tid('filter-operator')).click();
      await page.click(tid('filter-operator-option-BETWEEN'));
      // From and to: two date pickers.
      await row.locator('.MuiPickersTextField-root').nth(1).waitFor();
      await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
      const field = await box(`${tid('filter-condition')} ${tid('filter-field')}`);
      const remove = await box(tid('filter-remove-condition'));
      expect(remove.y, `${locale}: the remove button wrapped`).toBeLessThan(field.y + field.height);
      await shot(page, `list-1366-filter-between-${locale}`);
      await page.click(tid('columns-button'));
      await page.waitForSelector(tid('column-picker'));
      const column = page.locator(tid('column-row')).first();
      const input = column.locator('[data-testid^="column-width-"]');
      const text = await input.evaluate((e) => {
        const r = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        const top = r.top + Number.parseFloat(style.paddingTop);
        return (top + r.bottom - Number.parseFloat(style.paddingBottom)) / 2;
      });
      const unit = await column.locator('.MuiInputAdornment-root').boundingBox();
      if (!unit) throw new Error('no "px"');
      expect(
        Math.abs(text - (unit.y + unit.height / 2)),
        `${locale}: "auto" and "px" out of line`,
      ).toBeLessThanOrEqual(2);
      await page.keyboard.press('Escape');
      await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    }
    await chooseLocale(page, 'en');
  });

  it('shows many tags on one line: the first chips, then +N', async () => {
    const { page } = s;
    await api.requestOk(
      'mutation($columns: [ListColumnInput!]!) { updateMyCustomerColumns(columns: $columns) { id } }',
      { columns: ['firstName', 'lastName', 'mobile', 'tags', 'status', 'createdAt'].map((key) => ({ key })) },
    );
    await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
    await page.reload();
    await page.waitForSelector(tid('tags-more'));
    await shot(page, 'list-1366-tags-en');
    await expectFits(page, 'list with tags');
  });

  it('finds birthdays in the next 30 days, counting while the filter is edited', async () => {
    const { page } = s;
    const filter = {
      op: 'AND',
      conditions: [{ field: 'birthDate', operator: 'ANNIVERSARY_NEXT_DAYS', value: 30 }],
    };
    const { customerCount: expected } = await api.requestOk(
      'query($f: CustomerFilter) { customerCount(filter: $f) }',
      { f: filter },
    );
    expect(expected).toBeGreaterThan(0);
    await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
    await page.click(tid('filter-toggle'));
    const row = page.locator(tid('filter-condition')).first();
    // The field list is searched by typing.
    await row.locator(tid('filter-field')).fill('birth');
    await page.click(tid('filter-field-option-birthDate'));
    await expectField(page, row, 'birthDate', 'birthdays');
    await row.locator(tid('filter-operator')).click();
    await page.click(tid('filter-operator-option-ANNIVERSARY_NEXT_DAYS'));
    await row.locator(tid('filter-value')).fill('30');
    await page.waitForSelector(`${tid('filter-live-count')}[data-count="${expected}"]`);
    await page.click(tid('filter-apply'));
    await page.waitForSelector(`${tid('customer-count')}[data-count="${expected}"]`);
  });

  it('finds a column by search and moves it with one drag', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
    await page.click(tid('columns-button'));
    await page.locator(tid('columns-search')).fill('mail');
    const rows = page.locator(tid('column-row'));
    await expect
      .poll(() => rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-key'))))
      // The email and the email consent; nothing without "mail" in its name.
      .toEqual(expect.arrayContaining(['email', 'consentEmail']));
    expect(await rows.count()).toBeLessThan(5);
    await page.locator(tid('columns-search')).fill('');
    const order = () => rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-key')));
    const before = await order();
    const moved = before[3] as string;
    const handle = page.locator(tid(`column-drag-${moved}`));
    const target = await rows.nth(0).boundingBox();
    const from = await handle.boundingBox();
    if (!target || !from) throw new Error('no boxes');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, target.y + 2, { steps: 12 });
    await page.mouse.up();
    await expect.poll(order).toEqual([moved, ...before.filter((k) => k !== moved)]);
    // The keyboard: the arrow button moves it back down one place.
    await page.click(tid(`column-down-${moved}`));
    expect((await order())[1]).toBe(moved);
    await page.click(tid('columns-save'));
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    const headers = await page
      .locator(`${tid('customer-table')} thead th`)
      .evaluateAll((th) => th.map((e) => e.className));
    expect(headers.findIndex((c) => c.includes(`column-${moved}`))).toBeGreaterThan(0);
  });

  it("resizes a column by dragging its header's edge, saved for the staff member, in en, ru and fa (screenshots)", async () => {
    const { page } = s;
    // The first column of the table, whichever the earlier tests left there.
    const header = page.locator(`${tid('customer-table')} thead th[class*="column-"]`).first();
    let key = '';
    const savedWidth = async () => {
      const { me } = await api.requestOk('{ me { customerColumns { key width } } }');
      return me.customerColumns?.find((c: { key: string }) => c.key === key)?.width ?? null;
    };
    for (const [locale, by] of [
      ['en', 60],
      ['ru', 40],
      ['fa', 50],
    ] as const) {
      await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
      await chooseLocale(page, locale);
      await page.waitForSelector(`${tid('customer-table')} tbody tr`);
      // The language menu's backdrop is gone: the mouse reaches the header.
      await page.locator('.MuiBackdrop-root').waitFor({ state: 'detached' });
      key = /column-(\S+)/.exec((await header.getAttribute('class')) ?? '')?.[1] ?? '';
      const box = await header.boundingBox();
      if (!box || !key) throw new Error('no header');
      // The edge is the header's inline end: its right side, its left side in Persian.
      const rtl = locale === 'fa';
      const edge = rtl ? box.x + 2 : box.x + box.width - 2;
      const y = box.y + box.height / 2;
      const urlBefore = page.url();
      await page.mouse.move(edge, y);
      await page.mouse.down();
      await page.mouse.move(rtl ? edge - by : edge + by, y, { steps: 8 });
      await page.mouse.up();
      const expected = Math.round(box.width + by);
      await expect.poll(savedWidth).toBeGreaterThanOrEqual(expected - 2);
      expect(await savedWidth()).toBeLessThanOrEqual(expected + 2);
      await expect
        .poll(async () => Math.round((await header.boundingBox())?.width ?? 0))
        .toBeGreaterThanOrEqual(expected - 3);
      // Letting go on the header did not sort by the column.
      expect(page.url()).toBe(urlBefore);
      await shot(page, `list-column-resized-${locale}`);
      // A double click on the edge gives the column its automatic width back.
      const now = await header.boundingBox();
      if (!now) throw new Error('no header');
      await page.mouse.dblclick(rtl ? now.x + 2 : now.x + now.width - 2, y);
      await expect.poll(savedWidth).toBeNull();
    }
  });

  it('shows an analyst no CREATE button, and an administrator one', async () => {
    const { page } = s;
    await expect
      .poll(() =>
        page
          .locator(`${tid('customer-table')} ~ * a[href="#/customers/create"], a[href="#/customers/create"]`)
          .count(),
      )
      .toBe(1);
    await page.context().clearCookies();
    await s.signIn(s.workspace.emails.ANALYST);
    await page.waitForSelector(`${tid('customer-table')} tbody tr, ${tid('customer-count')}`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('a[href="#/customers/create"]').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
