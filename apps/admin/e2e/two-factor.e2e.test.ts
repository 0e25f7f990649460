import { TEST_PASSWORD } from '@patron/server/testing';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persianDigits } from '../src/i18n/digits';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let email: string;

/** The code the person's app shows `steps` time steps from now. */
const codeAt = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
/** As typed on a Persian keyboard in fa: the app takes Persian digits too. */
const typed = (code: string, locale: string) => (locale === 'fa' ? persianDigits(code) : code);
const untranslated = (text: string) => text.match(/\b(patron|ra)\.[a-z_.]+/gi) ?? [];

beforeAll(async () => {
  s = await openSession({ secretKey: 'two-factor-browser-test-key-0123456789' });
  email = s.workspace.emails.OPERATOR;
  await s.signIn(email);
});
afterAll(async () => s?.close());

async function openDialog() {
  await s.page.click('button[aria-label="Profile"], .RaUserMenu-userButton');
  await s.page.click('[data-testid="two-factor-menu"]');
  await s.page.waitForSelector('[data-testid="two-factor-status"]');
}

describe('two-factor sign-in', () => {
  it('is set up in the dialog, then signing in asks for the code (en, ru, fa)', async () => {
    const { page } = s;
    for (const locale of ['en', 'ru', 'fa']) {
      await chooseLocale(page, locale);
      await openDialog();
      await page.click('[data-testid="two-factor-start"]');
      const secret = ((await page.textContent('[data-testid="two-factor-secret"]')) ?? '').trim();
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await page.fill('[data-testid="two-factor-code"]', typed(codeAt(secret), locale));
      const dialog = page.locator('[data-testid="two-factor-dialog"]');
      expect(untranslated((await dialog.textContent()) ?? '')).toEqual([]);
      await expect
        .poll(() => dialog.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
      await s.shot(`two-factor-enrol-${locale}`);
      await page.click('[data-testid="two-factor-confirm"]');
      const codes = page.locator('[data-testid="two-factor-recovery-codes"] li');
      await expect.poll(() => codes.count()).toBe(10);
      await page.click('[data-testid="two-factor-done"]');
      await page.locator('[data-testid="two-factor-dialog"]').waitFor({ state: 'hidden' });

      await page.click('button[aria-label="Profile"], .RaUserMenu-userButton');
      await page.click('.logout');
      await page.waitForSelector('input[name="username"]');
      await page.fill('input[name="username"]', email);
      await page.fill('input[name="password"]', TEST_PASSWORD);
      await page.click('button[type="submit"]');
      const code = page.locator('[data-testid="login-code"]');
      await code.waitFor();
      expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      // The code of the next step: the one confirming the set-up has spent the current step's.
      await code.fill(typed(codeAt(secret, 1), locale));
      expect(untranslated((await page.textContent('[data-testid="login-form"]')) ?? '')).toEqual([]);
      await s.shot(`two-factor-sign-in-${locale}`);
      await page.click('button[type="submit"]');
      await page.waitForURL(/#\/customers/);

      // Off again with the password, for the next language's turn.
      await openDialog();
      await page.fill('[data-testid="two-factor-proof"]', TEST_PASSWORD);
      await page.click('[data-testid="two-factor-turn-off"]');
      await page.waitForSelector('[data-testid="two-factor-start"]');
      // Its button, not Escape: the turn-off button the focus was on is gone from the dialog.
      await page.click('[data-testid="two-factor-close"]');
      await page.locator('[data-testid="two-factor-dialog"]').waitFor({ state: 'hidden' });
    }
    expect(s.errors).toEqual([]);
  });
});
