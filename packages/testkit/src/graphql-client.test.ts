import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GraphQLClient } from './index.js';

// A fake GraphQL endpoint: `login` sets a session cookie, `logout` expires it, `me` reports the cookie.
const server = createServer(async (req: IncomingMessage, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const { query } = JSON.parse(body) as { query: string };
  res.setHeader('content-type', 'application/json');
  if (query.includes('login')) res.setHeader('set-cookie', ['sid=abc=1; Path=/; HttpOnly', 'theme=dark']);
  if (query.includes('logout')) res.setHeader('set-cookie', 'sid=; Max-Age=0');
  const errors = [{ message: 'nope', path: ['fail'] }];
  res.end(JSON.stringify(query.includes('fail') ? { errors } : { data: { me: req.headers.cookie ?? null } }));
});
let client: GraphQLClient;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new GraphQLClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

it('keeps cookies between requests and forgets expired ones', async () => {
  expect(await client.requestOk('{ me }')).toEqual({ me: null });
  await client.requestOk('mutation { login }');
  expect(await client.requestOk<{ me: string }>('{ me }')).toEqual({ me: 'sid=abc=1; theme=dark' });
  await client.requestOk('mutation { logout }');
  expect((await client.request('{ me }')).data).toEqual({ me: 'theme=dark' });
});

it('returns errors from request() and throws them from requestOk()', async () => {
  expect((await client.request('{ fail }')).errors).toEqual([{ message: 'nope', path: ['fail'] }]);
  await expect(client.requestOk('{ fail }')).rejects.toThrow(/"message": "nope"/);
});
