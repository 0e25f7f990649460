import type { SendOutcome } from '@patron/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { refusingUrl } from '../../testing/fake-provider.js';
import { PushServicePeer, type TestSubscriber } from './testing/push-service-peer.js';
import { webPushChannel } from './web-push.provider.js';

const KEYS = webpush.generateVAPIDKeys();
const TEXT = 'Привет, Мария! سلام! You have 50 points <b>until Friday</b>';

let peer: PushServicePeer;
let browser: TestSubscriber;
const outcomes: SendOutcome[] = [];

beforeAll(async () => {
  peer = await PushServicePeer.start();
});
afterAll(async () => {
  await peer?.close();
});
beforeEach(() => {
  peer.received.length = 0;
  peer.refused.length = 0;
  peer.reply = () => ({ status: 201 });
  browser = peer.subscriber();
});

const settings = (extra: Record<string, string> = {}) => ({
  vapidPublicKey: KEYS.publicKey,
  vapidPrivateKey: KEYS.privateKey,
  subject: 'mailto:admin@club.example',
  timeoutSeconds: '0.5',
  ...extra,
});
const addressOf = (s: { endpoint: string; p256dh: string; auth: string }) =>
  JSON.stringify({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } });

async function send(
  message: { to?: string; subject?: string | null; text?: string; senderName?: string | null } = {},
  extra: Record<string, string> = {},
) {
  const outcome = await webPushChannel.send(settings(extra), {
    id: 'm1',
    workspaceId: 'w1',
    to: message.to ?? addressOf(browser),
    subject: message.subject,
    senderName: message.senderName ?? 'Coffee Club',
    text: message.text ?? TEXT,
  });
  outcomes.push(outcome);
  return outcome;
}

describe('the Web Push channel against a push service', () => {
  it('posts a VAPID-signed, aes128gcm-encrypted notification the browser can read', async () => {
    const outcome = await send({ subject: 'Winter sale' });
    expect(outcome).toEqual({ ok: true, providerMessageId: '1' });
    expect(peer.refused).toEqual([]);
    const push = peer.last;
    expect(push.subscriberId).toBe(browser.id);
    expect(push.contentEncoding).toBe('aes128gcm');
    expect(push.vapidKey).toBe(KEYS.publicKey);
    expect(push.claims.aud).toBe(peer.origin);
    expect(push.claims.sub).toBe('mailto:admin@club.example');
    expect(push.ttl).toBe(String(4 * 7 * 24 * 3600));
    expect(push.payload).toEqual({ title: 'Winter sale', body: TEXT });
  });

  it("takes the workspace's name as the title when there is no subject, and the click address and TTL set", async () => {
    await send({ subject: null }, { clickUrl: 'https://club.example/offers', ttlSeconds: '3600' });
    expect(peer.last.payload).toEqual({
      title: 'Coffee Club',
      body: TEXT,
      url: 'https://club.example/offers',
    });
    expect(peer.last.ttl).toBe('3600');
  });

  it('says a subscription the service no longer has (404, 410) is rejected for good', async () => {
    for (const status of [404, 410]) {
      peer.reply = () => ({ status, body: 'push subscription has unsubscribed or expired.' });
      expect(await send()).toEqual({
        ok: false,
        retryable: false,
        reason: 'CHANNEL_ADDRESS_REJECTED',
        detail: `HTTP ${status}: push subscription has unsubscribed or expired.`,
      });
    }
  });

  it('retries rate limits and server errors; not refused keys or a payload too large', async () => {
    const cases: [number, string, boolean][] = [
      [429, 'CHANNEL_PROVIDER_RATE_LIMITED', true],
      [500, 'CHANNEL_PROVIDER_UNAVAILABLE', true],
      [503, 'CHANNEL_PROVIDER_UNAVAILABLE', true],
      [401, 'CHANNEL_PROVIDER_AUTH_FAILED', false],
      [403, 'CHANNEL_PROVIDER_AUTH_FAILED', false],
      [413, 'CHANNEL_MESSAGE_REJECTED', false],
      [400, 'CHANNEL_PROVIDER_REFUSED', false],
    ];
    for (const [status, reason, retryable] of cases) {
      peer.reply = () => ({ status });
      expect(await send(), String(status)).toEqual({
        ok: false,
        retryable,
        reason,
        detail: `HTTP ${status}`,
      });
    }
  });

  it('times out on a hanging service and retries a refused connection', async () => {
    peer.reply = () => 'hang';
    expect(await send()).toEqual({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_TIMEOUT',
      detail: 'No answer within 0.5 s',
    });
    const closed = (await refusingUrl()).replace('http:', 'https:');
    expect(await send({ to: addressOf({ ...browser, endpoint: `${closed}/push/x` }) })).toMatchObject({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_UNREACHABLE',
    });
  });

  it('refuses bad settings, a text too long and an address that is no subscription without calling anyone', async () => {
    expect(await send({}, { subject: 'admin@club.example' })).toMatchObject({
      retryable: false,
      reason: 'CHANNEL_SETTINGS_INVALID',
    });
    expect(await send({}, { vapidPrivateKey: 'short' })).toMatchObject({
      reason: 'CHANNEL_SETTINGS_INVALID',
    });
    expect(await send({ text: 'x'.repeat(4000) })).toMatchObject({
      retryable: false,
      reason: 'CHANNEL_MESSAGE_REJECTED',
    });
    expect(await send({ to: '123456789' })).toMatchObject({ reason: 'CHANNEL_ADDRESS_REJECTED' });
    expect(await send({ to: addressOf({ ...browser, endpoint: 'http://127.0.0.1/push/x' }) })).toMatchObject({
      reason: 'CHANNEL_ADDRESS_REJECTED',
    });
    expect(peer.received).toHaveLength(0);
  });

  it('never puts the private key in an outcome', () => {
    expect(outcomes.length).toBeGreaterThan(15);
    expect(JSON.stringify(outcomes)).not.toContain(KEYS.privateKey);
  });
});
