import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';

let s: BrowserSession;
let receiver: Server;
let receiverUrl = '';
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
let secret = '';

/** Text a user would see that is still a message key, i.e. not translated. */
async function untranslated(): Promise<string[]> {
  const text = await s.page.evaluate(() => document.body.textContent);
  return text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? [];
}

beforeAll(async () => {
  // The partner app: a real HTTP receiver in the test process, answering 200 to every POST.
  receiver = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(200).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/patron`;
  s = await openSession({
    secretKey: 'test-only-key-webhooks-e2e-0123456789abcdef',
    webhooks: { allowPrivate: true },
  });
  await s.signIn(s.workspace.emails.ADMIN);
  await s.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.server.url });
});
afterAll(async () => {
  await s?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function openWebhooks(locale: string) {
  const { page } = s;
  await page.goto(`${s.server.url}/#/customers`);
  await chooseLocale(page, locale);
  await page.click('a[href="#/webhooks"]');
  await page.waitForSelector('[data-testid="webhooks"]');
}

describe('the webhooks screen', () => {
  it('creates a webhook through the form, shows its secret once, and a test send is DELIVERED', async () => {
    const { page } = s;
    await openWebhooks('en');
    await page.click('[data-testid="webhook-create"]');
    await page.fill('[data-testid="webhook-name"]', 'Web shop');
    await page.fill('[data-testid="webhook-url"]', receiverUrl);
    await page.check('[data-testid="webhook-event-customer.created"]');
    await page.check('[data-testid="webhook-event-customer.purchaseRecorded"]');
    expect(await untranslated()).toEqual([]);
    await s.shot('webhook-form-en');
    await page.click('[data-testid="webhook-submit"]');

    const secretInput = page.locator('[data-testid="webhook-secret"]');
    await secretInput.waitFor();
    secret = await secretInput.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await page.click('[data-testid="webhook-copy"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.click('[data-testid="webhook-secret-done"]');
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    expect(await page.locator('body').textContent()).not.toContain(secret);

    const row = page.locator('[data-testid="webhook-row-Web shop"]');
    await row.locator('[data-testid="webhook-test"]').click();
    await expect.poll(() => received.length).toBe(1);
    const [ping] = received;
    expect(ping?.headers['patron-event']).toBe('ping');
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(String(ping?.headers['patron-signature'])) ?? [];
    expect(createHmac('sha256', secret).update(`${t}.${ping?.body}`).digest('hex')).toBe(v1);

    await row.locator('[data-testid="webhook-deliveries-open"]').click();
    const dialog = page.locator('[data-testid="webhook-deliveries"]');
    await expect
      .poll(async () => {
        await dialog.locator('[data-testid="webhook-deliveries-refresh"]').click();
        return dialog
          .locator('[data-testid="webhook-delivery-ping"] [data-testid="webhook-state-DELIVERED"]')
          .count();
      })
      .toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    await row.locator('[data-testid="webhook-state-DELIVERED"]').waitFor();
  });

  it.each(['en', 'ru', 'fa'])('lists the webhook and its deliveries in %s', async (locale) => {
    const { page } = s;
    await openWebhooks(locale);
    const row = page.locator('[data-testid="webhook-row-Web shop"]');
    await row.locator('[data-testid="webhook-state-DELIVERED"]').waitFor();
    expect(await untranslated()).toEqual([]);
    if (locale === 'fa') expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await s.shot(`webhooks-${locale}`);
    await row.locator('[data-testid="webhook-deliveries-open"]').click();
    await page.locator('[data-testid="webhook-delivery-ping"]').waitFor();
    expect(await untranslated()).toEqual([]);
    await s.shot(`webhook-deliveries-${locale}`);
    await page.keyboard.press('Escape');
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
  });
});
