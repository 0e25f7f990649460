import { type ChannelDefinition, defineModule, type OutgoingMessage } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { type SmtpPeer, startSmtpPeer } from '../channel-email/smtp-peer.js';
import { ChannelService, type DeliveryReportBatch } from './channel.service.js';
import { ChannelRegistry } from './channel-registry.js';
import { ServerKeys } from './server-keys.js';
import { unsubscribeToken } from './unsubscribe-token.js';

const SECRET_KEY = 'test-only-key-0123456789abcdef0123456789';
const PASSWORD = 'smtp-Pa55word-never-shown';
const ACCOUNT = 'id provider kind name enabled isDefault settings { key value } secretsSet webhookUrl';
const SAVE = `mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { ${ACCOUNT} } }`;
const GET = `query($id: ID!) { channelAccount(id: $id) { ${ACCOUNT} } }`;
const TEST_SEND = `mutation($id: ID!, $to: String!, $text: String!) { sendTestMessage(accountId: $id, to: $to, text: $text) {
  accountId ok providerMessageId retryable reason detail } }`;
const PROVIDERS =
  '{ channelProviders { provider kind label { en ru fa } consent receivesDeliveryReports settings { key label { en ru fa } required secret choices choiceLabels { value label { en ru fa } } } } }';

/** A channel a test module declares through the public interface: it posts delivery reports. */
const sentByTestChannel: OutgoingMessage[] = [];
const testChannel: ChannelDefinition = {
  kind: 'TESTCHAT',
  provider: 'test-chat',
  label: { en: 'Test chat', ru: 'Тестовый чат', fa: 'گفت‌وگوی آزمایشی' },
  consent: 'TELEGRAM',
  addressSql: 'null',
  settings: [{ key: 'token', label: { en: 'Token' }, required: true, secret: true }],
  async send(settings, message) {
    if (message.to === 'crash') throw new Error('provider code broke');
    sentByTestChannel.push({ ...message, text: `${message.text} via ${settings.token}` });
    return { ok: true, providerMessageId: `chat-${message.id}` };
  },
  async readDeliveryReport(_settings, request) {
    const body = request.body as { id: string; status: string };
    return [{ providerMessageId: body.id, state: body.status === 'ok' ? 'DELIVERED' : 'FAILED' }];
  },
};
const testModule = defineModule({ name: 'test-chat-channel', channels: [testChannel] });

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let peer: SmtpPeer;
let smtpId: string;
let customerId: string;
const reports: DeliveryReportBatch[] = [];

const problemOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.problem as { code: string } | undefined)?.code;
const smtpSettings = (over: Record<string, string | null> = {}) =>
  Object.entries({
    host: '127.0.0.1',
    port: String(peer.port),
    security: 'none',
    user: 'club',
    password: PASSWORD,
    fromAddress: 'news@club.example',
    fromName: 'Coffee Club',
    ...over,
  }).map(([key, value]) => ({ key, value }));

beforeAll(async () => {
  peer = await startSmtpPeer();
  server = await startTestServer({ plugins: [testModule], secretKey: SECRET_KEY });
  ws = await server.workspace();
  other = await server.workspace('Other club');
  server.app.services.channels.onDeliveryReport(async (batch) => {
    reports.push(batch);
  });
  customerId = (
    await ws.as.ADMIN.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: { attributes: { firstName: 'Maria', email: 'maria@example.com' } },
      },
    )
  ).createCustomer.id;
  await server.app.services.consents.grant(
    ws.id,
    { kind: 'system', id: null, name: 'test' },
    { customerId, kind: 'EMAIL', capturedVia: 'IN_STORE' },
  );
});
afterAll(async () => {
  await server?.close();
  await peer?.close();
});

describe('channel accounts', () => {
  it('lists the providers every module brings, with localized setting labels', async () => {
    const { channelProviders } = await ws.as.ADMIN.requestOk(PROVIDERS);
    const smtp = channelProviders.find((p: { provider: string }) => p.provider === 'smtp');
    expect(smtp).toMatchObject({ kind: 'EMAIL', consent: 'EMAIL', receivesDeliveryReports: false });
    expect(smtp.settings.find((s: { key: string }) => s.key === 'password')).toMatchObject({
      secret: true,
      label: { en: 'Password', ru: 'Пароль', fa: 'گذرواژه' },
    });
    expect(smtp.settings.find((s: { key: string }) => s.key === 'security').choices).toEqual([
      'none',
      'starttls',
      'tls',
    ]);
    // A choice reads as words in the reader's language; one without a label shows its value.
    expect(smtp.settings.find((s: { key: string }) => s.key === 'security').choiceLabels[1]).toEqual({
      value: 'starttls',
      label: { en: 'STARTTLS (port 587)', ru: 'STARTTLS (порт 587)', fa: 'STARTTLS (درگاه ۵۸۷)' },
    });
    const generic = channelProviders.find((p: { provider: string }) => p.provider === 'generic-http');
    expect(generic.settings.find((s: { key: string }) => s.key === 'method').choiceLabels).toEqual([
      { value: 'POST', label: { en: 'POST', ru: null, fa: null } },
      { value: 'GET', label: { en: 'GET', ru: null, fa: null } },
    ]);
    expect(channelProviders.map((p: { provider: string }) => p.provider)).toContain('test-chat');
  });

  it('names every missing required setting, then stores the password encrypted and never returns it', async () => {
    const missing = await ws.as.ADMIN.request(SAVE, {
      input: { provider: 'smtp', name: 'Mail', settings: [{ key: 'user', value: 'club' }] },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = missing.errors?.[0]?.extensions?.fields as { path: string[]; problem: { code: string } }[];
    expect(fields.map((f) => f.path.join('.'))).toEqual([
      'input.settings.host',
      'input.settings.port',
      'input.settings.security',
      'input.settings.fromAddress',
    ]);
    expect(fields.every((f) => f.problem.code === 'REQUIRED')).toBe(true);

    const res = await ws.as.ADMIN.request(SAVE, {
      input: { provider: 'smtp', name: 'Mail', settings: smtpSettings() },
    });
    expect(JSON.stringify(res)).not.toContain(PASSWORD);
    const account = res.data.saveChannelAccount;
    smtpId = account.id;
    expect(account).toMatchObject({
      kind: 'EMAIL',
      enabled: true,
      isDefault: true,
      secretsSet: ['password'],
    });
    expect(account.settings).toContainEqual({ key: 'host', value: '127.0.0.1' });
    expect(account.settings.map((s: { key: string }) => s.key)).not.toContain('password');

    // The table holds ciphertext only; the audit log names the changed keys only.
    const [row] = await server.app.services.sql.query<Record<string, unknown>>(
      'select * from channel_account where workspace_id = ? and id = ?',
      [ws.id, smtpId],
    );
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(String(row?.secrets)).toMatch(/^v1\./);
    const audit = await ws.as.ADMIN.requestOk(
      '{ auditEvents(types: [CHANNEL_ACCOUNT_CREATED], first: 5) { edges { node { type subject details } } } }',
    );
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
    expect(audit.auditEvents.edges[0].node).toMatchObject({
      subject: smtpId,
      details: { provider: 'smtp', secretsChanged: ['password'] },
    });
  });

  it('sends a test message through the account with the decrypted password', async () => {
    const { sendTestMessage } = await ws.as.ADMIN.requestOk(TEST_SEND, {
      id: smtpId,
      to: 'owner@club.example',
      text: 'Hello from Patron',
    });
    expect(sendTestMessage).toMatchObject({ accountId: smtpId, ok: true, reason: null });
    expect(peer.logins.at(-1)).toEqual({ username: 'club', password: PASSWORD });
    const got = peer.received.at(-1);
    expect(got?.envelope.to).toEqual(['owner@club.example']);
    expect(got?.mail.text?.trim()).toBe('Hello from Patron');
    const refused = await ws.as.ADMIN.requestOk(TEST_SEND, {
      id: smtpId,
      to: 'status-550@club.example',
      text: 'x',
    });
    expect(refused.sendTestMessage).toMatchObject({
      ok: false,
      retryable: false,
      reason: 'CHANNEL_ADDRESS_REJECTED',
    });
    // The audit log names the account each test went through, not only its id.
    const audit = await ws.as.ADMIN.requestOk(
      '{ auditEvents(types: [CHANNEL_TEST_SENT], first: 5) { edges { node { subject details } } } }',
    );
    expect(audit.auditEvents.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        subject: smtpId,
        details: { provider: 'smtp', name: 'Mail', ok: false, reason: 'CHANNEL_ADDRESS_REJECTED' },
      },
      { subject: smtpId, details: { provider: 'smtp', name: 'Mail', ok: true } },
    ]);
  });

  it('keeps a secret left out of a change and removes one sent empty', async () => {
    const kept = await ws.as.ADMIN.requestOk(SAVE, {
      input: {
        id: smtpId,
        provider: 'smtp',
        name: 'Mail',
        settings: smtpSettings({ password: null, port: String(peer.port) }),
      },
    });
    expect(kept.saveChannelAccount.secretsSet).toEqual(['password']);
    await ws.as.ADMIN.requestOk(TEST_SEND, { id: smtpId, to: 'owner@club.example', text: 'again' });
    expect(peer.logins.at(-1)?.password).toBe(PASSWORD);
    const cleared = await ws.as.ADMIN.requestOk(SAVE, {
      input: { id: smtpId, provider: 'smtp', name: 'Mail', settings: smtpSettings({ password: '' }) },
    });
    expect(cleared.saveChannelAccount.secretsSet).toEqual([]);
    await ws.as.ADMIN.requestOk(SAVE, {
      input: { id: smtpId, provider: 'smtp', name: 'Mail', settings: smtpSettings() },
    });
  });

  it('refuses to store a secret when the server has no PATRON_SECRET_KEY', async () => {
    const s = server.app.services;
    const keyless = new ChannelService(
      s.modules,
      s.sql,
      s.audit,
      { secretKey: null, publicUrl: 'http://x' },
      s.consents,
    );
    await expect(
      keyless.save(
        ws.id,
        { kind: 'system', id: null, name: 't' },
        {
          provider: 'smtp',
          name: 'Keyless',
          enabled: true,
          isDefault: false,
          settings: smtpSettings(),
        },
      ),
    ).rejects.toMatchObject({ extensions: { problem: { code: 'CHANNEL_SECRET_KEY_MISSING' } } });
    expect(keyless.unsubscribeUrl(ws.id, customerId, 'EMAIL')).toBeNull();
    const accounts = await s.channels.accounts(ws.id);
    expect(accounts.map((a) => a.name)).not.toContain('Keyless');
  });

  it('is for admins only', async () => {
    expect(problemOf(await ws.as.MANAGER.request(GET, { id: smtpId }))).toBe('FORBIDDEN');
    expect(
      problemOf(await ws.as.MANAGER.request(TEST_SEND, { id: smtpId, to: 'a@b.example', text: 'x' })),
    ).toBe('FORBIDDEN');
  });

  it("another workspace's admin cannot read, change, use, test or delete the account", async () => {
    const before = peer.received.length;
    expect(problemOf(await other.as.ADMIN.request(GET, { id: smtpId }))).toBe('CHANNEL_ACCOUNT_NOT_FOUND');
    expect(
      problemOf(await other.as.ADMIN.request(TEST_SEND, { id: smtpId, to: 'thief@evil.example', text: 'x' })),
    ).toBe('CHANNEL_ACCOUNT_NOT_FOUND');
    expect(
      problemOf(
        await other.as.ADMIN.request(SAVE, {
          input: {
            id: smtpId,
            provider: 'smtp',
            name: 'Mine',
            settings: smtpSettings({ host: 'evil.example' }),
          },
        }),
      ),
    ).toBe('CHANNEL_ACCOUNT_NOT_FOUND');
    expect(
      problemOf(
        await other.as.ADMIN.request('mutation($id: ID!) { deleteChannelAccount(id: $id) }', { id: smtpId }),
      ),
    ).toBe('CHANNEL_ACCOUNT_NOT_FOUND');
    expect((await other.as.ADMIN.requestOk('{ channelAccounts { id } }')).channelAccounts).toEqual([]);
    await expect(
      server.app.services.channels.send(other.id, 'EMAIL', {
        id: 'm1',
        workspaceId: other.id,
        to: 'x@y.example',
        text: 'x',
      }),
    ).rejects.toMatchObject({ extensions: { problem: { code: 'CHANNEL_NO_ACCOUNT' } } });
    expect(peer.received.length).toBe(before);
    expect((await ws.as.ADMIN.requestOk(GET, { id: smtpId })).channelAccount.settings).toContainEqual({
      key: 'host',
      value: '127.0.0.1',
    });
  });

  it("sends through the kind's default account; the customer's address comes from the channel's SQL", async () => {
    const channels = server.app.services.channels;
    expect((await channels.accountFor(ws.id, 'EMAIL'))?.id).toBe(smtpId);
    const [row] = await server.app.services.sql.query<{ address: string }>(
      `select ${channels.addressSql('EMAIL')} as address from customer c where c.workspace_id = ? and c.id = ?`,
      [ws.id, customerId],
    );
    expect(row?.address).toBe('maria@example.com');
    expect(channels.consentFor('EMAIL')).toBe('EMAIL');
    const outcome = await channels.send(ws.id, 'EMAIL', {
      id: '9d7c1e2a-0000-4000-8000-000000000001',
      workspaceId: ws.id,
      to: row?.address ?? '',
      subject: 'News',
      text: 'Plain',
      html: '<p>Rich</p>',
      unsubscribeUrl: channels.unsubscribeUrl(ws.id, customerId, 'EMAIL'),
    });
    expect(outcome).toMatchObject({ ok: true, accountId: smtpId });
    expect(peer.received.at(-1)?.mail.messageId).toBe('<9d7c1e2a-0000-4000-8000-000000000001@club.example>');
  });
});

describe('a channel with delivery reports', () => {
  let chatId: string;
  let webhookUrl: string;

  beforeAll(async () => {
    const { saveChannelAccount } = await ws.as.ADMIN.requestOk(SAVE, {
      input: { provider: 'test-chat', name: 'Chat', settings: [{ key: 'token', value: 'bot-token' }] },
    });
    chatId = saveChannelAccount.id;
    webhookUrl = saveChannelAccount.webhookUrl;
  });

  it('a provider that throws is a retryable failure, not an exception; the message carries the webhook', async () => {
    const channels = server.app.services.channels;
    const crashed = await channels.send(ws.id, 'TESTCHAT', {
      id: 'm-crash',
      workspaceId: ws.id,
      to: 'crash',
      text: 'x',
    });
    expect(crashed).toMatchObject({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
      accountId: chatId,
    });
    const sent = await channels.send(ws.id, 'TESTCHAT', {
      id: 'm-1',
      workspaceId: ws.id,
      to: 'chat-42',
      text: 'hi',
    });
    expect(sent).toEqual({ ok: true, providerMessageId: 'chat-m-1', accountId: chatId });
    expect(sentByTestChannel.at(-1)).toMatchObject({
      text: 'hi via bot-token',
      deliveryReportUrl: webhookUrl,
    });
  });

  it('a wrong token is 404 and reaches no listener; the right one hands the reports to the listeners', async () => {
    const path = new URL(webhookUrl).pathname;
    const post = (p: string) =>
      fetch(`${server.url}${p}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'chat-m-1', status: 'ok' }),
      });
    const wrong = await post(`${path.slice(0, -3)}xyz`);
    expect(wrong.status).toBe(404);
    const answer = (await wrong.json()) as { errors: { extensions: { problem: { code: string } } }[] };
    expect(answer.errors[0]?.extensions.problem.code).toBe('CHANNEL_ACCOUNT_NOT_FOUND');
    expect((await post(`/hooks/channels/${smtpId}/${path.split('/').at(-1)}`)).status).toBe(404);
    expect(reports).toEqual([]);

    const right = await post(path);
    expect(right.status).toBe(200);
    expect(reports).toEqual([
      {
        workspaceId: ws.id,
        accountId: chatId,
        reports: [{ providerMessageId: 'chat-m-1', state: 'DELIVERED' }],
      },
    ]);
  });
});

describe('unsubscribe links', () => {
  const consent = () => server.app.services.consents.hasConsent(ws.id, customerId, 'EMAIL');
  const local = (url: string) => `${server.url}${new URL(url).pathname}`;

  it('a GET only asks, in the language asked for; a tampered or foreign link is refused and changes nothing', async () => {
    const url = local(server.app.services.channels.unsubscribeUrl(ws.id, customerId, 'EMAIL') as string);
    const ask = await fetch(url, { headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
    expect(ask.status).toBe(200);
    const page = await ask.text();
    expect(page).toContain('<html lang="ru" dir="ltr">');
    expect(page).toContain('<form method="post">');
    expect(await (await fetch(`${url}?lang=fa`)).text()).toContain('dir="rtl"');
    expect(await consent()).toBe(true);

    const token = url.split('/').at(-1) as string;
    const [payload, signature] = token.split('.') as [string, string];
    const otherCustomer = Buffer.from(payload, 'base64url');
    otherCustomer[20] = (otherCustomer[20] ?? 0) ^ 1;
    const foreign = unsubscribeToken(new ServerKeys('another-server-key-0123456789abcdef'), {
      workspaceId: ws.id,
      customerId,
      consentKind: 'EMAIL',
    });
    for (const bad of [`${otherCustomer.toString('base64url')}.${signature}`, foreign, 'garbage']) {
      const res = await fetch(`${server.url}/unsubscribe/${bad}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('UNSUBSCRIBE_LINK_INVALID');
    }
    expect(await consent()).toBe(true);
  });

  it("the one-click POST withdraws the customer's email consent; a second one is no error", async () => {
    const url = local(server.app.services.channels.unsubscribeUrl(ws.id, customerId, 'EMAIL') as string);
    for (let i = 0; i < 2; i++) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('You are unsubscribed');
    }
    expect(await consent()).toBe(false);
    const history = await server.app.services.consents.history(ws.id, customerId, {
      kinds: ['EMAIL'],
      first: 5,
    });
    expect(history.records[0]).toMatchObject({
      granted: false,
      source: 'unsubscribe link',
      capturedVia: 'EMAIL',
    });
    expect(history.records).toHaveLength(2);
  });
});

describe('the channel registry', () => {
  it('two modules declaring one provider stop the start, naming both', () => {
    const again = defineModule({ name: 'another-chat', channels: [{ ...testChannel }] });
    expect(() => new ChannelRegistry([testModule, again])).toThrow(
      'Channel provider "test-chat" is declared by both module "test-chat-channel" and module "another-chat"',
    );
  });

  it('a channel needing a consent nobody can grant stops the start, naming it', () => {
    const fax = defineModule({
      name: 'fax-channel',
      channels: [{ ...testChannel, provider: 'fax', kind: 'FAX', consent: 'FAX' }],
    });
    expect(() => new ChannelRegistry([fax])).toThrow(
      'Channel provider "fax" of module "fax-channel" needs consent "FAX", which is not one of',
    );
  });
});
