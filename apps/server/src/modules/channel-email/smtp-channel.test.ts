import { createServer } from 'node:net';
import type { OutgoingMessage } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpChannel } from './smtp-channel.js';
import { type SmtpPeer, startSmtpPeer } from './smtp-peer.js';

let peer: SmtpPeer;
const settings = () => ({
  host: '127.0.0.1',
  port: String(peer.port),
  security: 'none',
  user: 'club',
  password: 'smtp-password',
  fromAddress: 'news@club.example',
  fromName: 'Coffee Club',
  replyTo: 'help@club.example',
});
const message = (over: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  id: '0b9c7c1e-4a57-4f3e-9d55-8d3f1b2a6c10',
  workspaceId: '6f1e0a52-3c1d-4d7e-8a61-9b2f0c4d5e6f',
  to: 'maria@example.com',
  subject: 'Your points',
  text: 'You have 120 points.',
  html: '<p>You have <b>120</b> points.</p>',
  unsubscribeUrl: 'https://crm.example/unsubscribe/abc.def',
  ...over,
});

beforeAll(async () => {
  peer = await startSmtpPeer();
});
afterAll(async () => {
  // Pooled connections stay open between messages: closed first, the peer stops at once.
  await smtpChannel.close?.();
  await peer?.close();
});

describe('the smtp channel against a real SMTP server', () => {
  it('delivers both parts, the sender, reply-to, the unsubscribe headers and a Message-ID from the message id', async () => {
    const outcome = await smtpChannel.send(settings(), message());
    expect(outcome).toEqual({
      ok: true,
      providerMessageId: '<0b9c7c1e-4a57-4f3e-9d55-8d3f1b2a6c10@club.example>',
    });
    const got = peer.received.at(-1);
    expect(got?.envelope).toEqual({ from: 'news@club.example', to: ['maria@example.com'] });
    const mail = got?.mail;
    expect(mail?.from?.value).toEqual([{ name: 'Coffee Club', address: 'news@club.example' }]);
    expect(mail?.replyTo?.value[0]?.address).toBe('help@club.example');
    expect(mail?.subject).toBe('Your points');
    expect(mail?.text?.trim()).toBe('You have 120 points.');
    expect(mail?.html).toContain('<b>120</b>');
    expect(mail?.messageId).toBe('<0b9c7c1e-4a57-4f3e-9d55-8d3f1b2a6c10@club.example>');
    const header = (key: string) => mail?.headerLines.find((h) => h.key === key)?.line;
    expect(header('list-unsubscribe')).toBe('List-Unsubscribe: <https://crm.example/unsubscribe/abc.def>');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('a recipient refused with 550 is not retried; 451 is', async () => {
    const before = peer.received.length;
    const refused = await smtpChannel.send(settings(), message({ to: 'status-550@example.com' }));
    expect(refused).toMatchObject({ ok: false, retryable: false, reason: 'CHANNEL_ADDRESS_REJECTED' });
    const later = await smtpChannel.send(settings(), message({ to: 'status-451@example.com' }));
    expect(later).toMatchObject({ ok: false, retryable: true, reason: 'CHANNEL_PROVIDER_UNAVAILABLE' });
    expect(peer.received.length).toBe(before);
  });

  it('a closed port is retried later; a malformed address is refused before connecting', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const outcome = await smtpChannel.send({ ...settings(), port: String(closed) }, message());
    expect(outcome).toMatchObject({ ok: false, retryable: true, reason: 'CHANNEL_PROVIDER_UNAVAILABLE' });
    expect(await smtpChannel.send(settings(), message({ to: 'not an address' }))).toMatchObject({
      ok: false,
      retryable: false,
      reason: 'CHANNEL_ADDRESS_INVALID',
    });
  });
});
