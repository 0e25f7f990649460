import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
  s.page.setDefaultTimeout(15_000);
});
afterAll(async () => s?.close());

/** The machine may be busy: a change shows within 15 s, not expect.poll's default 1 s. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

const CREATE = `mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }`;

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(): Promise<string[]> {
  const text = await s.page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

describe('consents and verification on the card', () => {
  it('grants and withdraws consents, marks the phone verified once allowed, verifies the profile; en, ru, fa', async () => {
    const api = s.workspace.as.ADMIN;
    const { page } = s;
    await s.signIn(s.workspace.emails.MANAGER);
    const state = (kind: string) =>
      page.locator(`[data-testid="consent-${kind}"]`).getAttribute('data-state');
    const people = { en: 'Lena Park', ru: 'Ольга Смирнова', fa: 'مینا رضایی' } as const;
    for (const [i, locale] of (['en', 'ru', 'fa'] as const).entries()) {
      const [firstName, lastName] = people[locale].split(' ');
      const { createCustomer } = await api.requestOk(CREATE, {
        a: { firstName, lastName, mobile: `+98912444000${i}`, email: `${locale}@consent.test` },
      });
      await page.goto(`${s.server.url}/#/customers/${createCustomer.id}/show/consents`);
      if (i === 0) await chooseLocale(page, 'en');
      else await chooseLocale(page, locale);
      await page.locator('[data-testid="consents-tab"]').waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');

      // Without personal data consent the phone cannot be marked verified: the server's refusal, translated.
      await page.locator('[data-testid="verified-phone"]').click();
      await eventually(() => page.locator('.MuiSnackbarContent-message').textContent()).toBeTruthy();
      expect(await page.locator('[data-testid="verified-phone"]').isChecked()).toBe(false);

      await page.click('[data-testid="grant-PERSONAL_DATA"]');
      await page.fill('[data-testid="consent-source"]', locale === 'fa' ? 'شعبه مرکزی' : 'Store 5');
      await page.click('[data-testid="consent-submit"]');
      await eventually(() => state('PERSONAL_DATA')).toBe('GRANTED');
      await page.click('[data-testid="grant-SMS"]');
      await page.click('[data-testid="consent-submit"]');
      await eventually(() => state('SMS')).toBe('GRANTED');
      await page.click('[data-testid="withdraw-EMAIL"]');
      await page.click('[data-testid="consent-submit"]');
      await eventually(() => state('EMAIL')).toBe('WITHDRAWN');

      await page.locator('[data-testid="verified-phone"]').click();
      await eventually(() => page.locator('[data-testid="verified-phone"]').isChecked()).toBe(true);
      await page.click('[data-testid="verify-customer"]');
      await page.click('[data-testid="verify-confirm"]');
      await eventually(() =>
        page.locator('[data-testid="verification-status"]').getAttribute('data-status'),
      ).toBe('VERIFIED');
      await eventually(() => page.locator('[data-testid="consent-history"] tbody tr').count()).toBe(3);
      expect(await untranslated()).toEqual([]);
      await s.shot(`consents-${locale}`);
    }
    expect(s.errors).toEqual([]);
  });
});
