import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession, settled } from './session';

/**
 * A signed-in axe scan of the screens of daily work (the customer list, every tab of the card, the
 * dashboard, the filter builder, the column picker, a bulk action dialog, the create form) in English and in
 * right-to-left Persian: no violation of impact critical or serious is left. The figures per screen
 * are printed, so the closing note of a change can quote them.
 */
let s: BrowserSession;
let customerId = '';
const tid = (id: string) => `[data-testid="${id}"]`;
const BLOCKING = new Set(['critical', 'serious']);

interface Found {
  screen: string;
  critical: number;
  serious: number;
  lines: string[];
}
const found: Found[] = [];

beforeAll(async () => {
  s = await openSession();
  const api = s.workspace.as.ADMIN;
  const { currencies } = await api.requestOk('{ currencies { key } }');
  const { createTag } = await api.requestOk(
    'mutation { createTag(input: { name: "Regular", color: "#1976d2" }) { id } }',
  );
  const people = [
    { firstName: 'Ivan', lastName: 'Petrov', mobile: '+79161234567' },
    { firstName: 'Parisa', lastName: 'Sadeghi', mobile: '+989127000002' },
    { firstName: 'Anna', lastName: 'Smirnova', mobile: '+79161234568' },
    { firstName: 'Nima', lastName: 'Karimi', mobile: '+989127000004' },
  ];
  for (const [i, person] of people.entries()) {
    const { createCustomer } = await api.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { ...person, email: `${person.firstName.toLowerCase()}@example.com` } },
    );
    customerId ||= createCustomer.id;
    await api.requestOk(
      'mutation($c: ID!, $t: [ID!]!) { setCustomerTags(customerId: $c, tagIds: $t) { id } }',
      {
        c: createCustomer.id,
        t: [createTag.id],
      },
    );
    await api.requestOk('mutation($i: AdjustBalanceInput!) { adjustBalance(input: $i) { id } }', {
      i: {
        customerId: createCustomer.id,
        currency: currencies[0].key,
        amount: 100 + i,
        idempotencyKey: `a11y-${i}`,
      },
    });
  }
  await s.signIn(s.workspace.emails.ADMIN);
  s.page.setDefaultTimeout(15_000);
});
afterAll(async () => s?.close());

/** Runs axe on the page as it is and keeps the critical and serious violations, one line per element. */
async function scan(page: Page, screen: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // The MUI transitions (dialogs fading in, ripples) leave half-opaque colours that axe would measure.
  await settled(page);
  // The SPA's Content-Security-Policy refuses inline <script> tags (page.addScriptTag), and it should:
  // axe's source is evaluated through the DevTools protocol instead, which the policy does not cover.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) =>
        `${n.target.join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' '),
      ),
    }));
  });
  const entry: Found = { screen, critical: 0, serious: 0, lines: [] };
  for (const v of violations) {
    if (!BLOCKING.has(v.impact)) continue;
    entry[v.impact as 'critical' | 'serious'] += v.targets.length;
    for (const target of v.targets) entry.lines.push(`${screen}: ${v.impact} ${v.id} ${target}`);
  }
  found.push(entry);
}

/** The list whole: its rows and what comes just after them (the segments, the app bar's switchers). */
async function listShown(page: Page): Promise<void> {
  await page.waitForSelector(`${tid('customer-table')} tbody tr`);
  await page.waitForSelector(tid('segments-sidebar'));
  await page.waitForSelector(tid('locale-switcher'));
}

async function openList(page: Page): Promise<void> {
  await page.goto(`${s.server.url}/#/customers?filter=%7B%7D&page=1`);
  await listShown(page);
}

describe('accessibility', () => {
  it('finds no critical or serious axe violation on the daily screens in en and fa', async () => {
    const { page } = s;
    for (const locale of ['en', 'fa']) {
      await openList(page);
      await chooseLocale(page, locale);
      await listShown(page);
      await scan(page, `${locale} list`);
      await s.shot(`a11y-list-${locale}`);

      await page.click(tid('filter-toggle'));
      await page.waitForSelector(tid('filter-panel'));
      await scan(page, `${locale} filter builder`);
      await s.shot(`a11y-filter-${locale}`);

      await openList(page);
      await page.click(tid('columns-button'));
      await page.waitForSelector(tid('column-picker'));
      await scan(page, `${locale} column picker`);
      await page.keyboard.press('Escape');
      await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });

      await page
        .locator(`${tid('customer-table')} tbody tr input[type="checkbox"]`)
        .first()
        .check();
      await page.click(tid('bulk-action-ADD_TAGS'));
      await page.waitForSelector('.MuiDialog-root [role="dialog"]');
      await scan(page, `${locale} bulk action dialog`);
      await s.shot(`a11y-bulk-${locale}`);
      await page.keyboard.press('Escape');
      await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });

      // The home page of those who run the base: figures, charts and tables.
      await page.goto(`${s.server.url}/#/dashboard`);
      await page.waitForSelector(`${tid('kpi-members-value')}`);
      await page.waitForSelector(`${tid('dashboard-sales-chart')} svg`);
      await page.waitForLoadState('networkidle');
      await scan(page, `${locale} dashboard`);
      await s.shot(`a11y-dashboard-${locale}`);

      await page.goto(`${s.server.url}/#/customers/create`);
      await page.waitForSelector('form input[name="firstName"]');
      await scan(page, `${locale} create form`);
      await s.shot(`a11y-create-${locale}`);

      await page.goto(`${s.server.url}/#/customers/${customerId}/show`);
      await page.waitForSelector(tid('customer-name'));
      const tabs = page.locator('[role="tablist"] a[role="tab"]');
      expect(await tabs.count()).toBeGreaterThan(5);
      for (let i = 0; i < (await tabs.count()); i++) {
        const tab = tabs.nth(i);
        await tab.click();
        await page.waitForSelector(
          `[role="tablist"] a[role="tab"]:nth-child(${i + 1})[aria-selected="true"]`,
        );
        const path = (await tab.getAttribute('href'))?.split('/show')[1] || '/';
        await scan(page, `${locale} card ${path}`);
        // The tabs whose colours changed: the chips of the header and analytics, WITHDRAW buttons.
        if (['/', '/analytics', '/consents'].includes(path))
          await s.shot(`a11y-card${path.replace('/', '-')}-${locale}`);
      }
    }
    await chooseLocale(page, 'en');

    console.log(
      ['critical serious screen', ...found.map((f) => `${f.critical}\t${f.serious}\t${f.screen}`)].join('\n'),
    );
    const lines = found.flatMap((f) => f.lines);
    expect(lines, lines.join('\n')).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
