import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseCustomerLocale, openPhone, phoneShot } from './phone';
import { type BrowserSession, chooseLocale, openSession } from './session';

/**
 * News: a manager writes a post on the News screen; a customer signed in to their self-service pages
 * reads it in their page's language, opens it (it is marked read) and the unread badge goes.
 */

let s: BrowserSession;
let phone: Page;
const LOCALES = ['en', 'ru', 'fa'] as const;
const tid = (id: string) => `[data-testid="${id}"]`;

beforeAll(async () => {
  s = await openSession();
  phone = await openPhone(s);
});
afterAll(async () => s?.close());

const shot = phoneShot;

/** Texts left untranslated show as their keys; nothing sticks out sideways. */
async function looksRight(page: Page) {
  const text = await page.evaluate(() => document.body.textContent ?? '');
  expect(text.match(/\b(patron|ra|resources|news)\.[a-z_.]+[a-z]/gi) ?? []).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The staff screen's language, chosen from the app bar (which slides away once the page scrolls). */
async function staffLocale(page: Page, locale: (typeof LOCALES)[number]) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await chooseLocale(page, locale);
}

const customerLocale = (locale: (typeof LOCALES)[number]) => chooseCustomerLocale(phone, locale);

describe('news: a manager writes a post, a customer reads it', () => {
  let link = '';

  it('a customer is invited, and an older post exists in Persian only', async () => {
    const { createCustomer } = await s.workspace.as.MANAGER.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      { a: { firstName: 'Sara', lastName: 'Rahimi', mobile: '+989127778899' } },
    );
    const { inviteCustomerToSelfService } = await s.workspace.as.OPERATOR.requestOk(
      'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }',
      { id: createCustomer.id },
    );
    const url = new URL(inviteCustomerToSelfService.link);
    link = `${s.server.url}${url.pathname}${url.search}`;
    await s.workspace.as.MANAGER.requestOk(
      'mutation($input: NewsPostInput!) { createNewsPost(input: $input) { id } }',
      {
        input: {
          title: { fa: 'ساعت کاری تعطیلات نوروز' },
          body: { fa: 'در روزهای نوروز از ساعت ۱۰ تا ۱۸ باز هستیم.' },
          publishAt: new Date(Date.now() - 86_400_000).toISOString(),
        },
      },
    );
  });

  it('the manager writes a pinned post in English and Persian on the News screen', async () => {
    const { page } = s;
    await s.signIn(s.workspace.emails.MANAGER);
    await page.goto(`${s.server.url}/#/newsPosts`);
    await page.locator(tid('news-list')).waitFor();
    await page.click(tid('news-create'));
    // Switching the language starts the form afresh: it is filled in each, and saved in English.
    for (const locale of ['ru', 'fa', 'en'] as const) {
      await staffLocale(page, locale);
      await page.fill(tid('news-title-en'), 'Double coins this weekend');
      await page.fill(tid('news-body-en'), 'Every purchase on Saturday and Sunday earns double coins.');
      await page.fill(tid('news-title-fa'), 'سکهٔ دوبرابر در این آخر هفته');
      await page.fill(tid('news-body-fa'), 'هر خرید در شنبه و یکشنبه سکهٔ دوبرابر دارد.');
      await page.locator(`${tid('news-pinned')} input`).check();
      await looksRight(page);
      await s.shot(`news-form-${locale}`);
    }
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/newsPosts$/);
    const row = page.locator(`${tid('news-list')} tbody tr`, { hasText: 'Double coins this weekend' });
    await row.waitFor();
    expect(await row.locator('.MuiChip-root').textContent()).toBe('Live');
    expect(await page.locator(`${tid('news-list')} tbody tr`).count()).toBe(2);
    for (const locale of LOCALES) {
      await staffLocale(page, locale);
      await page
        .locator(`${tid('news-list')} tbody tr`)
        .first()
        .waitFor();
      await looksRight(page);
      await s.shot(`news-list-${locale}`);
    }
    // In Persian the post's Persian title, and the status in Persian.
    await page.getByText('سکهٔ دوبرابر در این آخر هفته').waitFor();
    await page.getByText('منتشرشده').first().waitFor();
    await staffLocale(page, 'en');
    expect(s.errors).toEqual([]);
  });

  it('the customer sees both posts, pinned first, in their language or the one written, with an unread badge', async () => {
    await phone.goto(link);
    await phone.fill(tid('ss-password'), 'sara-own-pass-1');
    await phone.fill(tid('ss-repeat'), 'sara-own-pass-1');
    await phone.click(tid('ss-submit'));
    await phone.locator(tid('ss-account')).waitFor();
    const items = phone.locator(tid('ss-news-item'));
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain('Double coins this weekend');
    // Written in Persian only: shown in Persian to an English reader.
    expect(await items.nth(1).textContent()).toContain('ساعت کاری تعطیلات نوروز');
    expect(await phone.locator(tid('ss-news-unread')).textContent()).toBe('2');
    await looksRight(phone);
    await shot(phone, 'news-customer-en');

    await customerLocale('fa');
    await expect.poll(() => items.nth(0).textContent()).toContain('سکهٔ دوبرابر در این آخر هفته');
    // Persian digits, Jalali dates.
    expect(await phone.locator(tid('ss-news-unread')).textContent()).toBe('۲');
    expect(await items.nth(0).textContent()).toMatch(/۱۴[۰-۹]{2}/);
    await looksRight(phone);
    await shot(phone, 'news-customer-fa');

    await customerLocale('ru');
    // No Russian text: the English one.
    await expect.poll(() => items.nth(0).textContent()).toContain('Double coins this weekend');
    await looksRight(phone);
    await shot(phone, 'news-customer-ru');
  });

  it('opening a post shows its text and marks it read, for good', async () => {
    await customerLocale('fa');
    const first = phone.locator(tid('ss-news-item')).nth(0);
    await first.locator(tid('ss-news-open')).click();
    await first
      .locator(tid('ss-news-body'))
      .getByText('هر خرید در شنبه و یکشنبه سکهٔ دوبرابر دارد.')
      .waitFor();
    await expect.poll(() => phone.locator(tid('ss-news-unread')).textContent()).toBe('۱');
    expect(await first.getAttribute('data-read')).toBe('true');
    await looksRight(phone);
    await shot(phone, 'news-customer-opened-fa');
    await phone.reload();
    await expect.poll(() => phone.locator(tid('ss-news-item')).count()).toBe(2);
    expect(await phone.locator(tid('ss-news-item')).nth(0).getAttribute('data-read')).toBe('true');
    expect(await phone.locator(tid('ss-news-unread')).textContent()).toBe('۱');
    // The staff see it was read.
    const { newsPosts } = await s.workspace.as.ANALYST.requestOk(
      '{ newsPosts { items { title { en } readCount } } }',
    );
    expect(newsPosts.items).toContainEqual({ title: { en: 'Double coins this weekend' }, readCount: 1 });
    expect(s.errors).toEqual([]);
  });
});
