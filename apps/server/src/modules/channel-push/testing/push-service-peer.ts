import { createECDH, type ECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { decryptAes128gcm } from './decrypt-aes128gcm.js';
import { TEST_PUSH_CERT, TEST_PUSH_KEY } from './push-service-tls.js';
import { checkVapid, type VapidClaims } from './vapid-check.js';

/** A browser subscribed at the peer: its keys, as the browser would keep them. */
export interface TestSubscriber {
  id: string;
  endpoint: string;
  /** Base64url, as PushSubscription.toJSON() gives them. */
  p256dh: string;
  auth: string;
  ecdh: ECDH;
  authSecret: Buffer;
}

/** One message the peer received and could read: checked VAPID, decrypted payload. */
export interface ReceivedPush {
  subscriberId: string;
  claims: VapidClaims;
  vapidKey: string;
  ttl: string | undefined;
  contentEncoding: string | undefined;
  payload: unknown;
  /** The id the service answered with (the last part of Location); null while it has not answered. */
  messageId: string | null;
}

export type PushReply = { status: number; body?: string } | 'hang';

/**
 * Trusts the peer's self-signed certificate in this process, as NODE_EXTRA_CA_CERTS would at start:
 * web-push reaches push services over https only.
 */
export function trustTestPushService(): void {
  const defaults = getCACertificates('default');
  if (!defaults.includes(TEST_PUSH_CERT)) setDefaultCACertificates([...defaults, TEST_PUSH_CERT]);
}

/**
 * A push service in the test process (RFC 8030): it takes `POST /push/<subscriber>`, checks the
 * VAPID authorization, decrypts the aes128gcm body with the subscriber's private key and keeps what
 * it read; a request it cannot check or read is answered 400 and kept in `refused` with the reason.
 */
export class PushServicePeer {
  readonly received: ReceivedPush[] = [];
  readonly refused: string[] = [];
  reply: (subscriber: TestSubscriber) => PushReply = () => ({ status: 201 });
  private readonly subscribers = new Map<string, TestSubscriber>();
  private count = 0;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<PushServicePeer> {
    trustTestPushService();
    const server = createServer({ key: TEST_PUSH_KEY, cert: TEST_PUSH_CERT });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const peer = new PushServicePeer(server, `https://127.0.0.1:${port}`);
    server.on('request', async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const subscriber = peer.subscribers.get(/^\/push\/([\w-]+)$/.exec(req.url ?? '')?.[1] ?? '');
      if (req.method !== 'POST' || !subscriber) {
        res.writeHead(404).end();
        return;
      }
      let received: ReceivedPush;
      try {
        const { claims, key } = checkVapid(req.headers.authorization, peer.origin);
        const text = decryptAes128gcm(Buffer.concat(chunks), subscriber.ecdh, subscriber.authSecret);
        received = {
          subscriberId: subscriber.id,
          claims,
          vapidKey: key,
          ttl: req.headers.ttl as string | undefined,
          contentEncoding: req.headers['content-encoding'],
          payload: JSON.parse(text),
          messageId: null,
        };
        peer.received.push(received);
      } catch (error) {
        peer.refused.push((error as Error).message);
        res.writeHead(400).end((error as Error).message);
        return;
      }
      const reply = peer.reply(subscriber);
      if (reply === 'hang') return;
      received.messageId = String(++peer.count);
      res.writeHead(reply.status, { location: `${peer.origin}/message/${received.messageId}` });
      res.end(reply.body ?? '');
    });
    return peer;
  }

  /** A new browser: a P-256 key pair and a 16-byte auth secret, with its endpoint at this service. */
  subscriber(): TestSubscriber {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const authSecret = randomBytes(16);
    const id = randomUUID();
    const subscriber = {
      id,
      endpoint: `${this.origin}/push/${id}`,
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth: authSecret.toString('base64url'),
      ecdh,
      authSecret,
    };
    this.subscribers.set(id, subscriber);
    return subscriber;
  }

  /** The last message the service read. */
  get last(): ReceivedPush {
    const last = this.received.at(-1);
    if (!last) throw new Error(`The push service read nothing (refused: ${this.refused.join('; ')})`);
    return last;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}
