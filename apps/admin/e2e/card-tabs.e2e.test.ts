import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

/**
 * A plugin's tab on the customer card, end to end: the shipped email-domain plugin enabled as
 * PATRON_PLUGINS=email-domain would, its tab drawn by the admin in English, Russian and Persian.
 */
let s: BrowserSession;
const ids: Record<string, string> = {};
const tid = (id: string) => `[data-testid="${id}"]`;

beforeAll(async () => {
  // Loaded as PATRON_PLUGINS loads it: after the server (whose decorators' metadata polyfill it needs).
  const { default: emailDomainPlugin } = await import('@patron/plugin-email-domain');
  s = await openSession({ plugins: [emailDomainPlugin()] });
  const api = s.workspace.as.ADMIN;
  for (const name of ['Anna', 'Boris', 'Vera']) {
    const { createCustomer } = await api.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { firstName: name, lastName: 'Orlova', email: `${name.toLowerCase()}@shop.example` } },
    );
    ids[name] = createCustomer.id;
  }
  // The plugin fills each customer's domain after the commit, as its event handler runs.
  await s.server.app.outbox.drain();
  await s.signIn(s.workspace.emails.ADMIN);
  s.page.setDefaultTimeout(15_000);
});
afterAll(async () => s?.close());

const fieldText = (label: string) =>
  s.page.locator(`${tid('card-tab-field')}:has(dt:text-is("${label}")) dd`).textContent();

describe("a plugin's tab on the customer card", () => {
  it('comes after the built-in tabs and is asked for only when opened', async () => {
    const { page } = s;
    const asked: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (body.includes('"operationName":"CustomerCardTab"')) asked.push(body);
    });
    await page.goto(`${s.server.url}/#/customers/${ids.Anna}/show`);
    const tab = page.locator('a[href$="/show/tab-email-domain"]');
    await tab.waitFor();
    const labels = await page.locator('[role="tab"]').allTextContents();
    expect(labels.at(-1)).toBe('Email domain');
    expect(labels.at(-2)).toBe('History');
    expect(asked).toHaveLength(0);

    await tab.click();
    await page.waitForSelector(tid('card-tab-content'));
    expect(asked).toHaveLength(1);
    expect(await fieldText('Domain')).toBe('shop.example');
    expect(await fieldText('Kind')).toBe("A company's domain");
    expect(await fieldText('Customers with this domain')).toBe('3');
    const rows = page.locator(`${tid('card-tab-table')} tbody tr`);
    expect(await rows.locator('td:first-child').allTextContents()).toEqual([
      'Vera Orlova',
      'Boris Orlova',
      'Anna Orlova',
    ]);
    await s.shot('card-tab-email-domain-en');

    // A link to another customer's card opens it in the admin.
    await rows.first().locator('a').click();
    await page.waitForURL(new RegExp(`/customers/${ids.Vera}/show`));
    await page.locator(tid('customer-name'), { hasText: 'Vera Orlova' }).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('speaks Russian and Persian: labels, digits and the Jalali calendar, right to left', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${ids.Boris}/show/tab-email-domain`);
    await page.waitForSelector(tid('card-tab-content'));
    await chooseLocale(page, 'ru');
    await page.locator('a[href$="/show/tab-email-domain"]', { hasText: 'Домен почты' }).waitFor();
    await page.locator(`${tid('card-tab-field')} dt`, { hasText: 'Клиентов с этим доменом' }).waitFor();
    expect(await fieldText('Вид')).toBe('Домен компании');
    // The open tab, wider in Russian, scrolls back into the strip's view.
    await page.waitForFunction(
      () => {
        const tab = document.querySelector('[role="tab"][aria-selected="true"]');
        const strip = tab?.closest('.MuiTabs-scroller');
        if (!tab || !strip) return false;
        const [t, v] = [tab.getBoundingClientRect(), strip.getBoundingClientRect()];
        return t.left >= v.left - 1 && t.right <= v.right + 1;
      },
      null,
      // A loaded machine redraws the strip later (the default wait of a locator is 30 s as well).
      { timeout: 30_000 },
    );
    await s.shot('card-tab-email-domain-ru');

    await chooseLocale(page, 'fa');
    await page.locator(`${tid('card-tab-field')} dt`, { hasText: 'مشتریان با این دامنه' }).waitFor();
    expect(await fieldText('مشتریان با این دامنه')).toBe('۳');
    expect(await fieldText('نوع')).toBe('دامنهٔ یک شرکت');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const joined = await page
      .locator(`${tid('card-tab-table')} tbody tr:first-child td:nth-child(3)`)
      .textContent();
    // Today in the Jalali calendar, in Persian digits: the year 14xx, no Latin digit.
    expect(joined).toMatch(/۱۴۰[۴-۹]/);
    expect(joined).not.toMatch(/[0-9]/);
    await s.shot('card-tab-email-domain-fa');
    expect(s.errors).toEqual([]);
  });
});
