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
    expect(outcome).toEqual({ ok: true, providerMessageId: '1', rejectedAddresses: [] });
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
        rejectedAddresses: [addressOf(browser)],
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
        rejectedAddresses: [],
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
      rejectedAddresses: [],
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

  describe("a customer's several browsers", () => {
    const several = (...browsers: TestSubscriber[]) =>
      JSON.stringify(browsers.map((b) => JSON.parse(addressOf(b))));
    let phone: TestSubscriber;
    let laptop: TestSubscriber;
    beforeEach(() => {
      phone = peer.subscriber();
      laptop = peer.subscriber();
    });
    const got = () => peer.received.map((p) => p.subscriberId).sort();

    it("reaches each, encrypted to each one's keys; delivered with the newest one's id", async () => {
      const outcome = await send({ to: several(laptop, phone), subject: 'Winter sale' });
      expect(peer.refused).toEqual([]);
      expect(got()).toEqual([laptop.id, phone.id].sort());
      for (const push of peer.received) expect(push.payload).toEqual({ title: 'Winter sale', body: TEXT });
      const newest = peer.received.find((p) => p.subscriberId === laptop.id);
      expect(outcome).toEqual({ ok: true, providerMessageId: newest?.messageId, rejectedAddresses: [] });
    });

    it('is delivered when one is gone, naming the gone one', async () => {
      peer.reply = (b) => (b.id === phone.id ? { status: 410, body: 'expired' } : { status: 201 });
      const outcome = await send({ to: several(phone, laptop) });
      expect(outcome).toEqual({
        ok: true,
        providerMessageId: peer.received.find((p) => p.subscriberId === laptop.id)?.messageId,
        rejectedAddresses: [addressOf(phone)],
      });
    });

    it('fails for good when all are gone, naming each', async () => {
      peer.reply = (b) => ({ status: b.id === phone.id ? 410 : 404 });
      expect(await send({ to: several(laptop, phone) })).toEqual({
        ok: false,
        retryable: false,
        reason: 'CHANNEL_ADDRESS_REJECTED',
        detail: 'None of 2 browsers took it: HTTP 404; HTTP 410',
        rejectedAddresses: [addressOf(laptop), addressOf(phone)],
      });
    });

    it('counts a browser that took it over a passing outage at another; an outage with none stays retryable', async () => {
      peer.reply = (b) => ({ status: b.id === phone.id ? 503 : 201 });
      expect(await send({ to: several(phone, laptop) })).toMatchObject({ ok: true, rejectedAddresses: [] });
      peer.reply = (b) => ({ status: b.id === phone.id ? 503 : 410 });
      expect(await send({ to: several(phone, laptop) })).toEqual({
        ok: false,
        retryable: true,
        reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
        detail: 'None of 2 browsers took it: HTTP 503; HTTP 410',
        rejectedAddresses: [addressOf(laptop)],
      });
    });

    it('says an outage over refused keys, and refused keys over a gone browser', async () => {
      const third = peer.subscriber();
      const status: Record<string, number> = { [phone.id]: 410, [laptop.id]: 403, [third.id]: 500 };
      peer.reply = (b) => ({ status: status[b.id] ?? 201 });
      // One browser under old keys must not fail for good a message the others may get on a retry.
      expect(await send({ to: several(phone, laptop, third) })).toMatchObject({
        ok: false,
        retryable: true,
        reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
        rejectedAddresses: [addressOf(phone)],
      });
      expect(await send({ to: several(phone, laptop) })).toMatchObject({
        ok: false,
        retryable: false,
        reason: 'CHANNEL_PROVIDER_AUTH_FAILED',
        rejectedAddresses: [addressOf(phone)],
      });
    });

    it('forgets a browser subscribed under old keys when the same push service took our keys', async () => {
      const third = peer.subscriber();
      peer.reply = (b) => ({ status: b.id === laptop.id ? 403 : 201 });
      expect(await send({ to: several(laptop, third) })).toMatchObject({
        ok: true,
        rejectedAddresses: [addressOf(laptop)],
      });
    });

    it('waits for a hanging one no longer than the timeout, all being sent at once', async () => {
      const third = peer.subscriber();
      peer.reply = (b) => (b.id === laptop.id ? { status: 201 } : 'hang');
      const started = Date.now();
      const outcome = await send({ to: several(phone, laptop, third) });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(outcome).toMatchObject({ ok: true, rejectedAddresses: [] });
      peer.reply = () => 'hang';
      expect(await send({ to: several(phone, laptop) })).toMatchObject({
        ok: false,
        retryable: true,
        reason: 'CHANNEL_PROVIDER_TIMEOUT',
      });
    });

    it('sends to the newest ten at most; checks the text and settings once, before any leaves', async () => {
      const many = Array.from({ length: 12 }, () => peer.subscriber());
      await send({ to: several(...many) });
      expect(got()).toEqual(
        many
          .slice(0, 10)
          .map((b) => b.id)
          .sort(),
      );
      peer.received.length = 0;
      expect(await send({ to: several(phone, laptop) }, { vapidPrivateKey: 'short' })).toMatchObject({
        reason: 'CHANNEL_SETTINGS_INVALID',
      });
      expect(await send({ to: several(phone, laptop), text: 'x'.repeat(4000) })).toMatchObject({
        reason: 'CHANNEL_MESSAGE_REJECTED',
      });
      // A list with anything in it that is not a subscription, or nothing, is not an address.
      for (const to of ['[]', JSON.stringify([JSON.parse(addressOf(phone)), { endpoint: 'x' }])])
        expect(await send({ to })).toEqual({
          ok: false,
          retryable: false,
          reason: 'CHANNEL_ADDRESS_REJECTED',
          detail: 'Not a push subscription',
        });
      expect(peer.received).toHaveLength(0);
    });
  });

  it('never puts the private key in an outcome', () => {
    expect(outcomes.length).toBeGreaterThan(15);
    expect(JSON.stringify(outcomes)).not.toContain(KEYS.privateKey);
  });
});
