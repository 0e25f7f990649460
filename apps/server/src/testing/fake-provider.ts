import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the provider received it: the raw body, so tests see the exact encoding. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type FakeReply = { status?: number; body?: string | object; contentType?: string } | 'hang';

/**
 * A real HTTP peer in the test process that plays an SMS or Telegram provider: it records every
 * request and answers what the test scripted (`hang` never answers, for timeouts).
 */
export class FakeProvider {
  readonly received: ReceivedRequest[] = [];
  reply: (request: ReceivedRequest) => FakeReply = () => ({ status: 200, body: '' });

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeProvider> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeProvider(server, `http://127.0.0.1:${port}`);
    server.on('request', async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      fake.received.push(request);
      const reply = fake.reply(request);
      if (reply === 'hang') return;
      const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? '');
      const contentType =
        reply.contentType ??
        (typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json');
      res.writeHead(reply.status ?? 200, { 'content-type': contentType });
      res.end(body);
    });
    return fake;
  }

  /** The last request, which most tests look at. */
  get last(): ReceivedRequest {
    const last = this.received.at(-1);
    if (!last) throw new Error('The provider received nothing');
    return last;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** An address where nothing listens: a server is started to take a free port, then stopped. */
export async function refusingUrl(): Promise<string> {
  const fake = await FakeProvider.start();
  await fake.close();
  return fake.url;
}
