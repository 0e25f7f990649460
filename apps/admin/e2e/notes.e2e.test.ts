import path from 'node:path';
import { TEST_PASSWORD } from '@patron/server/testing';
import { screenshotsDir } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let customerId: string;

beforeAll(async () => {
  s = await openSession();
  customerId = (
    await s.workspace.as.OPERATOR.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      { input: { attributes: { firstName: 'Maria', lastName: 'Ivanova' } } },
    )
  ).createCustomer.id;
  // An older note by someone else, so the pinned one visibly moves above it.
  await s.workspace.as.MANAGER.requestOk(
    'mutation($input: AddNoteInput!) { addNote(input: $input) { id } }',
    { input: { customerId, body: 'Prefers calls after 18:00.\nSee https://example.org/policy' } },
  );
  await s.signIn(s.workspace.emails.OPERATOR);
});
afterAll(async () => s?.close());

describe('notes on the card', () => {
  it('a note with a picked mention is added, pinned to the top, and rings the mentioned person’s bell', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers/${customerId}/show/notes`);
    const input = page.locator('[data-testid="note-input"]');
    await input.click();
    await input.pressSequentially('Refund approved, <b>not</b> bold. Ask @MANA');
    const option = page.locator('[data-testid="note-mention-option"]', { hasText: 'MANAGER person' });
    await option.waitFor();
    await page.screenshot({ path: path.join(screenshotsDir(), 'notes-mention-picker-en.png') });
    await option.click();
    await input.pressSequentially('to call her.');
    await page.click('[data-testid="note-submit"]');

    const notes = page.locator('[data-testid="note"]');
    await expect.poll(() => notes.count()).toBe(2);
    const newest = notes.first();
    expect(await newest.locator('[data-testid="note-mention"]').textContent()).toBe('@MANAGER person');
    expect(await newest.locator('[data-testid="note-body"]').textContent()).toContain('<b>not</b> bold');

    // The older note is pinned and moves above the new one.
    await notes.nth(1).locator('[data-testid="note-pin"]').click();
    await expect.poll(() => notes.first().getAttribute('data-pinned')).toBe('true');
    expect(await notes.first().textContent()).toContain('Prefers calls');
    await expect.poll(() => notes.nth(1).textContent()).toContain('Refund approved');

    for (const locale of ['en', 'ru', 'fa']) {
      await chooseLocale(page, locale);
      await page.waitForSelector('[data-testid="note-editor"]');
      const text = (await page.textContent('[data-testid="customer-notes"]')) ?? '';
      expect(text.match(/\b(patron|ra)\.[a-z_.]+/gi) ?? []).toEqual([]);
      await s.shot(`notes-${locale}`);
    }
    await chooseLocale(page, 'en');

    // The mentioned manager signs in (a browser of their own) and finds the bell, leading back to this tab.
    const theirs = await s.browser.newPage({ viewport: { width: 1366, height: 900 } });
    theirs.on('pageerror', (e) => s.errors.push(e.message));
    await theirs.goto(`${s.server.url}/#/login`);
    await theirs.fill('input[name="username"]', s.workspace.emails.MANAGER);
    await theirs.fill('input[name="password"]', TEST_PASSWORD);
    await theirs.click('button[type="submit"]');
    // A manager's home page is the dashboard; the bell is there too.
    await theirs.waitForURL(/#\/dashboard/);
    const badge = theirs.locator('[data-testid="notification-count"] .MuiBadge-badge');
    await expect.poll(() => badge.textContent(), { timeout: 15_000 }).toBe('1');
    await theirs.click('[data-testid="notification-bell"]');
    const notice = theirs.locator('[data-testid="notification"]');
    // Names are wrapped in direction isolates (they may be in another script than the sentence).
    expect((await notice.textContent())?.replace(/[\u2068\u2069]/g, '')).toContain(
      'OPERATOR person mentioned you in a note on Maria Ivanova',
    );
    await theirs.screenshot({ path: path.join(screenshotsDir(), 'notes-bell-en.png') });
    await notice.click();
    await theirs.waitForURL(new RegExp(`#/customers/${customerId}/show/notes`));
    await theirs.waitForSelector('[data-testid="note-mention"]');
    // Nobody else was told.
    expect(
      (await s.workspace.as.OPERATOR.requestOk('{ myUnreadNotificationCount }')).myUnreadNotificationCount,
    ).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
