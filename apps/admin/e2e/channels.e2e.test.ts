import { type SmtpPeer, startSmtpPeer } from '@patron/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, choose, chooseLocale, openSession } from './session';

const PASSWORD = 'smtp-secret-in-the-browser';
let s: BrowserSession;
let peer: SmtpPeer;

async function untranslated(): Promise<string[]> {
  const text = await s.page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

beforeAll(async () => {
  // The server encrypts channel secrets with this key (read by the test harness).
  process.env.PATRON_SECRET_KEY ??= 'browser-test-key-0123456789abcdef01234';
  peer = await startSmtpPeer();
  s = await openSession();
  await s.signIn(s.workspace.emails.ADMIN);
});
afterAll(async () => {
  await s?.close();
  await peer?.close();
});

describe.each(['en', 'ru', 'fa'])('the Channels screen in %s', (locale) => {
  it('adds an SMTP account with a write-only password and sends a test message through it', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/#/customers`);
    await chooseLocale(page, locale);
    await page.click('a[href="#/channels"]');
    await page.waitForSelector('[data-testid="channels"]');

    const name = `Mail ${locale}`;
    await page.click('[data-testid="channel-add"]');
    await page.fill('[data-testid="channel-name"]', name);
    await page.fill('[data-testid="channel-setting-host"]', '127.0.0.1');
    await page.fill('[data-testid="channel-setting-port"]', String(peer.port));
    await choose(page, 'channel-setting-security', 'channel-choice-none');
    await page.fill('[data-testid="channel-setting-user"]', 'club');
    await page.fill('[data-testid="channel-setting-password"]', PASSWORD);
    await page.fill('[data-testid="channel-setting-fromAddress"]', 'news@club.example');
    await page.fill('[data-testid="channel-setting-fromName"]', 'Coffee Club');
    expect(await untranslated()).toEqual([]);
    await s.shot(`channel-form-${locale}`);
    await page.click('[data-testid="channel-account-submit"]');
    const row = page.locator(`[data-testid="channel-account-${name}"]`);
    await row.waitFor();
    await s.shot(`channels-${locale}`);

    // Opened again, the password is not there: only that it is set.
    await row.locator('[data-testid="channel-edit"]').click();
    expect(await page.inputValue('[data-testid="channel-setting-password"]')).toBe('');
    expect(await page.locator('body').textContent()).not.toContain(PASSWORD);
    await page.keyboard.press('Escape');
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });

    await row.locator('[data-testid="channel-test"]').click();
    await page.fill('[data-testid="channel-test-to"]', `owner-${locale}@club.example`);
    await page.click('[data-testid="channel-test-submit"]');
    await page.waitForSelector('[data-testid="channel-test-outcome"]');
    expect(peer.logins.at(-1)).toEqual({ username: 'club', password: PASSWORD });
    expect(peer.received.at(-1)?.envelope.to).toEqual([`owner-${locale}@club.example`]);
    await s.shot(`channel-test-sent-${locale}`);

    await page.fill('[data-testid="channel-test-to"]', 'status-550@club.example');
    await page.click('[data-testid="channel-test-submit"]');
    await page.locator('.MuiAlert-standardError[data-testid="channel-test-outcome"]').waitFor();
    expect(await untranslated()).toEqual([]);
    await s.shot(`channel-test-refused-${locale}`);
    await page.keyboard.press('Escape');
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    expect(s.errors).toEqual([]);
  });
});

describe('the unsubscribe page', () => {
  it('asks in the customer’s language and withdraws the email consent on the button', async () => {
    const { page } = s;
    const { app } = s.server;
    const admin = s.workspace.as.ADMIN;
    const customerId = (
      await admin.requestOk(
        'mutation { createCustomer(input: { attributes: { firstName: "Sara", email: "sara@example.com" } }) { id } }',
      )
    ).createCustomer.id;
    const actor = { kind: 'system', id: null, name: 'test' } as const;
    await app.services.consents.grant(s.workspace.id, actor, {
      customerId,
      kind: 'EMAIL',
      capturedVia: 'IN_STORE',
    });
    const link = app.services.channels.unsubscribeUrl(s.workspace.id, customerId, 'EMAIL') as string;
    await page.goto(`${s.server.url}${new URL(link).pathname}?lang=fa`);
    await s.shot('unsubscribe-ask-fa');
    await page.click('button[type="submit"]');
    await page.waitForSelector('html[lang="fa"]');
    await s.shot('unsubscribe-done-fa');
    expect(await app.services.consents.hasConsent(s.workspace.id, customerId, 'EMAIL')).toBe(false);
  });
});
