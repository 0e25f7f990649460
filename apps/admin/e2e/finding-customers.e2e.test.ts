import { TEST_PASSWORD } from '@patron/server/testing';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
const ids: Record<string, string> = {};

const PEOPLE = [
  { firstName: 'Zahra', lastName: 'Ahmadi', city: 'Tehran', vip: true },
  { firstName: 'Ali', lastName: 'Rezaei', city: 'Tehran', vip: false },
  { firstName: 'Sara', lastName: 'Karimi', city: 'Shiraz', vip: true },
  { firstName: 'Ivan', lastName: 'Petrov', city: 'Moscow', vip: false },
  { firstName: 'Olga', lastName: 'Smirnova', city: 'Moscow', vip: true },
  { firstName: 'John', lastName: 'Smith', city: 'London', vip: false },
];

beforeAll(async () => {
  s = await openSession();
  for (const [i, person] of PEOPLE.entries()) {
    const { createCustomer } = await s.workspace.as.ADMIN.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { attributes: { ...person, mobile: `+98912000000${i}` } } },
    );
    ids[person.firstName] = createCustomer.id;
  }
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => s?.close());

const tid = (id: string) => `[data-testid="${id}"]`;

/** Opens a select inside `scope` and picks an option (options live in a popup outside it). */
async function pick(page: Page, scope: Locator, select: string, option: string): Promise<void> {
  await scope.locator(tid(select)).click();
  await page.click(tid(option));
}

/** Fills one condition row of the builder. */
async function condition(
  page: Page,
  row: Locator,
  field: string,
  operator: string,
  value: string | boolean,
): Promise<void> {
  await pick(page, row, 'filter-field', `filter-field-option-${field}`);
  await pick(page, row, 'filter-operator', `filter-operator-option-${operator}`);
  if (typeof value === 'boolean') await pick(page, row, 'filter-value', `filter-value-option-${value}`);
  else await row.locator(tid('filter-value')).fill(value);
}

async function expectCount(page: Page, count: number): Promise<void> {
  await page.waitForSelector(`${tid('customer-count')}[data-count="${count}"]`);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="customer-table"] tbody tr').length === n,
    count,
  );
}

async function names(page: Page): Promise<string[]> {
  const cells = await page
    .locator('[data-testid="customer-table"] tbody td.column-firstName')
    .allTextContents();
  return cells.map((c) => c.trim()).sort();
}

describe('finding customers at scale, in the browser', () => {
  it('builds a nested filter with two groups and sees the right customers and count', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await expectCount(page, 6);
    await page.click(tid('filter-toggle'));
    const panel = page.locator(tid('filter-panel'));
    // The starting row is not needed: the root holds two OR groups.
    await panel.locator(tid('filter-remove-condition')).first().click();
    const root = panel.locator(`${tid('filter-group')}[data-depth="1"]`);
    await root.locator(tid('filter-add-group')).last().click();
    await root.locator(tid('filter-add-group')).last().click();
    const groups = panel.locator(`${tid('filter-group')}[data-depth="2"]`);

    const places = groups.nth(0);
    await places.locator(tid('group-op-OR')).click();
    await condition(page, places.locator(tid('filter-condition')).nth(0), 'city', 'EQ', 'Tehran');
    await places.locator(tid('filter-add-condition')).click();
    await condition(page, places.locator(tid('filter-condition')).nth(1), 'city', 'EQ', 'Moscow');

    const who = groups.nth(1);
    await who.locator(tid('group-op-OR')).click();
    await condition(page, who.locator(tid('filter-condition')).nth(0), 'vip', 'EQ', true);
    await who.locator(tid('filter-add-condition')).click();
    await condition(page, who.locator(tid('filter-condition')).nth(1), 'firstName', 'STARTS_WITH', 'Al');

    await page.click(tid('filter-apply'));
    await expectCount(page, 3);
    expect(await names(page)).toEqual(['Ali', 'Olga', 'Zahra']);
    await s.shot('filter-nested-en');

    // NOT on the second group: in Tehran or Moscow, and neither VIP nor an "Al…".
    await who.locator(tid('group-not')).check();
    await page.click(tid('filter-apply'));
    await expectCount(page, 1);
    expect(await names(page)).toEqual(['Ivan']);
  });

  it('shows a refused value next to its condition', async () => {
    const { page } = s;
    const panel = page.locator(tid('filter-panel'));
    const root = `${tid('filter-group')}[data-depth="1"] > div`;
    await panel.locator(`${root} > ${tid('filter-add-condition')}`).click();
    const row = panel.locator(`${root} > ${tid('filter-condition')}`).last();
    await pick(page, row, 'filter-field', 'filter-field-option-createdAt');
    await pick(page, row, 'filter-operator', 'filter-operator-option-LAST_DAYS');
    // No number of days entered: the server says what it expects, at this row.
    await page.click(tid('filter-apply'));
    await row.locator(tid('filter-problem')).waitFor();
    expect(await row.locator(tid('filter-problem')).textContent()).toBeTruthy();
    await expectCount(page, 1);
    await page.click(tid('filter-clear'));
    await expectCount(page, 6);
    await page.click(tid('filter-toggle'));
  });

  it('searches with two chips, matching either', async () => {
    const { page } = s;
    const box = page.locator(tid('search-input'));
    await box.fill('Zahra');
    await box.press('Enter');
    await expectCount(page, 1);
    await box.fill('Petrov,');
    await expectCount(page, 2);
    expect(await page.locator(tid('search-chip')).allTextContents()).toEqual(['Zahra', 'Petrov']);
    expect(await names(page)).toEqual(['Ivan', 'Zahra']);
  });

  it('reads the search box right to left in Persian, and typed Latin text left to right', async () => {
    const { page } = s;
    const box = page.locator(tid('search-input'));
    const looks = () =>
      box.evaluate((e: HTMLInputElement) => ({
        placeholder: e.placeholder,
        direction: getComputedStyle(e).direction,
      }));
    await chooseLocale(page, 'fa');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await expect.poll(async () => (await looks()).placeholder).toMatch(/[\u0600-\u06FF]/);
    const persian = await looks();
    expect(persian.direction).toBe('rtl');
    expect(persian.placeholder).not.toMatch(/[A-Za-z]/);
    await box.fill('ali@');
    expect((await looks()).direction).toBe('ltr');
    await box.fill('');
    await chooseLocale(page, 'en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await expect.poll(async () => (await looks()).placeholder).toBe('Name, phone or email, then Enter');
  });

  it('saves the search as a shared segment and opens it from the sidebar with its count', async () => {
    const { page } = s;
    await page.click(tid('save-segment'));
    await page.fill(tid('segment-name'), 'Zahra or Petrov');
    await page.check(tid('segment-shared'));
    await page.click(tid('segment-save'));
    const item = page.locator(`${tid('segment-item')}[data-name="Zahra or Petrov"]`);
    await item.waitFor();
    await page.click('text=All customers');
    await expectCount(page, 6);
    expect(await page.locator(tid('search-chip')).count()).toBe(0);
    await item.click();
    await expectCount(page, 2);
    expect(await item.locator(tid('segment-count')).textContent()).toBe('2');
    expect(await page.locator(tid('search-chip')).count()).toBe(2);
    await s.shot('segment-open-en');
    // Colleagues see a shared segment, with the same live count.
    const { segments } = await s.workspace.as.MANAGER.requestOk('{ segments { name memberCount shared } }');
    expect(segments).toContainEqual({ name: 'Zahra or Petrov', memberCount: 2, shared: true });
  });

  it('chooses columns, and finds them again in a fresh browser', async () => {
    const { page } = s;
    await page.click('text=All customers');
    await page.click(tid('columns-button'));
    await page.locator(tid('column-picker')).waitFor();
    await page.check(tid('column-toggle-city'));
    await page.uncheck(tid('column-toggle-mobile'));
    await page.fill(tid('column-width-city'), '240');
    // City goes first.
    for (let i = 0; i < 10; i++) {
      const up = page.locator(tid('column-up-city'));
      if (await up.isDisabled()) break;
      await up.click();
    }
    await s.shot('column-picker-en');
    await page.click(tid('columns-save'));
    await page.locator(tid('column-picker')).waitFor({ state: 'detached' });
    const headers = async (p: Page) => {
      await p.waitForSelector('[data-testid="customer-table"] th.column-city');
      return p.locator('[data-testid="customer-table"] thead th').allTextContents();
    };
    const mine = await headers(page);
    expect(mine.find((h) => h.trim())?.trim()).toBe('City');
    expect(mine.join('|')).not.toContain('Mobile');

    const context = await s.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const fresh = await context.newPage();
    await fresh.goto(`${s.server.url}/#/login`);
    await fresh.fill('input[name="username"]', s.workspace.emails.ADMIN);
    await fresh.fill('input[name="password"]', TEST_PASSWORD);
    await fresh.click('button[type="submit"]');
    // An admin's home page is the dashboard: the list is one click away.
    await fresh.waitForURL(/#\/dashboard/);
    await fresh.goto(`${s.server.url}/#/customers`);
    expect(await headers(fresh)).toEqual(mine);
    const width = await fresh
      .locator('[data-testid="customer-table"] th.column-city')
      .evaluate((th) => th.getBoundingClientRect().width);
    // Table cells may grow to fill the row, never shrink below the chosen width.
    expect(Math.round(width)).toBeGreaterThanOrEqual(240);
    const { me } = await s.workspace.as.ADMIN.requestOk('{ me { customerColumns { key width } } }');
    expect(me.customerColumns[0]).toEqual({ key: 'city', width: 240 });
    await context.close();
  });

  it('creates a tag and assigns it from the card', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/tags/create`);
    await page.fill('input[name="name"]', 'Gold');
    await page.fill('input[name="color"]', '#b8860b');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/tags$/);
    await page.locator(tid('tag-Gold')).waitFor();

    await page.goto(`${s.server.url}/#/customers/${ids.Zahra}/show`);
    await page.click(tid('customer-tags-input'));
    await page.keyboard.type('Gol');
    await page.click(tid('tag-option-Gold'));
    await page.locator(`${tid('customer-tags')} ${tid('tag-chip')}:has-text("Gold")`).waitFor();
    const { customer } = await s.workspace.as.ADMIN.requestOk(
      'query($id: ID!) { customer(id: $id) { tags { name } } }',
      {
        id: ids.Zahra,
      },
    );
    expect(customer.tags).toEqual([{ name: 'Gold' }]);
  });

  it('bulk-adds the tag to a filtered selection, follows the job, and the card’s history shows it', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await page.click(tid('filter-toggle'));
    const row = page.locator(`${tid('filter-panel')} ${tid('filter-condition')}`).first();
    await condition(page, row, 'city', 'EQ', 'Moscow');
    await page.click(tid('filter-apply'));
    await expectCount(page, 2);
    await page.locator('[data-testid="customer-table"] thead input[type="checkbox"]').check();
    await page.locator(tid('bulk-bar')).waitFor();
    expect(await page.locator(tid('bulk-selected')).textContent()).toContain('2');
    await s.shot('bulk-bar-en');
    await page.click(tid('bulk-action-ADD_TAGS'));
    await page.click(tid('bulk-tags'));
    await page.keyboard.type('Gold');
    await page.click(tid('bulk-tag-option-Gold'));
    await page.click(tid('bulk-run'));
    await page.locator(tid('bulk-result')).waitFor();
    expect(await page.locator(tid('bulk-progress')).getAttribute('data-status')).toBe('DONE');
    expect(await page.locator(tid('bulk-result')).textContent()).toContain('2');
    await s.shot('bulk-done-en');
    await page.click(tid('bulk-close'));
    await page.waitForSelector('[data-testid="customer-table"] td.column-firstName:has-text("Ivan")');

    await page.goto(`${s.server.url}/#/customers/${ids.Ivan}/show/history`);
    const tagged = page.locator(`${tid('history-event')}[data-type="CUSTOMER_TAGGED"]`);
    await tagged.waitFor();
    expect(await tagged.locator(tid('history-event-type')).textContent()).toBe('Tags changed');
    expect(await tagged.locator(tid('history-change')).textContent()).toBe('Tags added: Gold');
    const { tags } = await s.workspace.as.ADMIN.requestOk('{ tags { name customerCount } }');
    expect(tags).toContainEqual({ name: 'Gold', customerCount: 3 });
  });

  it('no page errors happened', () => {
    expect(s.errors).toEqual([]);
  });
});
