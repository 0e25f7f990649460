import type { ChannelDefinition, ChannelSettings, OutgoingMessage, SendOutcome } from '@patron/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeProvider, refusingUrl } from '../../testing/fake-provider.js';
import { genericHttpSms } from './generic-http.provider.js';
import { kavenegarSms } from './kavenegar.provider.js';
import { smsRuSms } from './sms-ru.provider.js';

const PERSIAN = 'سلام مریم، ۵۰ امتیاز هدیه گرفتید 🎁';
const RUSSIAN = 'Здравствуйте, Мария! Вам начислено 50 баллов';
const KAVENEGAR_KEY = '6A5B4C3D2E1F-kave-secret';
const SMS_RU_KEY = 'A3CA597E-3ACF-4E7D-82EE-sms-ru-secret';
const BEARER = 'Bearer generic-secret-token';

let provider: FakeProvider;
/** Every outcome of every test: none may carry a secret (checked at the end). */
const outcomes: SendOutcome[] = [];

beforeAll(async () => {
  provider = await FakeProvider.start();
});
afterAll(async () => {
  await provider?.close();
});
beforeEach(() => {
  provider.received.length = 0;
});

function message(to: string, text: string): OutgoingMessage {
  return { id: 'msg-0001', workspaceId: 'ws-1', to, text };
}

async function send(definition: ChannelDefinition, settings: ChannelSettings, to: string, text: string) {
  const outcome = await definition.send(settings, message(to, text));
  outcomes.push(outcome);
  return outcome;
}

const form = (body: string) => Object.fromEntries(new URLSearchParams(body));

describe('Kavenegar', () => {
  const settings = () => ({
    apiKey: KAVENEGAR_KEY,
    sender: '10004346',
    baseUrl: provider.url,
    timeoutSeconds: '0.5',
  });
  const accepted = {
    return: { status: 200, message: 'تایید شد' },
    entries: [{ messageid: 8792343, status: 1, statustext: 'در صف ارسال', receptor: '989121234567' }],
  };

  it('posts receptor, sender and the Persian text as UTF-8 form fields to /v1/{key}/sms/send.json', async () => {
    provider.reply = () => ({ body: accepted });
    const outcome = await send(kavenegarSms, settings(), '+989121234567', PERSIAN);
    expect(outcome).toEqual({ ok: true, providerMessageId: '8792343' });
    const request = provider.last;
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`/v1/${KAVENEGAR_KEY}/sms/send.json`);
    expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(form(request.body)).toEqual({ receptor: '989121234567', sender: '10004346', message: PERSIAN });
    // Percent-encoded UTF-8: 'س' is D8 B3.
    expect(request.body).toContain('%D8%B3%D9%84%D8%A7%D9%85');
  });

  it('passes a long text whole: the provider splits it into parts', async () => {
    provider.reply = () => ({ body: accepted });
    const long = PERSIAN.repeat(20);
    await send(kavenegarSms, settings(), '+989121234567', long);
    expect(form(provider.last.body).message).toBe(long);
  });

  it('reads its error statuses: the number, the credit, the key, a blocked receptor', async () => {
    const cases: [number, string, boolean][] = [
      [411, 'CHANNEL_ADDRESS_REJECTED', false],
      [412, 'CHANNEL_SENDER_REJECTED', false],
      [418, 'CHANNEL_PROVIDER_NO_CREDIT', true],
      [403, 'CHANNEL_PROVIDER_AUTH_FAILED', false],
      [409, 'CHANNEL_PROVIDER_UNAVAILABLE', true],
      [451, 'CHANNEL_PROVIDER_RATE_LIMITED', true],
      [499, 'CHANNEL_PROVIDER_REFUSED', false],
    ];
    for (const [status, reason, retryable] of cases) {
      provider.reply = () => ({ status, body: { return: { status, message: 'خطا' }, entries: null } });
      const outcome = await send(kavenegarSms, settings(), '+989121234567', PERSIAN);
      expect(outcome, String(status)).toEqual({
        ok: false,
        retryable,
        reason,
        detail: `status ${status}: خطا`,
      });
    }
    provider.reply = () => ({
      body: { ...accepted, entries: [{ messageid: 1, status: 14, statustext: 'بلاک شده' }] },
    });
    expect(await send(kavenegarSms, settings(), '+989121234567', PERSIAN)).toMatchObject({
      ok: false,
      retryable: false,
      reason: 'CHANNEL_RECIPIENT_BLOCKED',
    });
  });

  it('retries server errors, rate limits and answers out of its format, with the start of the answer', async () => {
    provider.reply = () => ({
      status: 502,
      body: '<html><body>Bad gateway</body></html>',
      contentType: 'text/html',
    });
    expect(await send(kavenegarSms, settings(), '+989121234567', PERSIAN)).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
      detail: 'HTTP 502: <html><body>Bad gateway</body></html>',
    });
    provider.reply = () => ({ status: 429, body: 'slow down' });
    expect(await send(kavenegarSms, settings(), '+989121234567', PERSIAN)).toMatchObject({
      retryable: true,
      reason: 'CHANNEL_PROVIDER_RATE_LIMITED',
    });
    const page = `<!DOCTYPE html><html>${'x'.repeat(500)}</html>`;
    provider.reply = () => ({ status: 200, body: page, contentType: 'text/html' });
    const garbage = await send(kavenegarSms, settings(), '+989121234567', PERSIAN);
    expect(garbage).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_ANSWER_UNREADABLE',
      detail: `HTTP 200: ${page.slice(0, 200)}`,
    });
    provider.reply = () => ({ body: '{"return": {"status": 200}, "entries": []}' });
    expect(await send(kavenegarSms, settings(), '+989121234567', PERSIAN)).toMatchObject({
      retryable: true,
      reason: 'CHANNEL_PROVIDER_ANSWER_UNREADABLE',
    });
  });

  it('hides the API key an error page echoes from the URL', async () => {
    provider.reply = (request) => ({
      status: 404,
      body: `<h1>Cannot POST ${request.url}</h1>`,
      contentType: 'text/html',
    });
    const outcome = await send(kavenegarSms, settings(), '+989121234567', PERSIAN);
    expect(outcome).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_ANSWER_UNREADABLE',
      detail: 'HTTP 404: <h1>Cannot POST /v1/***/sms/send.json</h1>',
    });
  });

  it('gives up on a provider that hangs, and on one nobody answers for, as retryable', async () => {
    provider.reply = () => 'hang';
    expect(await send(kavenegarSms, settings(), '+989121234567', PERSIAN)).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_TIMEOUT',
      detail: 'No answer within 0.5 s',
    });
    const refused = await send(
      kavenegarSms,
      { ...settings(), baseUrl: await refusingUrl() },
      '+989121234567',
      PERSIAN,
    );
    expect(refused).toMatchObject({ ok: false, retryable: true, reason: 'CHANNEL_PROVIDER_UNREACHABLE' });
    expect((refused as { detail: string }).detail).toContain('ECONNREFUSED');
  });

  it('refuses a number that is not E.164 and a missing key without calling the provider', async () => {
    expect(await send(kavenegarSms, settings(), '09121234567', PERSIAN)).toMatchObject({
      retryable: false,
      reason: 'CHANNEL_ADDRESS_REJECTED',
    });
    expect(await send(kavenegarSms, { ...settings(), apiKey: ' ' }, '+989121234567', PERSIAN)).toMatchObject({
      retryable: false,
      reason: 'CHANNEL_SETTINGS_INVALID',
    });
    expect(provider.received).toHaveLength(0);
  });

  it('reads delivery reports from its callback: delivered, blocked, and nothing for a status on the way', async () => {
    const read = (body: unknown, query: Record<string, unknown> = {}) =>
      kavenegarSms.readDeliveryReport?.(settings(), { headers: {}, query, body });
    expect(await read({ messageid: '8792343', status: '10' })).toEqual([
      { providerMessageId: '8792343', state: 'DELIVERED' },
    ]);
    expect(await read({}, { messageid: '8792344', status: '14' })).toEqual([
      { providerMessageId: '8792344', state: 'FAILED', reason: 'CHANNEL_RECIPIENT_BLOCKED' },
    ]);
    expect(await read({ messageid: '8792345', status: '11' })).toEqual([
      { providerMessageId: '8792345', state: 'FAILED', reason: 'CHANNEL_NOT_DELIVERED' },
    ]);
    expect(await read({ messageid: '8792346', status: '4' })).toEqual([]);
    expect(await read('garbage')).toEqual([]);
  });
});

describe('SMS.RU', () => {
  const settings = () => ({
    apiId: SMS_RU_KEY,
    sender: 'Patron',
    baseUrl: provider.url,
    timeoutSeconds: '0.5',
  });
  const accepted = {
    status: 'OK',
    status_code: 100,
    sms: { '79251234567': { status: 'OK', status_code: 100, sms_id: '000000-10000001' } },
    balance: 10,
  };

  it('posts api_id, to, msg, from and json=1 with the Russian text as UTF-8 to /sms/send', async () => {
    provider.reply = () => ({ body: accepted });
    expect(await send(smsRuSms, settings(), '+79251234567', RUSSIAN)).toEqual({
      ok: true,
      providerMessageId: '000000-10000001',
    });
    const request = provider.last;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/sms/send');
    expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(form(request.body)).toEqual({
      api_id: SMS_RU_KEY,
      to: '79251234567',
      msg: RUSSIAN,
      json: '1',
      from: 'Patron',
    });
    // 'З' is D0 97 in UTF-8.
    expect(request.body).toContain('msg=%D0%97%D0%B4');
  });

  it('reads errors of the request and of the number', async () => {
    provider.reply = () => ({
      body: { status: 'ERROR', status_code: 200, status_text: `Неправильный api_id ${SMS_RU_KEY}` },
    });
    expect(await send(smsRuSms, settings(), '+79251234567', RUSSIAN)).toEqual({
      ok: false,
      retryable: false,
      reason: 'CHANNEL_PROVIDER_AUTH_FAILED',
      detail: 'status_code 200: Неправильный api_id ***',
    });
    const cases: [number, string, boolean][] = [
      [207, 'CHANNEL_ADDRESS_REJECTED', false],
      [215, 'CHANNEL_RECIPIENT_BLOCKED', false],
      [201, 'CHANNEL_PROVIDER_NO_CREDIT', true],
      [220, 'CHANNEL_PROVIDER_UNAVAILABLE', true],
      [231, 'CHANNEL_PROVIDER_RATE_LIMITED', true],
      [999, 'CHANNEL_PROVIDER_REFUSED', false],
    ];
    for (const [code, reason, retryable] of cases) {
      provider.reply = () => ({
        body: {
          status: 'OK',
          status_code: 100,
          sms: { '79251234567': { status: 'ERROR', status_code: code, status_text: 'Ошибка' } },
        },
      });
      expect(await send(smsRuSms, settings(), '+79251234567', RUSSIAN), String(code)).toEqual({
        ok: false,
        retryable,
        reason,
        detail: `status_code ${code}: Ошибка`,
      });
    }
  });

  it('retries garbage, a 500 page and a hanging server', async () => {
    provider.reply = () => ({ body: '100\n000000-10000001\nbalance=10' });
    expect(await send(smsRuSms, settings(), '+79251234567', RUSSIAN)).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_ANSWER_UNREADABLE',
      detail: 'HTTP 200: 100\n000000-10000001\nbalance=10',
    });
    provider.reply = () => ({ body: { ...accepted, sms: { '70000000000': accepted.sms['79251234567'] } } });
    expect(await send(smsRuSms, settings(), '+79251234567', RUSSIAN)).toMatchObject({
      reason: 'CHANNEL_PROVIDER_ANSWER_UNREADABLE',
    });
    provider.reply = () => ({
      status: 500,
      body: '<html>Internal Server Error</html>',
      contentType: 'text/html',
    });
    expect(await send(smsRuSms, settings(), '+79251234567', RUSSIAN)).toMatchObject({
      retryable: true,
      reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
    });
    provider.reply = () => 'hang';
    expect(await send(smsRuSms, settings(), '+79251234567', RUSSIAN)).toMatchObject({
      retryable: true,
      reason: 'CHANNEL_PROVIDER_TIMEOUT',
    });
  });

  it('reads delivery reports from the data[] lines of its callback', async () => {
    const read = (body: unknown) =>
      smsRuSms.readDeliveryReport?.(settings(), { headers: {}, query: {}, body });
    expect(
      await read({
        data: [
          'sms_status\n000000-10000001\n103\n1733380000',
          'sms_status\n000000-10000002\n104',
          'sms_status\n000000-10000003\n102',
          'callcheck_status\n201737-542\n401',
        ],
      }),
    ).toEqual([
      { providerMessageId: '000000-10000001', state: 'DELIVERED', at: new Date(1733380000 * 1000) },
      { providerMessageId: '000000-10000002', state: 'FAILED', reason: 'CHANNEL_NOT_DELIVERED' },
    ]);
    // A form parser that keeps the brackets, or numbers the entries.
    expect(await read({ 'data[]': 'sms_status\n000000-10000004\n103' })).toEqual([
      { providerMessageId: '000000-10000004', state: 'DELIVERED' },
    ]);
    expect(await read({ 'data[0]': 'sms_status\r\n000000-10000005\r\n150' })).toEqual([
      { providerMessageId: '000000-10000005', state: 'FAILED', reason: 'CHANNEL_NOT_DELIVERED' },
    ]);
    expect(await read({ data: 42 })).toEqual([]);
  });
});

describe('SMS over any HTTP gateway', () => {
  const settings = (extra: Record<string, string> = {}): ChannelSettings => ({
    url: `${provider.url}/api/sms?project=7`,
    recipientField: 'phone',
    recipientFormat: 'digits',
    textField: 'body',
    senderField: 'from',
    sender: 'PATRON',
    clientIdField: 'reference',
    authHeaderName: 'X-Api-Key',
    authHeaderValue: BEARER,
    messageIdPath: '$.result.messages[0].id',
    successPath: 'result.status',
    successValue: 'queued',
    timeoutSeconds: '0.5',
    ...extra,
  });
  const accepted = { result: { status: 'queued', messages: [{ id: 'abc-1' }] } };

  it('posts JSON with the configured field names and auth header, and reads the id by its path', async () => {
    provider.reply = () => ({ body: accepted });
    expect(await send(genericHttpSms, settings(), '+989121234567', PERSIAN)).toEqual({
      ok: true,
      providerMessageId: 'abc-1',
    });
    const request = provider.last;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/sms?project=7');
    expect(request.headers['x-api-key']).toBe(BEARER);
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(request.body)).toEqual({
      phone: '989121234567',
      body: PERSIAN,
      from: 'PATRON',
      reference: 'msg-0001',
    });
  });

  it('sends a form or a GET query when told, with the E.164 number as it is', async () => {
    provider.reply = () => ({ body: accepted });
    await send(
      genericHttpSms,
      settings({ bodyFormat: 'form', recipientFormat: 'e164' }),
      '+79251234567',
      RUSSIAN,
    );
    expect(provider.last.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(form(provider.last.body)).toMatchObject({ phone: '+79251234567', body: RUSSIAN });
    await send(genericHttpSms, settings({ method: 'GET' }), '+79251234567', RUSSIAN);
    expect(provider.last.method).toBe('GET');
    const query = new URL(provider.last.url, provider.url).searchParams;
    expect(query.get('project')).toBe('7');
    expect(query.get('phone')).toBe('79251234567');
    expect(query.get('body')).toBe(RUSSIAN);
  });

  it('counts any 2xx as accepted when no answer paths are set', async () => {
    provider.reply = () => ({ status: 202, body: 'accepted' });
    expect(
      await send(genericHttpSms, settings({ messageIdPath: '', successPath: '' }), '+79251234567', RUSSIAN),
    ).toEqual({ ok: true, providerMessageId: null });
  });

  it('maps refusals, failures and garbage by status and by the success path', async () => {
    const cases: [number, string | object, string, boolean][] = [
      [200, { result: { status: 'rejected', messages: [] } }, 'CHANNEL_PROVIDER_REFUSED', false],
      [200, { unexpected: true }, 'CHANNEL_PROVIDER_ANSWER_UNREADABLE', true],
      [200, '<html>maintenance</html>', 'CHANNEL_PROVIDER_ANSWER_UNREADABLE', true],
      [400, { error: 'bad number' }, 'CHANNEL_PROVIDER_REFUSED', false],
      [401, { error: 'who are you' }, 'CHANNEL_PROVIDER_AUTH_FAILED', false],
      [429, 'too many', 'CHANNEL_PROVIDER_RATE_LIMITED', true],
      [503, 'down', 'CHANNEL_PROVIDER_UNAVAILABLE', true],
    ];
    for (const [status, body, reason, retryable] of cases) {
      provider.reply = () => ({ status, body });
      expect(await send(genericHttpSms, settings(), '+79251234567', RUSSIAN), `${status}`).toMatchObject({
        ok: false,
        retryable,
        reason,
      });
    }
  });

  it('hides the auth header an answer echoes, and refuses a header that would break the request', async () => {
    provider.reply = (request) => ({ status: 400, body: `bad key: ${request.headers['x-api-key']}` });
    expect(await send(genericHttpSms, settings(), '+79251234567', RUSSIAN)).toEqual({
      ok: false,
      retryable: false,
      reason: 'CHANNEL_PROVIDER_REFUSED',
      detail: 'HTTP 400: bad key: ***',
    });
    const before = provider.received.length;
    const broken = await send(
      genericHttpSms,
      settings({ authHeaderValue: `${BEARER}\r\nX-Evil: 1` }),
      '+79251234567',
      RUSSIAN,
    );
    expect(broken).toMatchObject({ retryable: false, reason: 'CHANNEL_SETTINGS_INVALID' });
    expect(
      await send(genericHttpSms, settings({ url: 'ftp://example.com' }), '+79251234567', RUSSIAN),
    ).toMatchObject({
      reason: 'CHANNEL_SETTINGS_INVALID',
    });
    expect(provider.received).toHaveLength(before);
  });

  it('reads delivery reports by the configured paths and status lists', async () => {
    const reportSettings = settings({
      reportIdPath: 'message.id',
      reportStatusPath: 'message.state',
      reportDelivered: 'DELIVRD, delivered',
      reportFailed: 'UNDELIV,EXPIRED',
    });
    const read = (body: unknown) =>
      genericHttpSms.readDeliveryReport?.(reportSettings, { headers: {}, query: {}, body });
    expect(
      await read([
        { message: { id: 'abc-1', state: 'DELIVRD' } },
        { message: { id: 'abc-2', state: 'EXPIRED' } },
        { message: { id: 'abc-3', state: 'ENROUTE' } },
        { nothing: true },
      ]),
    ).toEqual([
      { providerMessageId: 'abc-1', state: 'DELIVERED' },
      { providerMessageId: 'abc-2', state: 'FAILED', reason: 'CHANNEL_NOT_DELIVERED' },
    ]);
    expect(await read({ message: { id: 7, state: 'delivered' } })).toEqual([
      { providerMessageId: '7', state: 'DELIVERED' },
    ]);
  });
});

describe('every SMS outcome above', () => {
  it('never carried a secret in its detail', () => {
    expect(outcomes.length).toBeGreaterThan(20);
    const all = JSON.stringify(outcomes);
    for (const secret of [KAVENEGAR_KEY, SMS_RU_KEY, BEARER, 'generic-secret-token']) {
      expect(all).not.toContain(secret);
      expect(all).not.toContain(encodeURIComponent(secret));
    }
  });
});
