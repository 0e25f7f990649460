import type { SendOutcome } from '@patron/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeProvider, refusingUrl } from '../../testing/fake-provider.js';
import { telegramBot } from './telegram-bot.provider.js';

const TOKEN = '123456789:AAH-telegram-secret_token';
const TEXT = 'Привет, Мария! سلام! <b>50</b> *баллов* _до_ [пятницы](http://x)';

let provider: FakeProvider;
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

const settings = () => ({ botToken: TOKEN, baseUrl: provider.url, timeoutSeconds: '0.5' });

async function send(to: string, text = TEXT, extra: Record<string, string> = {}) {
  const outcome = await telegramBot.send(
    { ...settings(), ...extra },
    { id: 'm1', workspaceId: 'w1', to, text },
  );
  outcomes.push(outcome);
  return outcome;
}

const refusal = (error_code: number, description: string, parameters?: object) => ({
  ok: false,
  error_code,
  description,
  ...(parameters ? { parameters } : {}),
});

describe('the Telegram bot channel', () => {
  it('posts chat_id and the plain text as JSON to /bot<token>/sendMessage, without parse_mode', async () => {
    provider.reply = () => ({
      body: { ok: true, result: { message_id: 42, chat: { id: 123456789 }, text: TEXT } },
    });
    expect(await send('123456789')).toEqual({ ok: true, providerMessageId: '42' });
    const request = provider.last;
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`/bot${TOKEN}/sendMessage`);
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    // Markup characters in the text go as they are: no parse_mode, so nothing is interpreted.
    expect(JSON.parse(request.body)).toEqual({ chat_id: '123456789', text: TEXT });
  });

  it('takes group chats (negative ids) and public channels (@name)', async () => {
    provider.reply = () => ({ body: { ok: true, result: { message_id: 7 } } });
    expect(await send('-1001234567890')).toMatchObject({ ok: true });
    expect(await send('@patron_news')).toMatchObject({ ok: true });
    expect(await send('not a chat')).toMatchObject({
      ok: false,
      retryable: false,
      reason: 'CHANNEL_ADDRESS_REJECTED',
    });
    expect(provider.received).toHaveLength(2);
  });

  it('retries a flood limit with its retry_after, and server errors', async () => {
    provider.reply = () => ({
      status: 429,
      body: refusal(429, 'Too Many Requests: retry after 7', { retry_after: 7 }),
    });
    expect(await send('123456789')).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_RATE_LIMITED',
      detail: '429: Too Many Requests: retry after 7 (retry after 7 s)',
    });
    provider.reply = () => ({
      status: 502,
      body: '<html><h1>502 Bad Gateway</h1></html>',
      contentType: 'text/html',
    });
    expect(await send('123456789')).toMatchObject({
      retryable: true,
      reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
    });
    provider.reply = () => ({ status: 500, body: refusal(500, 'Internal Server Error') });
    expect(await send('123456789')).toMatchObject({
      retryable: true,
      reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
    });
  });

  it('does not retry a bot the user blocked, an unknown chat, a too long text or a wrong token', async () => {
    const cases: [number, string, string][] = [
      [403, 'Forbidden: bot was blocked by the user', 'CHANNEL_RECIPIENT_BLOCKED'],
      [403, 'Forbidden: user is deactivated', 'CHANNEL_RECIPIENT_BLOCKED'],
      [400, 'Bad Request: chat not found', 'CHANNEL_ADDRESS_REJECTED'],
      [400, 'Bad Request: message is too long', 'CHANNEL_MESSAGE_REJECTED'],
      [400, 'Bad Request: something new', 'CHANNEL_PROVIDER_REFUSED'],
      [401, 'Unauthorized', 'CHANNEL_PROVIDER_AUTH_FAILED'],
      [404, 'Not Found', 'CHANNEL_PROVIDER_AUTH_FAILED'],
    ];
    for (const [status, description, reason] of cases) {
      provider.reply = () => ({ status, body: refusal(status, description) });
      expect(await send('123456789'), description).toEqual({
        ok: false,
        retryable: false,
        reason,
        detail: `${status}: ${description}`,
      });
    }
  });

  it('retries garbage and an answer without a message id, with the start of the answer', async () => {
    provider.reply = () => ({ body: 'not json at all' });
    expect(await send('123456789')).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_ANSWER_UNREADABLE',
      detail: 'HTTP 200: not json at all',
    });
    provider.reply = () => ({ body: { ok: true, result: true } });
    expect(await send('123456789')).toMatchObject({
      retryable: true,
      reason: 'CHANNEL_PROVIDER_ANSWER_UNREADABLE',
    });
  });

  it('times out on a hanging server and retries a refused connection', async () => {
    provider.reply = () => 'hang';
    expect(await send('123456789')).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_TIMEOUT',
      detail: 'No answer within 0.5 s',
    });
    expect(await send('123456789', TEXT, { baseUrl: await refusingUrl() })).toMatchObject({
      retryable: true,
      reason: 'CHANNEL_PROVIDER_UNREACHABLE',
    });
  });

  it('hides the token that an error page echoes from the URL', async () => {
    provider.reply = (request) => ({
      status: 404,
      body: `<pre>No route ${request.url}</pre>`,
      contentType: 'text/html',
    });
    const outcome = await send('123456789');
    expect(outcome).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_ANSWER_UNREADABLE',
      detail: 'HTTP 404: <pre>No route /bot***/sendMessage</pre>',
    });
  });

  it('refuses a token that is not a bot token without calling Telegram', async () => {
    expect(await send('123456789', TEXT, { botToken: 'abc/../../x' })).toMatchObject({
      retryable: false,
      reason: 'CHANNEL_SETTINGS_INVALID',
    });
    expect(provider.received).toHaveLength(0);
  });

  it('has no delivery reports, and never put the token in any outcome', () => {
    expect(telegramBot.readDeliveryReport).toBeUndefined();
    const all = JSON.stringify(outcomes);
    expect(outcomes.length).toBeGreaterThan(15);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(encodeURIComponent(TOKEN));
    expect(all).not.toContain('telegram-secret');
  });
});
