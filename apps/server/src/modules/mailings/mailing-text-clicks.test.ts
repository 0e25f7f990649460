import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { FakeProvider } from '../../testing/fake-provider.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { PushServicePeer } from '../channel-push/testing/push-service-peer.js';
import { ServerKeys } from '../channels/server-keys.js';
import { compactToken } from '../channels/signed-token.js';
import { shortClickUrl } from './short-click-token.js';

const SECRET_KEY = 'test-only-key-mailing-text-clicks-012345';
const SAVE_ACCOUNT =
  'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }';
const CREATE_TEMPLATE =
  'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const GRANT = 'mutation($input: ConsentChangeInput!) { grantConsent(input: $input) { kind } }';
const CREATE_MAILING = 'mutation($input: MailingInput!) { createMailing(input: $input) { id } }';
const START = 'mutation($id: ID!) { startMailing(id: $id) { id } }';
const STATE = 'query($id: ID!) { mailing(id: $id) { state } }';
const REPORT = 'query($id: ID!) { mailingReport(mailingId: $id) { clicked clickRate opened } }';
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [MESSAGE_CLICKED]) {
  edges { node { type changes { key newValue } } } } } }`;
const INVITE = 'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }';
const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setSelfServicePassword(token: $token, password: $password) { customerId } }`;
const SUBSCRIBE = 'mutation($input: MyPushSubscriptionInput!) { subscribeMyPush(input: $input) }';

const SHOP = 'https://shop.example/spring?utm=sms&x=1';
const APP = 'https://app.example/offers';
/** A short link of ours in a text: the path and its token. */
const SHORT = /https?:\/\/[^\s/]+(?::\d+)?\/c\/([A-Za-z0-9_-]+)/g;

let server: TestServer;
let ws: TestWorkspace;
let sms: FakeProvider;
let telegram: FakeProvider;
let push: PushServicePeer;
let n = 0;

const get = (p: string) => fetch(`${server.url}${p}`, { redirect: 'manual' });
const shortLinks = (text: string) =>
  [...text.matchAll(SHORT)].map((m) => ({ url: m[0], token: m[1] as string }));
const history = async (customerId: string) =>
  (await ws.as.MANAGER.requestOk(HISTORY, { id: customerId })).customer.history.edges.map(
    (e: { node: unknown }) => e.node,
  );
const query = <T>(sql: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(sql, params);

async function account(provider: string, settings: Record<string, string>, id?: string) {
  await ws.as.ADMIN.requestOk(SAVE_ACCOUNT, {
    input: {
      ...(id ? { id } : {}),
      provider,
      name: `${provider} ${++n}`,
      isDefault: true,
      settings: Object.entries(settings).map(([key, value]) => ({ key, value })),
    },
  });
}

async function template(channel: string, text: string) {
  const { createMessageTemplate } = await ws.as.MANAGER.requestOk(CREATE_TEMPLATE, {
    input: { name: `${channel} ${++n}`, channel, contents: [{ language: 'EN', text }] },
  });
  return createMessageTemplate.id as string;
}

async function customer(attributes: Record<string, string>, consent: string) {
  const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, { input: { attributes } });
  await ws.as.OPERATOR.requestOk(GRANT, {
    input: { customerId: createCustomer.id, kind: consent, capturedVia: 'IN_STORE' },
  });
  return createCustomer.id as string;
}

/** Starts a mailing and runs delivery until it is SENT; its id. */
async function mail(channel: string, templateId: string, customerIds: string[], trackClicks?: boolean) {
  const { createMailing } = await ws.as.MANAGER.requestOk(CREATE_MAILING, {
    input: {
      name: `${channel} mailing ${++n}`,
      channel,
      templateId,
      audience: { customerIds },
      ...(trackClicks === undefined ? {} : { trackClicks }),
    },
  });
  await ws.as.MANAGER.requestOk(START, { id: createMailing.id });
  for (let i = 0; i < 100; i++) {
    if ((await ws.as.MANAGER.requestOk(STATE, { id: createMailing.id })).mailing.state === 'SENT') break;
    await server.app.services.jobs.kick('mailings.deliver');
    await new Promise((r) => setTimeout(r, 100));
  }
  return createMailing.id as string;
}

/** The SMS texts the SMS.RU peer received, by phone number, since `from`. */
const smsTexts = (from: number) =>
  sms.received.slice(from).map((r) => {
    const form = new URLSearchParams(r.body);
    return { to: form.get('to'), text: form.get('msg') ?? '' };
  });

beforeAll(async () => {
  [sms, telegram, push] = await Promise.all([
    FakeProvider.start(),
    FakeProvider.start(),
    PushServicePeer.start(),
  ]);
  sms.reply = (r) => ({
    body: {
      status: 'OK',
      status_code: 100,
      sms: {
        [new URLSearchParams(r.body).get('to') ?? '']: {
          status: 'OK',
          status_code: 100,
          sms_id: `id-${++n}`,
        },
      },
    },
  });
  telegram.reply = () => ({ body: { ok: true, result: { message_id: ++n } } });
  server = await startTestServer({ secretKey: SECRET_KEY, pushServiceHosts: ['127.0.0.1'] });
  ws = await server.workspace('Text clicks');
  await account('sms-ru', { apiId: 'secret-api-id', baseUrl: sms.url });
  await account('telegram-bot', { botToken: '123456:ABC-def_123', baseUrl: telegram.url });
});
afterAll(async () => {
  await server?.close();
  await Promise.all([sms?.close(), telegram?.close(), push?.close()]);
});

describe('tracked links of text mailings', () => {
  it('an SMS carries a short link; following it redirects to the link and counts the click once', async () => {
    const templateId = await template('SMS', `Sale: ${SHOP}. Stop: {{ unsubscribe_url }}`);
    const sara = await customer({ firstName: 'Sara', mobile: '+79251230001' }, 'SMS');
    const ivan = await customer({ firstName: 'Ivan', mobile: '+79251230002' }, 'SMS');
    const from = sms.received.length;
    const id = await mail('SMS', templateId, [sara, ivan]);
    const texts = smsTexts(from);
    expect(texts).toHaveLength(2);
    const text = texts.find((t) => t.to === '79251230001')?.text ?? '';
    expect(text).not.toContain('shop.example');
    // The unsubscribe link is never rewritten.
    expect(text).toMatch(/^Sale: http\S+\/c\/[\w-]+\. Stop: http\S+\/unsubscribe\/[\w.-]+$/);
    const [link] = shortLinks(text);
    // Every character of an SMS is paid for: the token is about 20 characters.
    expect(link?.token.length).toBeLessThanOrEqual(20);
    const path = new URL(link?.url as string).pathname;
    expect(path.length).toBeLessThanOrEqual(23);

    const first = await get(path);
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe(SHOP);
    expect((await get(path)).status).toBe(302);
    expect((await ws.as.ANALYST.requestOk(REPORT, { id })).mailingReport).toEqual({
      clicked: 1,
      clickRate: 0.5,
      opened: 0,
    });
    expect(await history(sara)).toEqual([
      {
        type: 'MESSAGE_CLICKED',
        changes: [
          { key: 'mailing', newValue: { id, name: expect.stringMatching(/^SMS mailing/), channel: 'SMS' } },
          { key: 'url', newValue: SHOP },
        ],
      },
    ]);
    expect(await history(ivan)).toEqual([]);
    const events = await query<{ n: number }>(
      `select count(*)::int as n from outbox_event
        where type = 'customer.messageStateChanged' and payload->>'customerId' = ? and payload::text like ?`,
      [sara, `%${SHOP}%`],
    );
    expect(events[0]?.n).toBe(1);
    const [row] = await query<{ clicked_at: Date | null }>(
      'select clicked_at from mailing_message where mailing_id = ? and customer_id = ?',
      [id, sara],
    );
    expect(row?.clicked_at).not.toBeNull();
  });

  it('numbers each link of a mailing once, whoever it goes to; a link made of a customer’s values stays', async () => {
    const templateId = await template(
      'SMS',
      'Hi {{ customer.first_name }}: https://shop.example/a, https://shop.example/b and https://shop.example/u/{{ customer.first_name }}',
    );
    const ids = [
      await customer({ firstName: 'Ali', mobile: '+79251230003' }, 'SMS'),
      await customer({ firstName: 'Reza', mobile: '+79251230004' }, 'SMS'),
    ];
    const from = sms.received.length;
    const id = await mail('SMS', templateId, ids);
    for (const { text } of smsTexts(from)) {
      expect(shortLinks(text)).toHaveLength(2);
      expect(text).toMatch(/ and https:\/\/shop\.example\/u\/(Ali|Reza)$/);
    }
    expect(
      await query<{ number: number; url: string }>(
        'select number, url from mailing_link where mailing_id = ? order by number',
        [id],
      ),
    ).toEqual([
      { number: 1, url: 'https://shop.example/a' },
      { number: 2, url: 'https://shop.example/b' },
    ]);
    const second = shortLinks(smsTexts(from)[0]?.text ?? '')[1];
    expect((await get(new URL(second?.url as string).pathname)).headers.get('location')).toBe(
      'https://shop.example/b',
    );
  });

  it('a Telegram message carries a short link that records the click', async () => {
    const templateId = await template('TELEGRAM', 'New in the club: https://club.example/news!');
    const mina = await customer({ firstName: 'Mina', telegramChatId: '555001' }, 'TELEGRAM');
    const from = telegram.received.length;
    const id = await mail('TELEGRAM', templateId, [mina]);
    const sent = telegram.received
      .slice(from)
      .map((r) => JSON.parse(r.body) as { chat_id: string; text: string });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toMatch(/^New in the club: http\S+\/c\/[\w-]+!$/);
    const [link] = shortLinks(sent[0]?.text ?? '');
    const res = await get(new URL(link?.url as string).pathname);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://club.example/news');
    expect((await ws.as.ANALYST.requestOk(REPORT, { id })).mailingReport.clicked).toBe(1);
    expect((await history(mina))[0]?.changes[0].newValue.channel).toBe('TELEGRAM');
  });

  it("a push notification's click URL goes through a short link: the account's, else the customer's pages", async () => {
    const keys = webpush.generateVAPIDKeys();
    const vapid = {
      vapidPublicKey: keys.publicKey,
      vapidPrivateKey: keys.privateKey,
      subject: 'mailto:a@b.example',
    };
    await account('web-push', vapid);
    const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
      input: { attributes: { firstName: 'Leila', mobile: '+989121230005' } },
    });
    const leila = createCustomer.id as string;
    const { inviteCustomerToSelfService } = await ws.as.OPERATOR.requestOk(INVITE, { id: leila });
    const client = new GraphQLClient(server.graphqlUrl);
    await client.requestOk(SET_PASSWORD, {
      token: new URL(inviteCustomerToSelfService.link).searchParams.get('token'),
      password: 'customer-pass-1',
    });
    const browser = push.subscriber();
    await client.requestOk(SUBSCRIBE, {
      input: { endpoint: browser.endpoint, p256dh: browser.p256dh, auth: browser.auth },
    });
    const templateId = await template('PUSH', 'Offers at https://shop.example/push');

    const first = await mail('PUSH', templateId, [leila]);
    const payload = push.last.payload as { title: string; body: string; url: string };
    // The text is shown, not followed: its link stays readable.
    expect(payload.body).toBe('Offers at https://shop.example/push');
    expect(payload.url).toMatch(/\/c\/[\w-]{10,20}$/);
    const toPages = await get(new URL(payload.url).pathname);
    expect(toPages.status).toBe(302);
    expect(toPages.headers.get('location')).toMatch(/^http\S+\/self-service\/$/);
    expect((await ws.as.ANALYST.requestOk(REPORT, { id: first })).mailingReport.clicked).toBe(1);

    const [pushAccount] = await query<{ id: string }>(
      "select id::text as id from channel_account where workspace_id = ? and kind = 'PUSH'",
      [ws.id],
    );
    await account('web-push', { ...vapid, clickUrl: APP }, pushAccount?.id);
    const second = await mail('PUSH', templateId, [leila]);
    const url = (push.last.payload as { url: string }).url;
    expect(url).not.toBe(APP);
    expect((await get(new URL(url).pathname)).headers.get('location')).toBe(APP);
    expect((await ws.as.ANALYST.requestOk(REPORT, { id: second })).mailingReport.clicked).toBe(1);
    expect(
      (await history(leila)).map((e: { changes: { newValue: unknown }[] }) => e.changes[1]?.newValue),
    ).toEqual(expect.arrayContaining([APP, expect.stringMatching(/\/self-service\/$/)]));
  });

  it('answers a forged, foreign or unknown short token with a 404 page, never a redirect', async () => {
    const templateId = await template('SMS', `Sale: ${SHOP}`);
    const omid = await customer({ firstName: 'Omid', mobile: '+79251230006' }, 'SMS');
    const from = sms.received.length;
    const id = await mail('SMS', templateId, [omid]);
    const token = shortLinks(smsTexts(from)[0]?.text ?? '')[0]?.token as string;
    const [message] = await query<{ id: string }>(
      'select id::text as id from mailing_message where mailing_id = ?',
      [id],
    );
    const swapped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const otherKey = compactToken(
      new ServerKeys('another-installation-key-0123456789'),
      Buffer.from(token, 'base64url').subarray(0, -8),
      'mailing-short-click',
    );
    const ours = (link: number, messageId = message?.id as string) =>
      new URL(shortClickUrl(server.app.services.channels, { messageId, link }) as string).pathname;
    for (const path of [
      `/c/${swapped}`,
      `/c/${token.slice(1)}`,
      `/c/${otherKey}`,
      // Signed by us, but the mailing has no link 7, and there is no such message.
      ours(7),
      ours(1, '999999999'),
      '/c/garbage',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('location'), path).toBeNull();
      expect(await res.text(), path).toContain('MAILING_LINK_INVALID');
    }
    expect((await ws.as.ANALYST.requestOk(REPORT, { id })).mailingReport.clicked).toBe(0);
    expect((await get(`/c/${token}`)).status).toBe(302);
  });

  it('leaves the links as they are when the mailing does not track clicks', async () => {
    const templateId = await template('SMS', `Sale: ${SHOP}`);
    const nika = await customer({ firstName: 'Nika', mobile: '+79251230007' }, 'SMS');
    const from = sms.received.length;
    await mail('SMS', templateId, [nika], false);
    expect(smsTexts(from).map((t) => t.text)).toEqual([`Sale: ${SHOP}`]);
  });
});

describe('without PATRON_SECRET_KEY', () => {
  it('sends an SMS with its links as written: nothing could be signed', async () => {
    await server.close();
    server = await startTestServer({ secretKey: null });
    ws = await server.workspace('No key');
    // No secret can be stored without the key: a gateway that needs none.
    await account('generic-http', {
      url: `${sms.url}/send`,
      bodyFormat: 'form',
      recipientFormat: 'digits',
      textField: 'msg',
    });
    const templateId = await template('SMS', `Sale: ${SHOP}`);
    const dina = await customer({ firstName: 'Dina', mobile: '+79251230008' }, 'SMS');
    const from = sms.received.length;
    const id = await mail('SMS', templateId, [dina]);
    expect(smsTexts(from).map((t) => t.text)).toEqual([`Sale: ${SHOP}`]);
    expect(await query('select * from mailing_link where mailing_id = ?', [id])).toEqual([]);
  });
});
