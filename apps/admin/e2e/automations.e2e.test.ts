import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;

beforeAll(async () => {
  s = await openSession();
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => s?.close());

const untranslated = async () =>
  ((await s.page.evaluate(() => document.body.textContent ?? '')).match(
    /\b(patron|ra|resources)\.[a-z_.]+/gi,
  ) ?? []) as string[];

describe('automations', () => {
  it('a manager makes a birthday gift from the Messaging menu; refusals sit under their inputs; the run log shows in en, ru and fa', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await page.locator('[data-testid="menu-group-messaging"]').waitFor();
    await page.click('a[href="#/automations"]');
    await page.click('[data-testid="automation-create"]');
    await page.fill('[data-testid="automation-name"]', 'Birthday gift');
    await page.getByRole('combobox', { name: 'Currency' }).click();
    await page.getByRole('option', { name: 'Coins' }).click();
    // No amount yet: the server's refusal is shown under the amount.
    await page.click('[data-testid="automation-save"]');
    await page.getByText('This field is required').waitFor();
    await page.fill('[data-testid="action-0-amount"]', '100');
    await page.fill('[data-testid="action-0-expiresInDays"]', '30');
    await page.click('[data-testid="automation-save"]');
    await page.locator('[data-testid="automation-row"]').waitFor();

    const today = new Date().toISOString().slice(5, 10);
    await s.workspace.as.MANAGER.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { attributes: { firstName: 'Nasrin', lastName: 'Karimi', birthDate: `1990-${today}` } } },
    );
    await s.server.app.services.automationRunner.scan();
    // The list is on screen already: a reload asks the server again.
    await page.reload();

    for (const locale of ['en', 'ru', 'fa']) {
      await page.goto(`${s.server.url}/#/automations`);
      await chooseLocale(page, locale);
      await page.locator('[data-testid="automation-row"]').waitFor();
      // One run in the last 30 days, in the reader's digits.
      await expect
        .poll(() => page.locator('[data-testid="automation-recent-runs"]').textContent())
        .toMatch(/^(1|۱)$/);
      expect(await untranslated()).toEqual([]);
      await s.shot(`automations-list-${locale}`);
      await page.click('[data-testid="automation-edit"]');
      await page.locator('[data-testid="automation-action"]').waitFor();
      expect(await untranslated()).toEqual([]);
      await s.shot(`automations-form-${locale}`);
      await page.goto(`${s.server.url}/#/automations`);
      await page.locator('[data-testid="automation-row"] a').first().click();
      await page.locator('[data-testid="automation-run"]').waitFor();
      expect(await page.locator('[data-testid="automation-run"]').textContent()).toContain('Nasrin Karimi');
      expect(await untranslated()).toEqual([]);
      await s.shot(`automations-runs-${locale}`);
    }
    await chooseLocale(page, 'en');
    expect(s.errors).toEqual([]);
  });
});
