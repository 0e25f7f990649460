import { type SmtpPeer, startSmtpPeer } from '@patron/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, chooseLocale, openSession } from './session';
import { startSmsGateway } from './smsGateway';

let s: BrowserSession;
let peer: SmtpPeer;
let mailingId: string;
let smsMailingId: string;
let reza: string;
let gateway: Awaited<ReturnType<typeof startSmsGateway>>;

const SHOP = 'https://shop.example/winter';
const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const GRANT = 'mutation($input: ConsentChangeInput!) { grantConsent(input: $input) { kind } }';
const HISTORY_TYPE: Record<string, string> = {
  en: 'Link in a message followed',
  ru: 'Переход по ссылке из сообщения',
  fa: 'کلیک روی پیوند پیام',
};
const CLICKS_TITLE: Record<string, string> = {
  en: 'Link clicks',
  ru: 'Переходы по ссылкам',
  fa: 'کلیک روی پیوندها',
};

beforeAll(async () => {
  peer = await startSmtpPeer();
  gateway = await startSmsGateway();
  // Tracked links are signed: without the server's key an email's links go as they are.
  s = await openSession({ secretKey: 'e2e-only-key-mailing-clicks-0123456789' });
  const api = s.workspace.as.MANAGER;
  await s.workspace.as.ADMIN.requestOk(
    'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }',
    {
      input: {
        provider: 'smtp',
        name: 'Mail',
        settings: Object.entries({
          host: '127.0.0.1',
          port: String(peer.port),
          security: 'none',
          fromAddress: 'news@club.example',
        }).map(([key, value]) => ({ key, value })),
      },
    },
  );
  const { createMessageTemplate } = await api.requestOk(
    'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }',
    {
      input: {
        name: 'Winter links',
        channel: 'EMAIL',
        contents: [
          {
            language: 'EN',
            subject: 'Winter sale',
            html: `<p>Come in: <a href="${SHOP}">the sale</a>. <a href="{{ unsubscribe_url }}">Leave</a></p>`,
          },
        ],
      },
    },
  );
  const ids: string[] = [];
  for (const [i, name] of ['Reza', 'Sara'].entries()) {
    const { createCustomer } = await api.requestOk(CREATE, {
      input: {
        attributes: {
          firstName: name,
          lastName: 'Clicker',
          email: `${name.toLowerCase()}@example.com`,
          mobile: `+98912000000${i + 1}`,
        },
      },
    });
    for (const kind of ['EMAIL', 'SMS'])
      await api.requestOk(GRANT, { input: { customerId: createCustomer.id, kind, capturedVia: 'IN_STORE' } });
    ids.push(createCustomer.id);
  }
  reza = ids[0] as string;
  const { createMailing } = await api.requestOk(
    'mutation($input: MailingInput!) { createMailing(input: $input) { id } }',
    {
      input: {
        name: 'Winter clicks',
        channel: 'EMAIL',
        templateId: createMessageTemplate.id,
        audience: { customerIds: ids },
      },
    },
  );
  mailingId = createMailing.id;
  await api.requestOk('mutation($id: ID!) { startMailing(id: $id) { id } }', { id: mailingId });

  await s.workspace.as.ADMIN.requestOk(
    'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }',
    {
      input: {
        provider: 'generic-http',
        name: 'SMS',
        settings: [
          { key: 'url', value: gateway.url },
          { key: 'bodyFormat', value: 'json' },
        ],
      },
    },
  );
  const smsTemplate = await api.requestOk(
    'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }',
    {
      input: {
        name: 'Winter SMS',
        channel: 'SMS',
        contents: [{ language: 'EN', text: `Winter sale: ${SHOP}` }],
      },
    },
  );
  const smsMailing = await api.requestOk(
    'mutation($input: MailingInput!) { createMailing(input: $input) { id } }',
    {
      input: {
        name: 'Winter SMS clicks',
        channel: 'SMS',
        templateId: smsTemplate.createMessageTemplate.id,
        audience: { customerIds: ids },
      },
    },
  );
  smsMailingId = smsMailing.createMailing.id;
  await api.requestOk('mutation($id: ID!) { startMailing(id: $id) { id } }', { id: smsMailingId });
  await s.signIn(s.workspace.emails.MANAGER);
});
afterAll(async () => {
  await s?.close();
  await peer?.close();
  await gateway?.close();
});

describe('clicks of a mailing', () => {
  it("a recipient follows the email's link: it leads to the shop and the report counts the click", async () => {
    await expect.poll(() => peer.received.length, { timeout: 20_000 }).toBe(2);
    const mail = peer.received.find((m) => m.envelope.to.includes('reza@example.com'))?.mail;
    const link = String(mail?.html).match(/href="[^"]*(\/c\/[\w.-]+)"/)?.[1];
    expect(link).toBeDefined();
    const res = await fetch(`${s.server.url}${link}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(SHOP);
  });

  it("a recipient follows the SMS's short link: it leads to the shop", async () => {
    await expect.poll(() => gateway.sent.length, { timeout: 20_000 }).toBe(2);
    const text = gateway.sent.find((m) => m.to === '+989120000001')?.text ?? '';
    const link = text.match(/\/c\/[\w-]+$/)?.[0];
    expect(link?.length).toBeLessThanOrEqual(23);
    const res = await fetch(`${s.server.url}${link}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(SHOP);
  });

  it.each(['en', 'ru', 'fa'])(
    'in %s, the report shows the clicks and the history the link',
    async (locale) => {
      const { page } = s;
      await page.goto(`${s.server.url}/#/customers`);
      await chooseLocale(page, locale);
      await page.goto(`${s.server.url}/#/mailings/${mailingId}/show`);
      await page.locator('[data-testid="report-clicked"][data-count="1"]').waitFor();
      const rate = (await page.locator('[data-testid="report-click-rate"]').textContent()) ?? '';
      expect(rate.replace(/[٫.,]/g, '')).toMatch(/50|۵۰/);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text.match(/\b(patron|ra|resources)\.[a-z_.]+/gi) ?? []).toEqual([]);
      await s.shot(`mailing-clicks-${locale}`);

      await page.goto(`${s.server.url}/#/customers/${reza}/show/history`);
      const clicked = page.locator('[data-testid="history-event"][data-type="MESSAGE_CLICKED"]');
      // One click from the email, one from the SMS.
      await clicked.nth(1).waitFor();
      for (const said of await clicked.allTextContents()) {
        expect(said).toContain(HISTORY_TYPE[locale]);
        expect(said).toContain(SHOP);
      }
      await s.shot(`mailing-clicks-history-${locale}`);

      // The SMS mailing's report: its clicks, and no opens (an SMS cannot tell it was read).
      await page.goto(`${s.server.url}/#/mailings/${smsMailingId}/show`);
      await page.locator('[data-testid="report-clicked"][data-count="1"]').waitFor();
      const smsRate = (await page.locator('[data-testid="report-click-rate"]').textContent()) ?? '';
      expect(smsRate.replace(/[٫.,]/g, '')).toMatch(/50|۵۰/);
      expect(await page.locator('[data-testid="report-opened"]').count()).toBe(0);
      expect(await page.locator('[data-testid="mailing-report"]').textContent()).toContain(
        CLICKS_TITLE[locale],
      );
      expect(await page.locator('[data-testid="mailing-tracking"]').textContent()).toContain(
        CLICKS_TITLE[locale],
      );
      await s.shot(`mailing-sms-clicks-${locale}`);

      await page.goto(`${s.server.url}/#/mailings/create`);
      await page.locator('input[name="trackClicks"]:checked').waitFor({ state: 'attached' });
      await s.shot(`mailing-clicks-form-${locale}`);
      expect(s.errors).toEqual([]);
    },
  );
});
