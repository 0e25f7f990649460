import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { PushServicePeer, type TestSubscriber } from './testing/push-service-peer.js';

const SECRET_KEY = 'test-only-key-channel-push-0123456789abcd';
const SAVE_ACCOUNT =
  'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const INVITE = 'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }';
const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setSelfServicePassword(token: $token, password: $password) { customerId } }`;
const KEY = '{ myPushKey }';
const SUBSCRIBE = 'mutation($input: MyPushSubscriptionInput!) { subscribeMyPush(input: $input) }';
const UNSUBSCRIBE = 'mutation($endpoint: String!) { unsubscribeMyPush(endpoint: $endpoint) }';
const MY_CONSENTS = '{ myAccount { consents { kind state } } }';
const GRANT = 'mutation($input: ConsentChangeInput!) { grantConsent(input: $input) { kind } }';
const CREATE_TEMPLATE =
  'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }';
const CREATE_MAILING = 'mutation($input: MailingInput!) { createMailing(input: $input) { id } }';
const START = 'mutation($id: ID!) { startMailing(id: $id) { id } }';
const ERASE = 'mutation($id: ID!) { eraseCustomer(id: $id) { customerId } }';

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const problemOf = (answer: Answer) => {
  const ext = answer.errors?.[0]?.extensions ?? {};
  const fields = ext.fields as { path: string[]; problem: { code: string } }[] | undefined;
  if (fields) return fields.map((f) => [f.path.join('.'), f.problem.code]);
  return (ext.problem as { code?: string } | undefined)?.code ?? ext.code;
};

let server: TestServer;
let peer: PushServicePeer;
let ws: TestWorkspace;
let other: TestWorkspace;
let n = 0;
const KEYS = webpush.generateVAPIDKeys();

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(sql, params);
}

async function pushAccount(w: TestWorkspace, keys = KEYS) {
  await w.as.ADMIN.requestOk(SAVE_ACCOUNT, {
    input: {
      provider: 'web-push',
      name: 'Browsers',
      enabled: true,
      isDefault: true,
      settings: [
        { key: 'vapidPublicKey', value: keys.publicKey },
        { key: 'vapidPrivateKey', value: keys.privateKey },
        { key: 'subject', value: 'mailto:admin@club.example' },
      ],
    },
  });
}

/** A customer signed in to their self-service pages; `client` carries their cookie. */
async function member(w: TestWorkspace, firstName = `Cust${++n}`, more: Record<string, unknown> = {}) {
  const { createCustomer } = await w.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
    input: { attributes: { firstName, mobile: `+98912${String(2000000 + ++n).slice(-7)}`, ...more } },
  });
  const { inviteCustomerToSelfService } = await w.as.OPERATOR.requestOk(INVITE, { id: createCustomer.id });
  const client = new GraphQLClient(server.graphqlUrl);
  await client.requestOk(SET_PASSWORD, {
    token: new URL(inviteCustomerToSelfService.link).searchParams.get('token'),
    password: 'customer-pass-1',
  });
  return { id: createCustomer.id as string, client };
}

const subscription = (s: TestSubscriber) => ({ endpoint: s.endpoint, p256dh: s.p256dh, auth: s.auth });
const endpoints = (customerId: string) =>
  query<{ endpoint: string }>(
    'select endpoint from push_subscription where customer_id = ? order by created_at',
    [customerId],
  ).then((rows) => rows.map((r) => r.endpoint));
const pushAddress = async (customerId: string) =>
  (
    await query<{ address: string | null }>(
      `select ${server.app.services.channels.addressSql('PUSH')} as address from customer c where c.id = ?`,
      [customerId],
    )
  )[0]?.address ?? null;
const pushConsent = async (client: GraphQLClient) =>
  (await client.requestOk(MY_CONSENTS)).myAccount.consents.find((c: { kind: string }) => c.kind === 'PUSH')
    ?.state;

/** Starts a PUSH mailing of the template to these customers and runs delivery until it is done. */
async function mailPush(templateId: string, customerIds: string[]) {
  const { createMailing } = await ws.as.MANAGER.requestOk(CREATE_MAILING, {
    input: { name: `Push ${++n}`, channel: 'PUSH', templateId, audience: { customerIds } },
  });
  await ws.as.MANAGER.requestOk(START, { id: createMailing.id });
  return deliverMailing(createMailing.id);
}

/** Runs delivery until no message of the mailing waits (a retry's time not yet come counts as waiting). */
async function deliverMailing(mailingId: string, until: 'done' | 'tried' = 'done') {
  for (let i = 0; i < 100; i++) {
    await server.app.services.jobs.kick('mailings.deliver');
    const [row] = await query<{ open: number; untried: number; total: number }>(
      `select count(*) filter (where state = 'QUEUED')::int as open,
              -- Claimed by a run still sending (attempts counted, no outcome yet) is not tried either.
              count(*) filter (where state = 'QUEUED' and (attempts = 0 or reason is null))::int as untried,
              count(*)::int as total
         from mailing_message where mailing_id = ?`,
      [mailingId],
    );
    if (row && row.total > 0 && (until === 'done' ? row.open : row.untried) === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const rows = await query<{ customer_id: string; state: string; reason: string | null; attempts: number }>(
    'select customer_id, state, reason, attempts from mailing_message where mailing_id = ?',
    [mailingId],
  );
  return Object.fromEntries(rows.map((r) => [r.customer_id, [r.state, r.reason, r.attempts]]));
}

/** A PUSH template with a title. */
async function pushTemplate(text = 'News for {{ customer.first_name }}') {
  const { createMessageTemplate } = await ws.as.MANAGER.requestOk(CREATE_TEMPLATE, {
    input: { name: `Push ${++n}`, channel: 'PUSH', contents: [{ language: 'EN', subject: 'News', text }] },
  });
  return createMessageTemplate.id as string;
}

beforeAll(async () => {
  peer = await PushServicePeer.start();
  server = await startTestServer({ secretKey: SECRET_KEY, pushServiceHosts: ['127.0.0.1'] });
  ws = await server.workspace('Coffee Club');
  other = await server.workspace('Tea House');
  await pushAccount(ws);
});
afterAll(async () => {
  await server?.close();
  await peer?.close();
});
beforeEach(() => {
  peer.reply = () => ({ status: 201 });
});

describe('push notifications on customers’ devices', () => {
  it('is a channel of kind PUSH with its VAPID settings, the private key secret', () => {
    const channel = server.app.services.channels.definitionFor('PUSH');
    expect([channel?.provider, channel?.consent]).toEqual(['web-push', 'PUSH']);
    expect(channel?.settings.filter((s) => s.secret).map((s) => s.key)).toEqual(['vapidPrivateKey']);
  });

  it("gives a customer the workspace's public key, or null and PUSH_NOT_AVAILABLE without a push account", async () => {
    const mine = await member(ws);
    expect((await mine.client.requestOk(KEY)).myPushKey).toBe(KEYS.publicKey);
    const elsewhere = await member(other);
    expect((await elsewhere.client.requestOk(KEY)).myPushKey).toBeNull();
    const refused = await elsewhere.client.request(SUBSCRIBE, { input: subscription(peer.subscriber()) });
    expect(problemOf(refused)).toBe('PUSH_NOT_AVAILABLE');
  });

  it('keeps customer fields to customers and staff fields to staff', async () => {
    expect(problemOf(await ws.as.ADMIN.request(KEY))).toBe('UNAUTHENTICATED');
    expect(problemOf(await ws.as.ADMIN.request(UNSUBSCRIBE, { endpoint: 'https://x.example/1' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(problemOf(await ws.anonymous.request(SUBSCRIBE, { input: subscription(peer.subscriber()) }))).toBe(
      'UNAUTHENTICATED',
    );
    const mine = await member(ws);
    expect(problemOf(await mine.client.request('{ channelAccounts { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('refuses an endpoint that is not https and keys that are not a P-256 point and a 16-byte secret', async () => {
    const mine = await member(ws);
    const good = subscription(peer.subscriber());
    const answer = await mine.client.request(SUBSCRIBE, {
      input: { endpoint: 'http://push.example/1', p256dh: good.auth, auth: 'not base64!' },
    });
    expect(problemOf(answer)).toEqual([
      ['input.endpoint', 'PUSH_ENDPOINT_INVALID'],
      ['input.p256dh', 'PUSH_KEY_INVALID'],
      ['input.auth', 'PUSH_KEY_INVALID'],
    ]);
    expect(await endpoints(mine.id)).toEqual([]);
    // An https endpoint that is not a known push service (here: anything but this test's own) is
    // refused: the server would POST there, and a customer must not aim it into the operator's network.
    for (const endpoint of [
      'https://10.0.0.5/push/1',
      'https://metadata.internal/x',
      'https://localhost/push/1',
    ]) {
      const aimed = await mine.client.request(SUBSCRIBE, { input: { ...good, endpoint } });
      expect(problemOf(aimed), endpoint).toEqual([['input.endpoint', 'PUSH_ENDPOINT_INVALID']]);
    }
    expect(await endpoints(mine.id)).toEqual([]);
  });

  it("subscribing grants the PUSH consent as the customer's own, from self-service; the last unsubscribe withdraws it", async () => {
    const mine = await member(ws);
    const phone = peer.subscriber();
    const laptop = peer.subscriber();
    expect(await pushConsent(mine.client)).toBe('NOT_ASKED');
    await mine.client.requestOk(SUBSCRIBE, { input: subscription(phone) });
    await mine.client.requestOk(SUBSCRIBE, { input: subscription(laptop) });
    expect(await pushConsent(mine.client)).toBe('GRANTED');
    expect(await endpoints(mine.id)).toEqual([phone.endpoint, laptop.endpoint]);
    const [record] = await query<Record<string, unknown>>(
      `select granted, source, captured_via, actor_kind, actor_name from consent_record
        where customer_id = ? and kind = 'PUSH' order by id`,
      [mine.id],
    );
    expect(record).toEqual({
      granted: true,
      source: 'self-service',
      captured_via: 'APP',
      actor_kind: 'system',
      actor_name: 'SelfService',
    });
    expect((await mine.client.requestOk(UNSUBSCRIBE, { endpoint: phone.endpoint })).unsubscribeMyPush).toBe(
      true,
    );
    expect(await pushConsent(mine.client)).toBe('GRANTED');
    await mine.client.requestOk(UNSUBSCRIBE, { endpoint: laptop.endpoint });
    expect(await pushConsent(mine.client)).toBe('WITHDRAWN');
    expect(await endpoints(mine.id)).toEqual([]);
  });

  it('keeps each customer to their own browsers, and each workspace to its own', async () => {
    await pushAccount(other, webpush.generateVAPIDKeys());
    const ann = await member(ws);
    const bob = await member(ws);
    const stranger = await member(other);
    const browser = peer.subscriber();
    await ann.client.requestOk(SUBSCRIBE, { input: subscription(browser) });
    // Bob and a customer of another workspace cannot remove Ann's browser.
    expect((await bob.client.requestOk(UNSUBSCRIBE, { endpoint: browser.endpoint })).unsubscribeMyPush).toBe(
      false,
    );
    expect(
      (await stranger.client.requestOk(UNSUBSCRIBE, { endpoint: browser.endpoint })).unsubscribeMyPush,
    ).toBe(false);
    // The same browser subscribed in another workspace is that workspace's row.
    await stranger.client.requestOk(SUBSCRIBE, { input: subscription(browser) });
    expect(await endpoints(ann.id)).toEqual([browser.endpoint]);
    expect(await endpoints(stranger.id)).toEqual([browser.endpoint]);
    expect(await pushConsent(ann.client)).toBe('GRANTED');
  });

  it('a PUSH mailing reaches the subscribed customer with the template’s title; a 410 forgets the browser', async () => {
    const { createMessageTemplate } = await ws.as.MANAGER.requestOk(CREATE_TEMPLATE, {
      input: {
        name: 'Points reminder',
        channel: 'PUSH',
        contents: [
          { language: 'EN', subject: 'Your points', text: 'Hello {{ customer.first_name }}, you have news' },
          { language: 'RU', text: 'Здравствуйте, {{ customer.first_name }}!' },
        ],
      },
    });
    const subscribed = await member(ws, 'Maryam');
    const browser = peer.subscriber();
    await subscribed.client.requestOk(SUBSCRIBE, { input: subscription(browser) });
    const noBrowser = await member(ws, 'Ivan');
    await ws.as.OPERATOR.requestOk(GRANT, {
      input: { customerId: noBrowser.id, kind: 'PUSH', capturedVia: 'IN_STORE' },
    });
    const noConsent = await member(ws, 'Olga');
    await noConsent.client.requestOk(SUBSCRIBE, { input: subscription(peer.subscriber()) });
    const [last] = await endpoints(noConsent.id);
    await noConsent.client.requestOk(UNSUBSCRIBE, { endpoint: last });
    peer.received.length = 0;

    const first = await mailPush(createMessageTemplate.id, [subscribed.id, noBrowser.id, noConsent.id]);
    expect(first).toEqual({
      [subscribed.id]: ['SENT', null, 1],
      [noBrowser.id]: ['SKIPPED', 'NO_ADDRESS', 0],
      [noConsent.id]: ['SKIPPED', 'NO_CONSENT', 0],
    });
    expect(peer.refused).toEqual([]);
    expect(peer.received.map((p) => [p.subscriberId, p.payload])).toEqual([
      // The mailing tracks clicks: the notification opens the customer's pages through a short link.
      [
        browser.id,
        {
          title: 'Your points',
          body: 'Hello Maryam, you have news',
          url: expect.stringMatching(/\/c\/[\w-]{10,20}$/),
        },
      ],
    ]);
    expect(peer.last.vapidKey).toBe(KEYS.publicKey);

    // The browser unsubscribed at its push service: the message fails for good and the row goes.
    peer.reply = () => ({ status: 410, body: 'expired' });
    const second = await mailPush(createMessageTemplate.id, [subscribed.id]);
    expect(second).toEqual({ [subscribed.id]: ['FAILED', 'CHANNEL_ADDRESS_REJECTED', 1] });
    expect(await endpoints(subscribed.id)).toEqual([]);
  });

  it("titles a template without a subject with the workspace's name, to every browser, newest first", async () => {
    const mine = await member(ws);
    const old = peer.subscriber();
    const newest = peer.subscriber();
    await mine.client.requestOk(SUBSCRIBE, { input: subscription(old) });
    await mine.client.requestOk(SUBSCRIBE, { input: subscription(newest) });
    const address = await pushAddress(mine.id);
    expect(JSON.parse(address ?? 'null')).toEqual(
      [newest, old].map((b) => ({ endpoint: b.endpoint, keys: { p256dh: b.p256dh, auth: b.auth } })),
    );
    expect(await pushAddress((await member(ws)).id)).toBeNull();
    peer.received.length = 0;
    const outcome = await server.app.services.channels.send(ws.id, 'PUSH', {
      id: 'direct-1',
      workspaceId: ws.id,
      to: address ?? '',
      text: 'Doors open at nine',
    });
    expect(outcome).toEqual({
      ok: true,
      providerMessageId: peer.received.find((p) => p.subscriberId === newest.id)?.messageId,
      accountId: expect.any(String),
    });
    expect(peer.received.map((p) => [p.subscriberId, p.payload]).sort()).toEqual(
      [
        [newest.id, { title: 'Coffee Club', body: 'Doors open at nine' }],
        [old.id, { title: 'Coffee Club', body: 'Doors open at nine' }],
      ].sort(),
    );
  });

  it('takes the newest ten browsers of a customer who has more', async () => {
    const mine = await member(ws);
    for (let i = 0; i < 12; i++) {
      await mine.client.requestOk(SUBSCRIBE, { input: subscription(peer.subscriber()) });
    }
    const newest = (await endpoints(mine.id)).slice(2).reverse();
    const address = JSON.parse((await pushAddress(mine.id)) ?? '[]') as { endpoint: string }[];
    expect(address.map((s) => s.endpoint)).toEqual(newest);
  });

  describe("a customer's phone and laptop", () => {
    /** A customer who turned notifications on on their phone, then on their laptop. */
    async function twoBrowsers(more: Record<string, unknown> = {}) {
      const firstName = `Sara${++n}`;
      const mine = await member(ws, firstName, more);
      const phone = peer.subscriber();
      const laptop = peer.subscriber();
      await mine.client.requestOk(SUBSCRIBE, { input: subscription(phone) });
      await mine.client.requestOk(SUBSCRIBE, { input: subscription(laptop) });
      peer.received.length = 0;
      return { ...mine, firstName, phone, laptop };
    }
    const reached = () => peer.received.map((p) => p.subscriberId).sort();
    const answering = (status: Record<string, number>) => {
      peer.reply = (b) => ({ status: status[b.id] ?? 201 });
    };

    it('a mailing reaches both', async () => {
      const sara = await twoBrowsers();
      expect(await mailPush(await pushTemplate(), [sara.id])).toEqual({ [sara.id]: ['SENT', null, 1] });
      expect(reached()).toEqual([sara.phone.id, sara.laptop.id].sort());
      expect(peer.refused).toEqual([]);
    });

    it("an automation's message reaches both", async () => {
      const sara = await twoBrowsers({ birthDate: '1990-05-20' });
      const { createAutomation } = await ws.as.MANAGER.requestOk(
        'mutation($input: AutomationInput!) { createAutomation(input: $input) { id } }',
        {
          input: {
            name: 'Birthday push',
            trigger: { kind: 'BIRTHDAY' },
            actions: [
              { kind: 'SEND_MESSAGE', params: { channel: 'PUSH', templateId: await pushTemplate() } },
            ],
          },
        },
      );
      await server.app.services.automationRunner.scan(new Date('2027-05-20T12:00:00Z'));
      const [run] = await query<{ state: string }>(
        'select state from automation_run where automation_id = ? and customer_id = ?',
        [createAutomation.id, sara.id],
      );
      expect(run?.state).toBe('DONE');
      expect(reached()).toEqual([sara.phone.id, sara.laptop.id].sort());
      const news = { title: 'News', body: `News for ${sara.firstName}` };
      expect(peer.received.map((p) => p.payload)).toEqual([news, news]);
      await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteAutomation(id: $id) }', {
        id: createAutomation.id,
      });
    });

    it('one gone (410): the other still gets it, the gone one is forgotten, the message is sent', async () => {
      const sara = await twoBrowsers();
      answering({ [sara.phone.id]: 410 });
      expect(await mailPush(await pushTemplate(), [sara.id])).toEqual({ [sara.id]: ['SENT', null, 1] });
      expect(reached()).toEqual([sara.phone.id, sara.laptop.id].sort());
      expect(await endpoints(sara.id)).toEqual([sara.laptop.endpoint]);
      expect(await pushConsent(sara.client)).toBe('GRANTED');
    });

    it('both gone: the message fails for good and both are forgotten', async () => {
      const sara = await twoBrowsers();
      answering({ [sara.phone.id]: 410, [sara.laptop.id]: 404 });
      expect(await mailPush(await pushTemplate(), [sara.id])).toEqual({
        [sara.id]: ['FAILED', 'CHANNEL_ADDRESS_REJECTED', 1],
      });
      expect(await endpoints(sara.id)).toEqual([]);
    });

    it('an outage at one while the other takes it: sent, not retried, no browser forgotten', async () => {
      const sara = await twoBrowsers();
      answering({ [sara.phone.id]: 503 });
      expect(await mailPush(await pushTemplate(), [sara.id])).toEqual({ [sara.id]: ['SENT', null, 1] });
      expect(reached()).toEqual([sara.phone.id, sara.laptop.id].sort());
      expect(await endpoints(sara.id)).toEqual([sara.phone.endpoint, sara.laptop.endpoint]);
    });

    it('an outage at one while the other is gone: retried, and the retry reaches the one left once', async () => {
      const sara = await twoBrowsers();
      answering({ [sara.phone.id]: 503, [sara.laptop.id]: 410 });
      const { createMailing } = await ws.as.MANAGER.requestOk(CREATE_MAILING, {
        input: {
          name: `Push ${++n}`,
          channel: 'PUSH',
          templateId: await pushTemplate(),
          audience: { customerIds: [sara.id] },
        },
      });
      await ws.as.MANAGER.requestOk(START, { id: createMailing.id });
      expect(await deliverMailing(createMailing.id, 'tried')).toEqual({
        [sara.id]: ['QUEUED', 'CHANNEL_PROVIDER_UNAVAILABLE', 1],
      });
      expect(await endpoints(sara.id)).toEqual([sara.phone.endpoint]);
      peer.received.length = 0;
      answering({ [sara.laptop.id]: 410 });
      await query('update mailing_message set next_attempt_at = now() where mailing_id = ?', [
        createMailing.id,
      ]);
      expect(await deliverMailing(createMailing.id)).toEqual({ [sara.id]: ['SENT', null, 2] });
      // The address was kept with the message: the gone laptop is tried again and refuses again.
      expect(reached()).toEqual([sara.phone.id, sara.laptop.id].sort());
      expect(peer.received.filter((p) => p.subscriberId === sara.phone.id)).toHaveLength(1);
    });

    it('turning notifications off in one browser leaves the other, and the next message goes there', async () => {
      const sara = await twoBrowsers();
      expect(
        (await sara.client.requestOk(UNSUBSCRIBE, { endpoint: sara.phone.endpoint })).unsubscribeMyPush,
      ).toBe(true);
      expect(await endpoints(sara.id)).toEqual([sara.laptop.endpoint]);
      expect(await pushConsent(sara.client)).toBe('GRANTED');
      expect(await mailPush(await pushTemplate(), [sara.id])).toEqual({ [sara.id]: ['SENT', null, 1] });
      expect(reached()).toEqual([sara.laptop.id]);
    });
  });

  it('erasing a customer deletes their browsers', async () => {
    const mine = await member(ws);
    await mine.client.requestOk(SUBSCRIBE, { input: subscription(peer.subscriber()) });
    expect(await endpoints(mine.id)).toHaveLength(1);
    await ws.as.ADMIN.requestOk(ERASE, { id: mine.id });
    expect(await endpoints(mine.id)).toEqual([]);
  });
});
