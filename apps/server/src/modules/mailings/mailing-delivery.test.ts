import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeProvider } from '../../testing/fake-provider.js';
import {
  type SmtpPeer,
  startSmtpPeer,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';
import { MAX_ATTEMPTS, recordDeliveryReports } from './mailing-delivery.js';

const SECRET_KEY = 'test-only-key-mailing-delivery-0123456789';
const SAVE_ACCOUNT =
  'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }';
const CREATE_TEMPLATE =
  'mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const GRANT = 'mutation($input: ConsentChangeInput!) { grantConsent(input: $input) { kind } }';
const WITHDRAW = 'mutation($input: ConsentChangeInput!) { withdrawConsent(input: $input) { kind } }';
const CREATE_MAILING = 'mutation($input: MailingInput!) { createMailing(input: $input) { id } }';
const START = 'mutation($id: ID!) { startMailing(id: $id) { id } }';
const STATE =
  'query($id: ID!) { mailing(id: $id) { state counts { recipients queued sent delivered failed skipped } } }';
const TEST_SEND = 'mutation($id: ID!, $to: String!) { sendTestMailing(mailingId: $id, to: $to) }';
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [MESSAGE_SENT, MESSAGE_DELIVERED]) {
  edges { node { type } } } } }`;

let peer: SmtpPeer;
let server: TestServer;
let ws: TestWorkspace;
let templateId: string;
const c: Record<string, string> = {};

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(sql, params);
}

async function customer(name: string, email: string, language: string) {
  const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
    input: { attributes: { firstName: name, email, language } },
  });
  await ws.as.OPERATOR.requestOk(GRANT, {
    input: { customerId: createCustomer.id, kind: 'EMAIL', capturedVia: 'WEBSITE' },
  });
  c[name] = createCustomer.id;
}

/** Starts a mailing to these customers and waits until its recipients are written. */
async function mailingTo(names: string[]): Promise<string> {
  const { createMailing } = await ws.as.MANAGER.requestOk(CREATE_MAILING, {
    input: {
      name: 'Spring',
      channel: 'EMAIL',
      templateId,
      audience: { customerIds: names.map((n) => c[n]) },
    },
  });
  await ws.as.MANAGER.requestOk(START, { id: createMailing.id });
  for (let i = 0; i < 100; i++) {
    const [row] = await query<{ materialized_at: Date | null }>(
      'select materialized_at from mailing where id = ?',
      [createMailing.id],
    );
    if (row?.materialized_at) return createMailing.id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('recipients never written');
}

/** A run of the delivery job (starting a mailing kicks one too: this waits for it). */
async function deliverAll() {
  await server.app.services.jobs.kick('mailings.deliver');
}

const SETTINGS =
  'mutation($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { timeZone } }';
const hhmm = (d: Date) => d.toISOString().slice(11, 16);

/** Quiet hours around now (UTC) hold the queued messages back; lifting them makes the messages due. */
async function quietNow(on: boolean) {
  const now = Date.now();
  await ws.as.ADMIN.requestOk(SETTINGS, {
    input: {
      timeZone: 'UTC',
      quietHours: on
        ? { start: hhmm(new Date(now - 3_600_000)), end: hhmm(new Date(now + 3_600_000)) }
        : null,
    },
  });
  if (!on) await query("update mailing_message set next_attempt_at = now() where state = 'QUEUED'");
}

const states = async (mailingId: string) =>
  Object.fromEntries(
    (
      await query<{ customer_id: string; state: string; reason: string | null; attempts: number }>(
        'select customer_id, state, reason, attempts from mailing_message where mailing_id = ?',
        [mailingId],
      )
    ).map((r) => [Object.keys(c).find((n) => c[n] === r.customer_id), [r.state, r.reason, r.attempts]]),
  );
const sentCount = async (mailingId: string) =>
  (
    await query<{ n: number }>(
      'select count(*)::int as n from mailing_message where mailing_id = ? and sent_at is not null',
      [mailingId],
    )
  )[0]?.n ?? 0;
const sentTo = () => peer.received.flatMap((m) => m.envelope.to);

beforeAll(async () => {
  peer = await startSmtpPeer();
  server = await startTestServer({ secretKey: SECRET_KEY });
  ws = await server.workspace('Delivery club');
  await ws.as.ADMIN.requestOk(SAVE_ACCOUNT, {
    input: {
      provider: 'smtp',
      name: 'Mail',
      settings: Object.entries({
        host: '127.0.0.1',
        port: String(peer.port),
        security: 'none',
        fromAddress: 'news@club.example',
        fromName: 'Club',
      }).map(([key, value]) => ({ key, value })),
    },
  });
  ({
    createMessageTemplate: { id: templateId },
  } = await ws.as.MANAGER.requestOk(CREATE_TEMPLATE, {
    input: {
      name: 'Spring',
      channel: 'EMAIL',
      contents: [
        {
          language: 'EN',
          subject: 'Hello {{ customer.first_name }}',
          text: 'Spring is here. {{ unsubscribe_url }}',
        },
        {
          language: 'FA',
          subject: 'سلام {{ customer.first_name }}',
          text: 'بهار آمد. {{ unsubscribe_url }}',
        },
      ],
    },
  }));
  await customer('Ann', 'ann@mail.test', 'en');
  await customer('Bahar', 'bahar@mail.test', 'fa');
  await customer('Cyrus', 'status-451@mail.test', 'en');
  await customer('Dora', 'status-550@mail.test', 'en');
  await customer('Eve', 'eve@mail.test', 'en');
  await customer('Fay', 'fay@mail.test', 'en');
});
afterAll(async () => {
  await server?.close();
  await peer?.close();
});

describe('delivering a mailing', () => {
  it("sends each recipient one message in their language, skips a consent withdrawn since the start, retries a provider's 451 and fails a 550", async () => {
    await quietNow(true);
    const id = await mailingTo(['Ann', 'Bahar', 'Cyrus', 'Dora', 'Eve']);
    await deliverAll();
    expect(sentTo()).toEqual([]);
    await ws.as.OPERATOR.requestOk(WITHDRAW, {
      input: { customerId: c.Eve, kind: 'EMAIL', capturedVia: 'WEBSITE' },
    });
    await quietNow(false);
    await deliverAll();

    expect(sentTo().sort()).toEqual(['ann@mail.test', 'bahar@mail.test']);
    const bahar = peer.received.find((m) => m.envelope.to.includes('bahar@mail.test'));
    expect(bahar?.mail.subject).toBe('سلام Bahar');
    expect(bahar?.mail.text).toMatch(/^بهار آمد\. http:\/\/.+\/unsubscribe\//);
    expect(bahar?.mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toMatch(
      /\/unsubscribe\//,
    );
    expect(await states(id)).toEqual({
      Ann: ['SENT', null, 1],
      Bahar: ['SENT', null, 1],
      Cyrus: ['QUEUED', 'CHANNEL_PROVIDER_UNAVAILABLE', 1],
      Dora: ['FAILED', 'CHANNEL_ADDRESS_REJECTED', 1],
      Eve: ['SKIPPED', 'NO_CONSENT', 1],
    });
    const [retry] = await query<{ next_attempt_at: Date }>(
      'select next_attempt_at from mailing_message where mailing_id = ? and customer_id = ?',
      [id, c.Cyrus],
    );
    expect(retry && new Date(retry.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect((await ws.as.ANALYST.requestOk(STATE, { id })).mailing.state).toBe('SENDING');

    // The retries run out: the last one fails for good and the mailing is done.
    await query(
      'update mailing_message set next_attempt_at = now(), attempts = ? where mailing_id = ? and customer_id = ?',
      [MAX_ATTEMPTS - 1, id, c.Cyrus],
    );
    await deliverAll();
    expect((await states(id)).Cyrus).toEqual(['FAILED', expect.any(String), MAX_ATTEMPTS]);
    expect((await ws.as.ANALYST.requestOk(STATE, { id })).mailing).toEqual({
      state: 'SENT',
      counts: { recipients: 5, queued: 0, sent: 2, delivered: 0, failed: 2, skipped: 1 },
    });
    expect(sentTo().filter((to) => to === 'ann@mail.test')).toHaveLength(1);
    const history = await ws.as.MANAGER.requestOk(HISTORY, { id: c.Ann });
    expect(history.customer.history.edges.map((e: { node: { type: string } }) => e.node.type)).toEqual([
      'MESSAGE_SENT',
    ]);

    // A delivery report for Ann's message marks it delivered; the same report again changes nothing.
    const [ann] = await query<{ provider_message_id: string | null }>(
      'select provider_message_id from mailing_message where mailing_id = ? and customer_id = ?',
      [id, c.Ann],
    );
    const report = [{ providerMessageId: ann?.provider_message_id ?? 'none', state: 'DELIVERED' as const }];
    const { sql, mailings } = server.app.services;
    expect(await recordDeliveryReports(sql, mailings, ws.id, report)).toBe(ann?.provider_message_id ? 1 : 0);
    expect(await recordDeliveryReports(sql, mailings, ws.id, report)).toBe(0);

    // Ann follows the link in her email: her consent is withdrawn and the message counts as unsubscribed.
    const annMail = peer.received.find((m) => m.envelope.to.includes('ann@mail.test'));
    const link = annMail?.mail.text?.match(/\/unsubscribe\/[\w.-]+/)?.[0] ?? 'no link';
    expect((await fetch(`${server.url}${link}`, { method: 'POST' })).status).toBe(200);
    expect((await states(id)).Ann?.[0]).toBe('UNSUBSCRIBED');
    expect(await server.app.services.consents.hasConsent(ws.id, c.Ann as string, 'EMAIL')).toBe(false);
  });

  it('leaves messages a dead worker had claimed until their lease ends, then sends each once', async () => {
    const before = sentTo().length;
    await quietNow(true);
    const id = await mailingTo(['Bahar', 'Fay']);
    await quietNow(false);
    const claimed = await server.app.services.mailings.claimDue(ws.id, id, 10, 60_000);
    expect(claimed).toHaveLength(2);
    await deliverAll();
    expect(sentTo()).toHaveLength(before);
    await query(
      "update mailing_message set next_attempt_at = now() where mailing_id = ? and state = 'QUEUED'",
      [id],
    );
    await deliverAll();
    await deliverAll();
    expect(sentTo().slice(before).sort()).toEqual(['bahar@mail.test', 'fay@mail.test']);
  });

  it('sends a test of the mailing to the address asked for, marked as a test', async () => {
    const id = await mailingTo(['Ann']);
    await ws.as.MANAGER.requestOk(TEST_SEND, { id, to: 'me@staff.test' });
    await deliverAll();
    const test = peer.received.find((m) => m.envelope.to.includes('me@staff.test'));
    expect(test?.mail.subject).toBe('[TEST] Hello Ann');
    const [row] = await query<{ state: string }>('select state from mailing_test_send where mailing_id = ?', [
      id,
    ]);
    expect(row?.state).toBe('SENT');
  });

  it('sends a test again when the worker that leased it stopped before recording it', async () => {
    const id = await mailingTo(['Ann']);
    const { sendTestMailing } = await ws.as.MANAGER.requestOk(TEST_SEND, { id, to: 'crash@staff.test' });
    // As a worker that crashed between the lease and the send leaves it: queued, leased to nobody alive.
    await query("update mailing_test_send set leased_until = now() + interval '1 minute' where id = ?", [
      sendTestMailing,
    ]);
    await deliverAll();
    const sentToCrash = () => peer.received.filter((m) => m.envelope.to.includes('crash@staff.test'));
    expect(sentToCrash()).toHaveLength(0);
    await query("update mailing_test_send set leased_until = now() - interval '1 second' where id = ?", [
      sendTestMailing,
    ]);
    await deliverAll();
    expect(sentToCrash()).toHaveLength(1);
    const [row] = await query<{ state: string; leased_until: Date | null }>(
      'select state, leased_until from mailing_test_send where id = ?',
      [sendTestMailing],
    );
    expect(row).toEqual({ state: 'SENT', leased_until: null });
  });

  it("sends an SMS mailing through SMS.RU and takes the provider's delivery report on the channel's webhook", async () => {
    const provider = await FakeProvider.start();
    try {
      provider.reply = () => ({
        body: {
          status: 'OK',
          status_code: 100,
          sms: { '79251234567': { status: 'OK', status_code: 100, sms_id: '000000-10000001' } },
        },
      });
      const { saveChannelAccount } = await ws.as.ADMIN.requestOk(SAVE_ACCOUNT, {
        input: {
          provider: 'sms-ru',
          name: 'SMS',
          settings: [
            { key: 'apiId', value: 'secret-api-id' },
            { key: 'baseUrl', value: provider.url },
          ],
        },
      });
      const { createMessageTemplate } = await ws.as.MANAGER.requestOk(CREATE_TEMPLATE, {
        input: {
          name: 'Hi',
          channel: 'SMS',
          contents: [{ language: 'RU', text: 'Привет, {{ customer.first_name }}' }],
        },
      });
      const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
        input: { attributes: { firstName: 'Сима', mobile: '+79251234567' } },
      });
      await ws.as.OPERATOR.requestOk(GRANT, {
        input: { customerId: createCustomer.id, kind: 'SMS', capturedVia: 'IN_STORE' },
      });
      const { createMailing } = await ws.as.MANAGER.requestOk(CREATE_MAILING, {
        input: {
          name: 'SMS',
          channel: 'SMS',
          templateId: createMessageTemplate.id,
          audience: { customerIds: [createCustomer.id] },
        },
      });
      await ws.as.MANAGER.requestOk(START, { id: createMailing.id });
      for (let i = 0; i < 100 && (await sentCount(createMailing.id)) === 0; i++)
        await new Promise((r) => setTimeout(r, 100));
      await deliverAll();
      expect(provider.received).toHaveLength(1);
      expect(new URLSearchParams(provider.received[0]?.body).get('msg')).toBe('Привет, Сима');

      const [account] = await query<{ webhook_token: string }>(
        'select webhook_token from channel_account where id = ?',
        [saveChannelAccount.id],
      );
      const hook = await fetch(
        `${server.url}/hooks/channels/${saveChannelAccount.id}/${account?.webhook_token}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ 'data[]': 'sms_status\n000000-10000001\n103' }).toString(),
        },
      );
      expect(hook.status).toBe(200);
      expect((await ws.as.ANALYST.requestOk(STATE, { id: createMailing.id })).mailing).toEqual({
        state: 'SENT',
        counts: { recipients: 1, queued: 0, sent: 0, delivered: 1, failed: 0, skipped: 0 },
      });
    } finally {
      await provider.close();
    }
  });
});
