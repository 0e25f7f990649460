// The services' types (notifications, sql) come with the modules that declare them.
import type {} from '@patron/server/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let managerId: string;
let otherId: string;

const unreadBadge = () => s.page.locator('[data-testid="notification-count"] .MuiBadge-badge');
const notify = (
  kind: string,
  params: Record<string, unknown>,
  link: string | null = null,
  staffId = managerId,
) => s.server.app.services.notifications.notify({ workspaceId: s.workspace.id, staffId, kind, params, link });

beforeAll(async () => {
  s = await openSession();
  managerId = (await s.workspace.as.MANAGER.requestOk('{ me { id } }')).me.id;
  otherId = (await s.workspace.as.OPERATOR.requestOk('{ me { id } }')).me.id;
  // An older notice, already read: the list shows its date in the staff member's calendar.
  await notify('import.failed', { fileName: 'february.xlsx' });
  await s.server.app.services.sql.query(
    `update notification set created_at = now() - interval '3 days', read_at = now() where workspace_id = ?`,
    [s.workspace.id],
  );
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => s?.close());

describe('the bell', () => {
  it('shows a notice written while the page is open, without reloading', async () => {
    const { page } = s;
    await page.waitForSelector('[data-testid="notification-bell"]');
    await expect
      .poll(() => unreadBadge().getAttribute('class'), { timeout: 10_000 })
      .toContain('MuiBadge-invisible');
    // Set on this document only: a reload would lose it.
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });

    await notify('export.ready', { fileName: 'customers-december.csv', rows: 12500 }, '/files/0b6c1a8e');
    await notify('job.failed', { job: 'rfm.recompute' });
    await notify('mention', { by: 'Ada Admin' });
    await notify(
      'import.finished',
      { fileName: 'march.csv', created: 1180, updated: 15, invalid: 5 },
      '#/customers',
    );
    // Someone else's notice never reaches this bell.
    await notify('mention', { by: 'Mallory' }, null, otherId);

    await expect.poll(() => unreadBadge().textContent(), { timeout: 15_000 }).toBe('4');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  });

  it('lists them in en, ru and fa', async () => {
    const { page } = s;
    for (const locale of ['en', 'ru', 'fa']) {
      await chooseLocale(page, locale);
      await page.click('[data-testid="notification-bell"]');
      await page.waitForSelector('[data-testid="notification"]');
      await page.waitForLoadState('networkidle');
      const items = page.locator('[data-testid="notification"]');
      expect(await items.count()).toBe(5);
      expect(await page.locator('[data-testid="notification"][data-unread="true"]').count()).toBe(4);
      const text = (await page.textContent('[data-testid="notifications"]')) ?? '';
      expect(text.match(/\b(patron|ra)\.[a-z_.]+/gi) ?? []).toEqual([]);
      expect(text).not.toContain('Mallory');
      // The failed job by the name the Jobs screen gives it, not its key.
      expect(text).toContain({ en: 'RFM scores', ru: 'RFM-оценки', fa: 'امتیازهای RFM' }[locale]);
      expect(text).not.toContain('rfm.recompute');
      expect(text).toMatch({ en: /1,180/, ru: /1\s180/, fa: /۱٬۱۸۰/ }[locale] as RegExp);
      // The read one is three days old: a date, in the Jalali calendar in Persian.
      const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
      const year = new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', {
        year: 'numeric',
      });
      expect(await items.last().textContent()).toContain(year.format(threeDaysAgo));
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      await s.shot(`notifications-${locale}`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="notifications"]', { state: 'detached' });
    }
    expect(s.errors).toEqual([]);
  });

  it('a click marks one read and follows its link; "mark all read" empties the badge', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/tags`);
    await page.click('[data-testid="notification-bell"]');
    await page.locator('[data-testid="notification"]', { hasText: 'march.csv' }).click();
    await page.waitForURL(/#\/customers/);
    await expect.poll(() => unreadBadge().textContent()).toBe('۳');
    expect(
      (await s.workspace.as.MANAGER.requestOk('{ myUnreadNotificationCount }')).myUnreadNotificationCount,
    ).toBe(3);

    await page.click('[data-testid="notification-bell"]');
    await page.click('[data-testid="notifications-read-all"]');
    await expect.poll(() => page.locator('[data-testid="notification"][data-unread="true"]').count()).toBe(0);
    await expect.poll(() => unreadBadge().getAttribute('class')).toContain('MuiBadge-invisible');
    await s.shot('notifications-read-fa');
    expect(
      (await s.workspace.as.MANAGER.requestOk('{ myUnreadNotificationCount }')).myUnreadNotificationCount,
    ).toBe(0);
    expect(
      (await s.workspace.as.OPERATOR.requestOk('{ myUnreadNotificationCount }')).myUnreadNotificationCount,
    ).toBe(1);
  });
});
