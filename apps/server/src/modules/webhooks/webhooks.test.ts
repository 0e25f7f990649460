import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, fieldOf, problemOf } from '../../testing/answers.js';
import { FakeProvider } from '../../testing/fake-provider.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const SECRET_KEY = 'test-only-key-webhooks-0123456789abcdefgh';
const CREATE = `mutation($input: WebhookInput!) { createWebhook(input: $input) {
  secret webhook { id name url events enabled } } }`;
const UPDATE = `mutation($id: ID!, $input: WebhookInput!) { updateWebhook(id: $id, input: $input) { id enabled } }`;
const DELETE = 'mutation($id: ID!) { deleteWebhook(id: $id) }';
const ROTATE = 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }';
const PING = 'mutation($id: ID!) { sendTestWebhook(id: $id) { id type state } }';
const REDELIVER = 'mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id state } }';
const LIST = '{ webhooks { id name lastDelivery { type state } } }';
const DELIVERIES = `query($id: ID!, $first: Int, $after: String) { webhookDeliveries(webhookId: $id, first: $first, after: $after) {
  edges { cursor node { id eventId type state nextAttemptAt attempts { at status error } } }
  pageInfo { hasNextPage endCursor } } }`;
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const ERASE = 'mutation($id: ID!) { eraseCustomer(id: $id) { customerId } }';
const AUDIT = `query($types: [AuditEventType!]) { auditEvents(types: $types, first: 50) { edges { node { type subject details } } } }`;

interface Delivery {
  id: string;
  eventId: string | null;
  type: string;
  state: string;
  nextAttemptAt: string | null;
  attempts: { at: string; status: number | null; error: string | null }[];
}

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let n = 0;

const hook = (url: string, events: string[], name = 'Till') => ({ name, url, events });
const create = async (w: TestWorkspace, input: object) =>
  (await w.as.ADMIN.requestOk(CREATE, { input })).createWebhook as {
    secret: string;
    webhook: { id: string; events: string[] };
  };
const newCustomer = async (w: TestWorkspace) => {
  n++;
  const { createCustomer } = await w.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
    input: { attributes: { firstName: `Hook${n}`, mobile: `+98912${String(1000000 + n).slice(-7)}` } },
  });
  return createCustomer.id as string;
};
const deliveries = async (w: TestWorkspace, id: string): Promise<Delivery[]> =>
  (await w.as.ADMIN.requestOk(DELIVERIES, { id })).webhookDeliveries.edges.map(
    (e: { node: Delivery }) => e.node,
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Hands committed events to the handler and runs the sender until `done` holds (or 10 s pass). */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    await server.app.outbox.drain();
    await server.app.jobs.kick('webhooks.deliver');
    if (await done()) return;
    await sleep(100);
  }
  throw new Error('timed out waiting for webhook deliveries');
}

/** Lets events and the sender run their course, for tests that expect nothing more to arrive. */
async function settle(): Promise<void> {
  await server.app.outbox.drain();
  await server.app.jobs.kick('webhooks.deliver');
  await sleep(300);
  await server.app.jobs.kick('webhooks.deliver');
}

function verifies(secret: string, header: string, body: string): boolean {
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
  if (!t || !v1) return false;
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex') === v1;
}

beforeAll(async () => {
  server = await startTestServer({
    secretKey: SECRET_KEY,
    webhooks: { allowPrivate: true, retryDelaysSeconds: [0.2, 0.2] },
  });
  ws = await server.workspace('Hooks club');
  other = await server.workspace('Other club');
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('webhook deliveries', () => {
  it('sends a created customer to the webhook, signed with the secret given at creation', async () => {
    const receiver = await FakeProvider.start();
    const elsewhere = await FakeProvider.start();
    try {
      const created = await create(ws, hook(`${receiver.url}/patron`, ['customer.created']));
      expect(created.secret).toMatch(/^whsec_/);
      await create(ws, hook(elsewhere.url, ['customer.deleted'], 'Deletions only'));
      const customerId = await newCustomer(ws);
      await until(() => receiver.received.length > 0);
      await settle();

      expect(receiver.received).toHaveLength(1);
      const request = receiver.last;
      expect(request.method).toBe('POST');
      expect(request.url).toBe('/patron');
      expect(request.headers['patron-event']).toBe('customer.created');
      expect(verifies(created.secret, String(request.headers['patron-signature']), request.body)).toBe(true);
      expect(verifies(`${created.secret}x`, String(request.headers['patron-signature']), request.body)).toBe(
        false,
      );
      const body = JSON.parse(request.body);
      expect(body).toMatchObject({ type: 'customer.created', workspaceId: ws.id, customerId });
      expect(body.actor).toMatchObject({ kind: 'staff' });
      expect(JSON.stringify(body.changes)).toContain(`Hook${n}`);

      const [delivery] = await deliveries(ws, created.webhook.id);
      expect(delivery).toMatchObject({
        id: request.headers['patron-delivery'],
        eventId: body.id,
        state: 'DELIVERED',
      });
      expect(delivery?.attempts.map((a) => a.status)).toEqual([200]);
      // The webhook for customer.deleted heard nothing of a creation.
      expect(elsewhere.received).toHaveLength(0);
    } finally {
      await receiver.close();
      await elsewhere.close();
    }
  });

  it('retries after a failed answer and ends DELIVERED with both attempts', async () => {
    const receiver = await FakeProvider.start();
    try {
      receiver.reply = () =>
        receiver.received.length === 1 ? { status: 500, body: 'down for a moment' } : { status: 204 };
      const { webhook } = await create(ws, hook(receiver.url, ['customer.created'], 'Flaky'));
      await newCustomer(ws);
      await until(async () => (await deliveries(ws, webhook.id))[0]?.state === 'DELIVERED');

      const [delivery] = await deliveries(ws, webhook.id);
      expect(delivery?.attempts.map((a) => [a.status, a.error])).toEqual([
        [500, 'down for a moment'],
        [204, null],
      ]);
      expect(receiver.received).toHaveLength(2);
      // One delivery id for both: the receiver dedupes on it.
      expect(receiver.received[0]?.headers['patron-delivery']).toBe(
        receiver.received[1]?.headers['patron-delivery'],
      );
      await deleteAll(ws);
    } finally {
      await receiver.close();
    }
  });

  it('gives up after the last retry, and sends again when asked', async () => {
    const receiver = await FakeProvider.start();
    try {
      receiver.reply = () => ({ status: 503 });
      const { webhook } = await create(ws, hook(receiver.url, ['customer.created'], 'Broken'));
      await newCustomer(ws);
      await until(async () => (await deliveries(ws, webhook.id))[0]?.state === 'FAILED');
      const [failed] = await deliveries(ws, webhook.id);
      // The first attempt and the two retries of the test schedule.
      expect(failed?.attempts.map((a) => a.status)).toEqual([503, 503, 503]);
      expect(failed?.nextAttemptAt).toBeNull();

      receiver.reply = () => ({ status: 200 });
      await ws.as.ADMIN.requestOk(REDELIVER, { id: failed?.id });
      await until(async () => (await deliveries(ws, webhook.id))[0]?.state === 'DELIVERED');
      expect((await deliveries(ws, webhook.id))[0]?.attempts).toHaveLength(4);
      await deleteAll(ws);
    } finally {
      await receiver.close();
    }
  });

  it('never sends another workspace’s events, and every type with "*"', async () => {
    const mine = await FakeProvider.start();
    const theirs = await FakeProvider.start();
    try {
      await create(ws, hook(mine.url, ['*'], 'Everything'));
      await create(other, hook(theirs.url, ['*'], 'Theirs'));
      const customerId = await newCustomer(ws);
      await until(() => mine.received.length > 0);
      await settle();
      expect(theirs.received).toHaveLength(0);
      expect(mine.received.every((r) => JSON.parse(r.body).workspaceId === ws.id)).toBe(true);
      expect(mine.received.some((r) => JSON.parse(r.body).customerId === customerId)).toBe(true);
      await deleteAll(ws);
      await deleteAll(other);
    } finally {
      await mine.close();
      await theirs.close();
    }
  });

  it('sends a ping on request, and lists each webhook’s last delivery', async () => {
    const receiver = await FakeProvider.start();
    try {
      const { webhook } = await create(ws, hook(receiver.url, ['customer.deleted'], 'Pinged'));
      const { sendTestWebhook } = await ws.as.ADMIN.requestOk(PING, { id: webhook.id });
      expect(sendTestWebhook).toMatchObject({ type: 'ping', state: 'PENDING' });
      await until(() => receiver.received.length > 0);
      expect(receiver.last.headers['patron-event']).toBe('ping');
      expect(JSON.parse(receiver.last.body)).toMatchObject({ id: sendTestWebhook.id, customerId: null });
      await until(async () => (await deliveries(ws, webhook.id))[0]?.state === 'DELIVERED');
      const { webhooks } = await ws.as.ADMIN.requestOk(LIST);
      expect(webhooks.find((w: { id: string }) => w.id === webhook.id).lastDelivery).toEqual({
        type: 'ping',
        state: 'DELIVERED',
      });
      await deleteAll(ws);
    } finally {
      await receiver.close();
    }
  });

  it('forgets an erased customer’s deliveries, and still tells of the erasure', async () => {
    const receiver = await FakeProvider.start();
    try {
      const { webhook } = await create(
        ws,
        hook(receiver.url, ['customer.created', 'customer.erased'], 'Erasures'),
      );
      const customerId = await newCustomer(ws);
      await until(async () => (await deliveries(ws, webhook.id))[0]?.state === 'DELIVERED');
      await ws.as.ADMIN.requestOk(ERASE, { id: customerId });
      await until(async () => (await deliveries(ws, webhook.id))[0]?.type === 'customer.erased');
      const left = await deliveries(ws, webhook.id);
      expect(left.map((d) => d.type)).toEqual(['customer.erased']);
      expect(receiver.last.body).not.toContain(`Hook${n}`);
      await deleteAll(ws);
    } finally {
      await receiver.close();
    }
  });

  it('stops the pending deliveries of a disabled webhook', async () => {
    const receiver = await FakeProvider.start();
    try {
      receiver.reply = () => ({ status: 500 });
      const input = hook(receiver.url, ['customer.created'], 'Paused');
      const { webhook } = await create(ws, input);
      await newCustomer(ws);
      await until(async () => (await deliveries(ws, webhook.id))[0]?.attempts.length === 1);
      await ws.as.ADMIN.requestOk(UPDATE, { id: webhook.id, input: { ...input, enabled: false } });
      const sent = receiver.received.length;
      await sleep(300);
      await settle();
      expect(receiver.received).toHaveLength(sent);
      expect((await deliveries(ws, webhook.id))[0]?.state).toBe('CANCELLED');
      expect(problemOf(await ws.as.ADMIN.request(PING, { id: webhook.id }))).toBe('WEBHOOK_DISABLED');
      await deleteAll(ws);
    } finally {
      await receiver.close();
    }
  });
});

describe('managing webhooks', () => {
  it('keeps the secret encrypted, rotates it, and audits every change without it', async () => {
    const { webhook, secret } = await create(
      ws,
      hook('https://shop.example.com/patron', ['customer.created']),
    );
    const [row] = await server.app.services.sql.query<{ secret: string }>(
      'select secret from webhook where workspace_id = ? and id = ?',
      [ws.id, webhook.id],
    );
    expect(row?.secret).toMatch(/^v1\./);
    expect(row?.secret).not.toContain(secret);
    expect(row?.secret).not.toContain(secret.slice(6));
    const { rotateWebhookSecret } = await ws.as.ADMIN.requestOk(ROTATE, { id: webhook.id });
    expect(rotateWebhookSecret.secret).toMatch(/^whsec_/);
    expect(rotateWebhookSecret.secret).not.toBe(secret);
    await ws.as.ADMIN.requestOk(DELETE, { id: webhook.id });
    expect(
      await ws.as.ADMIN.requestOk('query($id: ID!) { webhook(id: $id) { id } }', { id: webhook.id }),
    ).toEqual({
      webhook: null,
    });

    const { auditEvents } = await ws.as.ADMIN.requestOk(AUDIT, {
      types: ['WEBHOOK_CREATED', 'WEBHOOK_SECRET_ROTATED', 'WEBHOOK_DELETED'],
    });
    const mine = auditEvents.edges
      .map((e: { node: { type: string; details: { id?: string } } }) => e.node)
      .filter((e: { details: { id?: string } }) => e.details.id === webhook.id);
    expect(mine.map((e: { type: string }) => e.type).sort()).toEqual([
      'WEBHOOK_CREATED',
      'WEBHOOK_DELETED',
      'WEBHOOK_SECRET_ROTATED',
    ]);
    expect(JSON.stringify(mine)).not.toContain('whsec_');
  });

  it('refuses unknown and missing events, and other workspaces’ webhooks are not found', async () => {
    const unknown = await ws.as.ADMIN.request(CREATE, {
      input: hook('https://a.example.com', ['customer.nope']),
    });
    expect(problemOf(unknown)).toBe('WEBHOOK_EVENT_UNKNOWN');
    expect(fieldOf(unknown)).toEqual(['input', 'events', 0]);
    expect(problemOf(await ws.as.ADMIN.request(CREATE, { input: hook('https://a.example.com', []) }))).toBe(
      'WEBHOOK_EVENTS_REQUIRED',
    );
    const { webhook } = await create(other, hook('https://b.example.com', ['customer.created']));
    expect(problemOf(await ws.as.ADMIN.request(DELETE, { id: webhook.id }))).toBe('WEBHOOK_NOT_FOUND');
    expect(problemOf(await ws.as.ADMIN.request(PING, { id: webhook.id }))).toBe('WEBHOOK_NOT_FOUND');
    await other.as.ADMIN.requestOk(DELETE, { id: webhook.id });
  });

  it('prunes finished deliveries after 30 days, never pending ones', async () => {
    const { webhook } = await create(ws, hook('https://shop.example.com/old', ['customer.created'], 'Old'));
    const { sql } = server.app.services;
    const insert = (state: string, daysAgo: number) =>
      sql.query<{ id: string }>(
        `insert into webhook_delivery (workspace_id, webhook_id, type, payload, state, created_at)
         values (?, ?, 'ping', '{}'::jsonb, ?, now() - make_interval(days => ?)) returning id`,
        [ws.id, webhook.id, state, daysAgo],
      );
    const [old] = await insert('DELIVERED', 31);
    const [recent] = await insert('FAILED', 29);
    const [waiting] = await insert('PENDING', 40);
    await server.app.jobs.kick('webhooks.prune');
    const left = (await deliveries(ws, webhook.id)).map((d) => d.id);
    expect(left).not.toContain(old?.id);
    expect(left).toEqual(expect.arrayContaining([recent?.id, waiting?.id]));
    await deleteAll(ws);
  });

  it('is for admins only', async () => {
    for (const role of ['MANAGER', 'OPERATOR', 'ANALYST'] as const) {
      const answer = await ws.as[role].request(CREATE, { input: hook('https://a.example.com', ['*']) });
      expect(problemOf(answer), role).toBe('FORBIDDEN');
      expect(problemOf(await ws.as[role].request(LIST)), role).toBe('FORBIDDEN');
    }
  });
});

describe('without PATRON_WEBHOOK_ALLOW_PRIVATE nor a secret key', () => {
  let strict: TestServer;
  let w: TestWorkspace;
  beforeAll(async () => {
    strict = await startTestServer({ secretKey: null });
    w = await strict.workspace('Strict club');
  }, 120_000);
  afterAll(async () => {
    await strict?.close();
  });

  it.each([
    ['http://shop.example.com/hook', 'WEBHOOK_URL_NOT_HTTPS'],
    ['https://10.0.0.5/hook', 'WEBHOOK_URL_PRIVATE'],
    ['https://127.0.0.1:8443/hook', 'WEBHOOK_URL_PRIVATE'],
    ['https://[::1]/hook', 'WEBHOOK_URL_PRIVATE'],
    ['https://169.254.169.254/latest', 'WEBHOOK_URL_PRIVATE'],
    ['https://localhost/hook', 'WEBHOOK_URL_PRIVATE'],
    ['ftp://shop.example.com', 'WEBHOOK_URL_INVALID'],
    ['not a url', 'WEBHOOK_URL_INVALID'],
  ])('refuses %s', async (url, code) => {
    const answer: Answer = await w.as.ADMIN.request(CREATE, { input: hook(url, ['customer.created']) });
    expect(problemOf(answer)).toBe(code);
    expect(fieldOf(answer)).toEqual(['input', 'url']);
  });

  it('refuses to make a secret it cannot keep', async () => {
    const answer = await w.as.ADMIN.request(CREATE, { input: hook('https://shop.example.com', ['*']) });
    expect(problemOf(answer)).toBe('WEBHOOK_SECRET_KEY_MISSING');
  });
});

/** Each test's webhooks go, so later ones see only their own deliveries. */
async function deleteAll(w: TestWorkspace): Promise<void> {
  const { webhooks } = await w.as.ADMIN.requestOk(LIST);
  for (const { id } of webhooks) await w.as.ADMIN.requestOk(DELETE, { id });
}
