import { TEST_PASSWORD } from '@patron/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, choose, chooseLocale, openSession } from './session';

let s: BrowserSession;
beforeAll(async () => {
  s = await openSession();
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => s?.close());

const NEW_EMAIL = 'cashier@browser.test';
const TEMPORARY = 'temporary-pass-1';

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(): Promise<string[]> {
  const text = await s.page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

/**
 * The role change's arrow, and whether its old role is drawn right of the new one: the role names are
 * the isolated runs after the staff member's name (U+2068…U+2069), measured where the browser laid them.
 */
async function roleChange(): Promise<{ arrow: string | undefined; fromIsRightOfTo: boolean }> {
  const cell = s.page.locator(
    '[data-testid="audit-row"][data-type="STAFF_ROLE_CHANGED"] [data-testid="audit-about"]',
  );
  return cell.evaluate((td) => {
    const node = td.firstChild as Text;
    const text = node.data;
    const runs = [...text.matchAll(/\u2068([^\u2069]*)\u2069/g)].map((m) => ({
      start: m.index + 1,
      end: m.index + 1 + (m[1] ?? '').length,
    }));
    const [, from, to] = runs;
    if (!from || !to) throw new Error(`no role change in ${text}`);
    const box = ({ start, end }: { start: number; end: number }) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range.getBoundingClientRect();
    };
    return { arrow: text.match(/[←→]/)?.[0], fromIsRightOfTo: box(from).left > box(to).left };
  });
}

describe('managing staff and roles in the browser', () => {
  it('an admin builds a role from the permission list and gives it to a new staff member', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/roles`);
    await page.waitForSelector('[data-testid="role-name"]');
    expect(await page.locator('[data-testid="role-name"]').count()).toBe(4);
    await page.click('[data-testid="role-create"]');
    await page.fill('[data-testid="role-key"]', 'cashier');
    await page.getByLabel('Name in English').fill('Cashier');
    await page.check('[data-testid="permission-customers.read"]');
    await page.check('[data-testid="permission-purchases.record"]');
    await page.click('[data-testid="role-save"]');
    await page.waitForSelector('[data-testid="role-name"]:has-text("Cashier")');

    await page.goto(`${s.server.url}/#/staff`);
    await page.waitForSelector('[data-testid="staff-name"]');
    await page.click('[data-testid="staff-create"]');
    await page.getByLabel('Name').fill('Carla Cashier');
    await page.fill('[data-testid="staff-email"]', NEW_EMAIL);
    await page.getByRole('combobox', { name: /Role/ }).click();
    await page.getByRole('option', { name: 'Cashier' }).click();
    await page.fill('[data-testid="staff-password"]', TEMPORARY);
    await page.click('button[type="submit"]');
    const row = page.locator('tr', {
      has: page.locator('[data-testid="staff-name"]:has-text("Carla Cashier")'),
    });
    await row.waitFor();
    expect(await row.locator('[data-testid="staff-role"]').textContent()).toBe('Cashier');

    await row.locator('[data-testid="staff-change-role"]').click();
    await choose(page, 'staff-role-choice', 'role-OPERATOR');
    await page.click('[data-testid="staff-role-submit"]');
    await row.locator('[data-testid="staff-role"]:has-text("Operator")').waitFor();

    await row.locator('[data-testid="staff-toggle-active"]').click();
    await page.click('.MuiDialog-root button.ra-confirm');
    await row.locator('[data-testid="staff-status"][data-active="false"]').waitFor();
    await row.locator('[data-testid="staff-toggle-active"]').click();
    await page.click('.MuiDialog-root button.ra-confirm');
    await row.locator('[data-testid="staff-status"][data-active="true"]').waitFor();
  });

  it('the new member must choose a password before anything else', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${s.server.url}/#/login`);
    await page.fill('input[name="username"]', NEW_EMAIL);
    await page.fill('input[name="password"]', TEMPORARY);
    await page.click('button[type="submit"]');
    await page.waitForSelector('[data-testid="change-password-forced"]');
    await page.fill('[data-testid="password-current"]', TEMPORARY);
    await page.fill('[data-testid="password-new"]', 'carla-own-password');
    await page.fill('[data-testid="password-again"]', 'carla-own-password');
    await page.click('[data-testid="change-password-submit"]');
    await page.waitForSelector(
      '[data-testid="customer-table"], [data-testid="customers-empty"], .RaList-main',
    );
    expect(await page.locator('[data-testid="change-password-dialog"]').count()).toBe(0);
    await context.close();
  });

  it('the audit log lists what was done, newest first', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/audit`);
    await page.waitForSelector('[data-testid="audit-row"]');
    const types = await page
      .locator('[data-testid="audit-row"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type')));
    expect(types.slice(0, 6)).toEqual([
      'PASSWORD_CHANGED',
      'STAFF_REACTIVATED',
      'STAFF_DEACTIVATED',
      'STAFF_ROLE_CHANGED',
      'STAFF_CREATED',
      'ROLE_CREATED',
    ]);
  });

  it('the audit log words what was done on other screens', async () => {
    // A few events of other modules, made through the API as their screens would.
    const admin = s.workspace.as.ADMIN;
    await admin.requestOk(
      'mutation { createApiKey(input: { name: "Web shop", permissions: ["customers.read"] }) { secret } }',
    );
    await admin.requestOk(
      'mutation { createBranch(input: { code: "tajrish", name: { en: "Tajrish", fa: "تجریش" } }) { id } }',
    );
    const { startCustomerExport } = await admin.requestOk(
      'mutation { startCustomerExport(input: { format: CSV, columns: ["firstName"], selection: { all: true } }) { id } }',
    );
    const { page } = s;
    // The previous test left the page on the audit log: load it anew.
    await page.goto(`${s.server.url}/#/audit`);
    await page.reload();
    const types = page.locator('[data-testid="audit-row"] td:nth-child(2)');
    await page.locator('[data-testid="audit-row"][data-type="CUSTOMERS_EXPORTED"]').waitFor();
    expect((await types.allTextContents()).slice(0, 3)).toEqual([
      'Customers exported',
      'Branch created',
      'API key created',
    ]);
    // The export is told by what it took, not by its id.
    const exported = page.locator(
      '[data-testid="audit-row"][data-type="CUSTOMERS_EXPORTED"] [data-testid="audit-about"]',
    );
    expect(await exported.textContent()).toBe('CSV: all customers');
    expect(await exported.textContent()).not.toContain(startCustomerExport.id);
  });

  it.each(['en', 'ru', 'fa'])('the staff, roles and audit screens in %s', async (locale) => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/staff`);
    await chooseLocale(page, locale);
    const screens: [string, string, string][] = [
      ['staff', '/#/staff', '[data-testid="staff-name"]'],
      ['staff-create', '/#/staff/create', '[data-testid="staff-email"]'],
      ['roles', '/#/roles', '[data-testid="role-name"]'],
      ['role-create', '/#/roles/create', '[data-testid="role-permissions"] input'],
      ['role-edit', '/#/roles/MANAGER', '[data-testid="role-permissions"] input'],
      ['role-admin', '/#/roles/ADMIN', '[data-testid="role-fixed"]'],
      ['audit', '/#/audit', '[data-testid="audit-row"]'],
    ];
    for (const [name, path, ready] of screens) {
      await page.goto(`${s.server.url}${path}`);
      await page.waitForSelector(ready);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.dir), name).toBe(
        locale === 'fa' ? 'rtl' : 'ltr',
      );
      expect(await untranslated(), `${name} in ${locale}`).toEqual([]);
      if (name === 'audit') {
        // Every type in words, none as its constant (CUSTOMERS_EXPORTED).
        const types = await page.locator('[data-testid="audit-row"] td:nth-child(2)').allTextContents();
        expect(types.filter((text) => /^[A-Z0-9_]+$/.test(text))).toEqual([]);
        // What each is about in words, none as an id (the export's).
        const abouts = await page.locator('[data-testid="audit-about"]').allTextContents();
        expect(abouts.filter((text) => /[0-9a-f]{8}-[0-9a-f]{4}-/.test(text))).toEqual([]);
        expect(await roleChange(), locale).toMatchObject(
          locale === 'fa' ? { arrow: '←', fromIsRightOfTo: true } : { arrow: '→', fromIsRightOfTo: false },
        );
      }
      if (name === 'role-create' && locale !== 'en') {
        // Every group header and permission in the language's script, none in the server's English.
        const script = locale === 'ru' ? /[\u0400-\u04FF]/ : /[\u0600-\u06FF]/;
        const texts = await page
          .locator(
            '[data-testid="role-permissions"] legend, [data-testid="role-permissions"] .MuiFormControlLabel-label',
          )
          .allTextContents();
        expect(texts.length).toBeGreaterThan(30);
        expect(texts.filter((text) => !script.test(text))).toEqual([]);
      }
      if (name === 'role-edit')
        // Titled by the role's name in the language (Manager, Менеджер, مدیر), not its key.
        await expect.poll(() => page.locator('#react-admin-title').textContent()).not.toContain('MANAGER');
      await s.shot(`${name}-${locale}`);
    }
    await page.goto(`${s.server.url}/#/staff`);
    const row = page.locator('tr', {
      has: page.locator('[data-testid="staff-name"]:has-text("Carla Cashier")'),
    });
    await row.locator('[data-testid="staff-reset-password"]').click();
    await page.waitForSelector('[data-testid="staff-password-dialog"]');
    await s.shot(`staff-reset-password-${locale}`);
    await page.keyboard.press('Escape');
    await page
      .click('button[aria-label] .MuiAvatar-root, [aria-label="Profile"], .RaUserMenu-userButton')
      .catch(() => undefined);
    const change = page.locator('[data-testid="change-password"]');
    if (await change.isVisible()) {
      await change.click();
      await page.waitForSelector('[data-testid="change-password-dialog"]');
      await s.shot(`change-password-${locale}`);
      await page.keyboard.press('Escape');
    }
    expect(s.errors).toEqual([]);
  });

  it('keeps staff screens out of the menu of those who do not manage staff', async () => {
    const context = await s.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${s.server.url}/#/login`);
    await page.fill('input[name="username"]', s.workspace.emails.OPERATOR);
    await page.fill('input[name="password"]', TEST_PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/customers/);
    await page.waitForSelector('.RaSidebar-fixed a');
    const menu = await page
      .locator('.RaSidebar-fixed a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(menu.some((href) => /staff|roles|audit/.test(href ?? ''))).toBe(false);
    await context.close();
  });
});
