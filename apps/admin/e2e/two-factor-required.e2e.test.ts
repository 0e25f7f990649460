import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openSession } from './session';

let s: BrowserSession;

const codeOf = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
const untranslated = (text: string) => text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
const SETTINGS = '{ workspaceSettings { twoFactorRequiredRoles } }';
const RESET = 'mutation($id: ID!) { resetStaffTwoFactor(id: $id) { id } }';

beforeAll(async () => {
  s = await openSession({ secretKey: 'two-factor-required-browser-key-0123456789' });
});
afterAll(async () => s?.close());

async function signOut() {
  // A save far down the page slides react-admin's app bar away: back to the top first.
  await s.page.evaluate(() => window.scrollTo(0, 0));
  await s.page.click('button[aria-label="Profile"], .RaUserMenu-userButton');
  await s.page.click('.logout');
  await s.page.waitForSelector('input[name="username"]');
}

describe('two-factor sign-in required for a role', () => {
  it('an admin ticks OPERATOR in the workspace settings', async () => {
    const { page } = s;
    await s.signIn(s.workspace.emails.ADMIN);
    await page.goto(`${s.server.url}/#/workspaceSettings`);
    const operator = page.getByRole('checkbox', { name: 'Operator' });
    await operator.check();
    await page.click('[data-testid="workspace-settings-save"]');
    await page.locator('.MuiSnackbar-root').waitFor();
    expect(
      (await s.workspace.as.ANALYST.requestOk(SETTINGS)).workspaceSettings.twoFactorRequiredRoles,
    ).toEqual(['OPERATOR']);
    await signOut();
  });

  it('an operator signing in must set it up first, then lands on the customers (en, ru, fa)', async () => {
    const { page } = s;
    const operator = s.workspace.as.OPERATOR;
    const { me } = await operator.requestOk('{ me { id twoFactorSetupRequired } }');
    expect(me.twoFactorSetupRequired).toBe(true);
    for (const locale of ['en', 'ru', 'fa']) {
      // Their saved language is the app's after sign-in (the locale switcher is behind the dialog).
      await operator.requestOk(
        'mutation($l: Locale!) { updateMyPreferences(input: { locale: $l }) { id } }',
        {
          l: locale.toUpperCase(),
        },
      );
      await s.signIn(s.workspace.emails.OPERATOR);
      await page.waitForSelector(`html[data-texts="${locale}"]`, { state: 'attached' });
      const dialog = page.locator('[data-testid="two-factor-dialog"]');
      await dialog.waitFor();
      expect(await page.locator('[data-testid="two-factor-close"]').count()).toBe(0);
      // Escape does not dismiss it.
      await page.keyboard.press('Escape');
      await page.click('[data-testid="two-factor-start"]');
      const secret = ((await page.textContent('[data-testid="two-factor-secret"]')) ?? '').trim();
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await page.fill('[data-testid="two-factor-code"]', codeOf(secret));
      expect(untranslated((await dialog.textContent()) ?? '')).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      await s.shot(`two-factor-required-${locale}`);
      await page.click('[data-testid="two-factor-confirm"]');
      await expect.poll(() => page.locator('[data-testid="two-factor-recovery-codes"] li').count()).toBe(10);
      await page.click('[data-testid="two-factor-done"]');
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForSelector('[data-testid="customer-table"] tbody tr, [data-testid="customer-count"]');
      expect(page.url()).toMatch(/#\/customers/);

      // The admin resets it (a lost phone), for the next language's turn: set up again at next sign-in.
      await s.workspace.as.ADMIN.requestOk(RESET, { id: me.id });
      await signOut();
    }
    expect(s.errors).toEqual([]);
  });
});
