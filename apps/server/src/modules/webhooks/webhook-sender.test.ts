import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, signature } from './webhook-sender.js';

let receiver: Server;
let port: number;
const received: string[] = [];
beforeAll(async () => {
  receiver = createServer((req, res) => {
    if (req.url === '/silent') return;
    if (req.url === '/stall') {
      res.writeHead(200, { 'content-length': '100' });
      res.write('half');
      return;
    }
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push(body);
      res.statusCode = req.url === '/fail' ? 503 : 204;
      res.end(req.url === '/fail' ? 'down for maintenance' : undefined);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      receiver.closeAllConnections();
      receiver.close(() => resolve());
    }),
);

const outgoing = (url: string) => ({ url, deliveryId: 'd1', type: 'ping', body: '{"n":1}', secret: 's' });

describe('one webhook POST', () => {
  it('refuses a name that resolves to a private address at the connection itself, sending nothing', async () => {
    const before = received.length;
    const attempt = await send(outgoing(`http://localhost:${port}/`), false);
    expect(attempt).toMatchObject({ status: null, delivered: false });
    expect(attempt.error).toContain('private address');
    expect(await send(outgoing(`http://127.0.0.1:${port}/`), false)).toMatchObject({ status: null });
    expect(received.length).toBe(before);
  });

  it('delivers on 2xx and keeps the start of a failed answer, when private hosts are allowed', async () => {
    expect(await send(outgoing(`http://localhost:${port}/`), true)).toEqual({
      status: 204,
      error: null,
      delivered: true,
    });
    expect(received.at(-1)).toBe('{"n":1}');
    expect(await send(outgoing(`http://127.0.0.1:${port}/fail`), true)).toEqual({
      status: 503,
      error: 'down for maintenance',
      delivered: false,
    });
  });

  it('gives up on a receiver that never answers, or answers and stalls its body, after the timeout', async () => {
    for (const path of ['/silent', '/stall']) {
      const started = Date.now();
      const attempt = await send(outgoing(`http://127.0.0.1:${port}${path}`), true, 300);
      expect(attempt, path).toEqual({ status: null, error: 'timed out', delivered: false });
      expect(Date.now() - started, path).toBeGreaterThanOrEqual(290);
    }
  });

  it('signs the time and the body', () => {
    expect(signature('s', '{}', 1700000000)).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(signature('s', '{}', 1700000000)).not.toBe(signature('t', '{}', 1700000000));
  });
});
