import path from 'node:path';
import { screenshotsDir } from '@patron/testkit';
import type { Page } from 'playwright-core';
import type { BrowserSession } from './session';

/** The customers' pages are for phones: a page of its own (no staff cookie), 390×844. */
export async function openPhone(s: BrowserSession): Promise<Page> {
  const phone = await s.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  phone.on('pageerror', (e) => s.errors.push(e.message));
  return phone;
}

/** The whole page, from its top, as a screenshot. */
export async function phoneShot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(screenshotsDir(), `${name}.png`), fullPage: true });
}

/**
 * Picks a language in the customer pages' own switcher, and waits for the page to turn to it (it
 * does once the language's refusal texts are in).
 */
export async function chooseCustomerLocale(page: Page, locale: 'en' | 'ru' | 'fa'): Promise<void> {
  await page.selectOption('[data-testid="ss-locale"]', locale);
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, locale);
}
