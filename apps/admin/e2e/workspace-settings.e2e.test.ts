import path from 'node:path';
import { screenshotsDir } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;

beforeAll(async () => {
  s = await openSession();
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => s?.close());

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { mobile } }';

describe('workspace settings', () => {
  it.each([
    ['en', 'Russia', 'RU', '9161234567', '+79161234567'],
    ['ru', 'Иран', 'IR', '9161234568', '+989161234568'],
    ['fa', 'روسیه', 'RU', '9161234569', '+79161234569'],
  ])(
    'in %s, an admin picks the phone country (%s) and national numbers follow it',
    async (locale, name, code, national, mobile) => {
      const { page } = s;
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.click('a[href="#/workspaceSettings"]');
      await page.waitForSelector('[data-testid="workspace-settings"] input[name="defaultPhoneCountry"]');
      const input = page.locator('input[name="defaultPhoneCountry"]');
      await input.fill(name);
      await page.getByRole('option', { name: `${name} (${code})` }).click();
      await page.click('[data-testid="workspace-settings-save"]');
      await page.locator('.MuiSnackbar-root').waitFor();
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? []).toEqual([]);
      await s.shot(`workspace-settings-${locale}`);

      const { createCustomer } = await s.workspace.as.MANAGER.requestOk(CREATE, {
        input: { attributes: { firstName: `Phone ${locale}`, mobile: national } },
      });
      expect(createCustomer.mobile).toBe(mobile);
    },
  );

  it('in fa, an admin sets the time zone and quiet hours across midnight', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/workspaceSettings`);
    await chooseLocale(page, 'fa');
    await page.locator('input[name="timeZone"]').fill('Tehran');
    await page.getByRole('option', { name: 'Asia/Tehran' }).click();
    await page.locator('input[name="quietHoursOn"]').check();
    const start = page.locator('input[name="quietHours.start"]');
    const end = page.locator('input[name="quietHours.end"]');
    // Typed in Latin, Persian and Arabic-Indic digits alike, with the Persian decimal point between.
    await start.fill('22:30');
    await end.fill('۰٨٫۰۰');
    expect([await start.inputValue(), await end.inputValue()]).toEqual(['۲۲:۳۰', '۰۸:۰۰']);
    // Right to left: "from" stands right of "to".
    const [from, to] = [await start.boundingBox(), await end.boundingBox()];
    expect(from?.x).toBeGreaterThan(to?.x ?? Number.POSITIVE_INFINITY);
    await page.click('[data-testid="workspace-settings-save"]');
    await page.locator('.MuiSnackbar-root').waitFor();
    const { workspaceSettings } = await s.workspace.as.ANALYST.requestOk(
      'query { workspaceSettings { timeZone quietHours { start end } } }',
    );
    expect(workspaceSettings).toEqual({
      timeZone: 'Asia/Tehran',
      quietHours: { start: '22:30', end: '08:00' },
    });
  });

  it.each([
    ['en', '22:30', '08:00'],
    ['ru', '22:30', '08:00'],
    ['fa', '۲۲:۳۰', '۰۸:۰۰'],
  ])('in %s, the quiet hours read on a 24-hour clock in the language’s digits', async (locale, from, to) => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    await page.click('a[href="#/workspaceSettings"]');
    const start = page.locator('input[name="quietHours.start"]');
    await start.waitFor();
    expect([
      await start.inputValue(),
      await page.locator('input[name="quietHours.end"]').inputValue(),
    ]).toEqual([from, to]);
    await start.scrollIntoViewIfNeeded();
    const box = await start.boundingBox();
    await page.screenshot({
      path: path.join(screenshotsDir(), `workspace-settings-clock-${locale}.png`),
      clip: { x: 0, y: Math.max(0, (box?.y ?? 0) - 250), width: 1366, height: 400 },
    });
  });

  it('an admin lets people join the club by themselves and gets the join address (en, ru, fa)', async () => {
    const { page } = s;
    const link = page.locator('[data-testid="self-sign-up-link"]');
    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.click('a[href="#/workspaceSettings"]');
      await page.waitForSelector('[data-testid="workspace-settings"] input[name="selfSignUp"]');
      if (locale === 'en') {
        expect(await link.count()).toBe(0);
        await page.locator('input[name="selfSignUp"]').check();
        await page.click('[data-testid="workspace-settings-save"]');
        await page.locator('.MuiSnackbar-root').waitFor();
        const { workspaceSettings } = await s.workspace.as.ADMIN.requestOk(
          'query { workspaceSettings { selfSignUp } }',
        );
        expect(workspaceSettings.selfSignUp).toBe(true);
      }
      expect(await link.textContent()).toBe(`${s.server.url}/self-service/#/join?w=${s.workspace.id}`);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? []).toEqual([]);
      await link.scrollIntoViewIfNeeded();
      await s.shot(`workspace-settings-join-${locale}`);
    }
  });
});
