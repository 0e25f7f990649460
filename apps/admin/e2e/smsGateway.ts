import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the club's SMS gateway was asked to send (the HTTP SMS channel's JSON body). */
export interface SentSms {
  to: string;
  text: string;
}

/**
 * The club's SMS gateway: a real HTTP receiver in the test process, for the workspace's SMS account
 * (`url`). Every message it took is in `sent`, in the order they came.
 */
export async function startSmsGateway(): Promise<{ url: string; sent: SentSms[]; close(): Promise<void> }> {
  const sent: SentSms[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    sent.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`,
    sent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
