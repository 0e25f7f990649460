import { createHash } from 'node:crypto';
import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  secret key { id name prefix permissions requestsPerMinute status createdBy expiresAt lastUsedAt } } }`;
const KEYS = `{ apiKeys { id name prefix permissions requestsPerMinute status createdAt createdBy expiresAt
  lastUsedAt revokedAt revokedBy } }`;
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id status revokedAt revokedBy } }';
const AUDIT =
  '{ auditEvents(types: [API_KEY_CREATED, API_KEY_REVOKED]) { edges { node { type subject actor { kind name } details } } } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const FIND_BY_MOBILE =
  'query($s: [String!]) { customers(search: $s, first: 5) { edges { node { id firstName } } } }';
const ADJUST = `mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) {
  id amount balanceAfter actor { kind id name } } }`;
const UPDATE =
  'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }';
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [CUSTOMER_UPDATED, BALANCE_CHANGED]) {
  edges { node { type actor { kind id name } } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;

interface NewKey {
  secret: string;
  key: { id: string; name: string; prefix: string; permissions: string[]; status: string };
}

async function createKey(input: Record<string, unknown>, as: TestWorkspace = ws): Promise<NewKey> {
  return (await as.as.ADMIN.requestOk(CREATE_KEY, { input: { name: 'Till 1', ...input } })).createApiKey;
}

function keyClient(secret: string): GraphQLClient {
  const client = new GraphQLClient(server.graphqlUrl);
  client.headers.authorization = `Bearer ${secret}`;
  return client;
}

/** A raw request, to see the HTTP status and headers. */
function post(headers: Record<string, string>, query: string, variables?: object): Promise<Response> {
  return fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(text, params);
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
});
afterAll(async () => server?.close());

describe('creating and listing keys', () => {
  it('shows the secret once and stores only its SHA-256; the list shows the rest', async () => {
    const created = await createKey({
      name: ' Web shop ',
      permissions: ['customers.read', 'customers.read'],
    });
    expect(created.secret).toMatch(/^ptn_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(`ptn_${created.key.prefix}_`)).toBe(true);
    expect(created.key).toMatchObject({
      name: 'Web shop',
      permissions: ['customers.read'],
      requestsPerMinute: 600,
      status: 'ACTIVE',
      createdBy: 'Ada Admin',
      expiresAt: null,
      lastUsedAt: null,
    });

    const [row] = await sql<Record<string, unknown>>('select * from api_key where id = ?', [created.key.id]);
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(13));
    expect(row?.secret_hash).toBe(createHash('sha256').update(created.secret).digest('hex'));

    const listed = await ws.as.ADMIN.request(KEYS);
    expect(JSON.stringify(listed)).not.toContain(created.secret.slice(13));
    expect(listed.data.apiKeys.find((k: { id: string }) => k.id === created.key.id)).toMatchObject({
      name: 'Web shop',
      prefix: created.key.prefix,
      createdBy: 'Ada Admin',
      revokedAt: null,
    });
  });

  it('is for admins only: no shipped role holds apiKeys.manage', async () => {
    for (const role of ['MANAGER', 'OPERATOR', 'ANALYST'] as const) {
      const listed = await ws.as[role].request(KEYS);
      expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const made = await ws.as[role].request(CREATE_KEY, {
        input: { name: 'x', permissions: ['customers.read'] },
      });
      expect(made.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const { apiKeyPermissions } = await ws.as.ADMIN.requestOk('{ apiKeyPermissions { name description } }');
    const names = apiKeyPermissions.map((p: { name: string }) => p.name);
    expect(names).toContain('loyalty.adjust');
    expect(names).not.toContain('apiKeys.manage');
    expect(names).not.toContain('staff.manage');
  });

  it('checks every permission, the expiry and the rate', async () => {
    const bad = await ws.as.ADMIN.request(CREATE_KEY, {
      input: {
        name: '  ',
        permissions: ['customers.read', 'customers.fly', 'apiKeys.manage', 'staff.manage'],
        expiresAt: new Date(Date.now() - 1000).toISOString(),
        requestsPerMinute: 0,
      },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0]?.extensions?.fields as { path: unknown[]; problem: { code: string } }[];
    expect(fields.map((f) => [f.path.join('.'), f.problem.code])).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.permissions.1', 'API_KEY_PERMISSION_UNKNOWN'],
      ['input.permissions.2', 'API_KEY_PERMISSION_PERSON_ONLY'],
      ['input.permissions.3', 'API_KEY_PERMISSION_PERSON_ONLY'],
      ['input.requestsPerMinute', 'NUMBER_RANGE'],
      ['input.expiresAt', 'EXPIRY_NOT_FUTURE'],
    ]);
    const none = await ws.as.ADMIN.request(CREATE_KEY, { input: { name: 'x', permissions: [] } });
    expect(none.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'API_KEY_PERMISSIONS_REQUIRED' });
    const [count] = await sql<{ n: string }>('select count(*) as n from api_key where name = ?', ['x']);
    expect(Number(count?.n)).toBe(0);
  });
});

describe('a partner app calling with its key', () => {
  it('finds a customer by mobile, adds points and updates them; history names the key', async () => {
    const { id: customerId } = (
      await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
        input: { attributes: { firstName: 'Nima', mobile: '+98 912 345 6789' } },
      })
    ).createCustomer;
    const { secret, key } = await createKey({
      name: 'Till 7',
      permissions: ['customers.read', 'customers.write', 'loyalty.adjust'],
    });
    const till = keyClient(secret);

    for (const mobile of ['09123456789', '+989123456789']) {
      const found = await till.requestOk(FIND_BY_MOBILE, { s: [mobile] });
      expect(found.customers.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([customerId]);
    }
    const adjusted = await till.requestOk(ADJUST, {
      input: { customerId, currency: 'coins', amount: 50, reason: 'Purchase', idempotencyKey: 'till-7-1' },
    });
    expect(adjusted.adjustBalance.actor).toEqual({ kind: 'apiKey', id: key.id, name: 'Till 7' });
    await till.requestOk(UPDATE, { id: customerId, input: { attributes: { lastName: 'Karimi' } } });

    const history = await ws.as.MANAGER.requestOk(HISTORY, { id: customerId });
    const events = history.customer.history.edges.map((e: { node: unknown }) => e.node);
    expect(events).toEqual(
      expect.arrayContaining([
        { type: 'BALANCE_CHANGED', actor: { kind: 'apiKey', id: key.id, name: 'Till 7' } },
        { type: 'CUSTOMER_UPDATED', actor: { kind: 'apiKey', id: key.id, name: 'Till 7' } },
      ]),
    );
    const listed = (await ws.as.ADMIN.requestOk(KEYS)).apiKeys.find((k: { id: string }) => k.id === key.id);
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('holds only its own permissions, in its own workspace', async () => {
    const { secret } = await createKey({ permissions: ['customers.read'] });
    const reader = keyClient(secret);
    const write = await reader.request(CREATE_CUSTOMER, { input: { attributes: { firstName: 'No' } } });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { id: elsewhere } = (
      await other.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
        input: { attributes: { firstName: 'Elsewhere' } },
      })
    ).createCustomer;
    const peek = await reader.request('query($id: ID!) { customer(id: $id) { id } }', { id: elsewhere });
    expect(peek.data?.customer ?? null).toBeNull();
    const all = await reader.requestOk('{ customers(first: 50) { edges { node { firstName } } } }');
    expect(JSON.stringify(all)).not.toContain('Elsewhere');
  });
});

describe('attacks with keys that now fail', () => {
  it('a made-up, malformed or non-Bearer key is refused with 401, never served as anonymous', async () => {
    const made = `ptn_abcdefgh_${'A'.repeat(43)}`;
    for (const authorization of [`Bearer ${made}`, 'Bearer nonsense', 'Bearer ', 'Basic YWRtaW46YWRtaW4=']) {
      const res = await post({ authorization }, '{ me { id } }');
      expect(res.status, authorization).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      const body = (await res.json()) as { data?: unknown; errors: { extensions: unknown }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]?.extensions).toEqual({
        code: 'UNAUTHENTICATED',
        problem: { code: 'API_KEY_INVALID', params: {} },
      });
    }
  });

  it('a bad key next to an admin’s session cookie does not borrow the session', async () => {
    const cookie = [...ws.as.ADMIN.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    const res = await post({ cookie, authorization: 'Bearer nonsense' }, KEYS);
    expect(res.status).toBe(401);
    const { secret } = await createKey({ permissions: ['customers.read'] });
    const withCookie = keyClient(secret);
    for (const [n, v] of ws.as.ADMIN.cookies) withCookie.cookies.set(n, v);
    const keys = await withCookie.request(KEYS);
    expect(keys.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'API_KEY_PERSON_ONLY' });
    expect((await withCookie.requestOk('{ me { id } }')).me).toBeNull();
  });

  it('a revoked key stops at once, even right after it was used', async () => {
    const { secret, key } = await createKey({ name: 'Leaked', permissions: ['customers.read'] });
    const leaked = keyClient(secret);
    await leaked.requestOk('{ customerCount }');
    const revoked = await ws.as.ADMIN.requestOk(REVOKE, { id: key.id });
    expect(revoked.revokeApiKey).toMatchObject({ status: 'REVOKED', revokedBy: 'Ada Admin' });
    const after = await leaked.request('{ customerCount }');
    expect(after.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      problem: { code: 'API_KEY_REVOKED' },
    });
    const again = await ws.as.ADMIN.requestOk(REVOKE, { id: key.id });
    expect(again.revokeApiKey.revokedAt).toBe(revoked.revokeApiKey.revokedAt);
  });

  it('an expired key is refused', async () => {
    const { secret } = await createKey({
      permissions: ['customers.read'],
      expiresAt: new Date(Date.now() + 1500).toISOString(),
    });
    await keyClient(secret).requestOk('{ customerCount }');
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const late = await keyClient(secret).request('{ customerCount }');
    expect(late.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'API_KEY_EXPIRED' });
    const listed = (await ws.as.ADMIN.requestOk(KEYS)).apiKeys;
    expect(listed.some((k: { status: string }) => k.status === 'EXPIRED')).toBe(true);
  });

  it('another workspace’s admin cannot revoke the key', async () => {
    const { key } = await createKey({ permissions: ['customers.read'] });
    const foreign = await other.as.ADMIN.request(REVOKE, { id: key.id });
    expect(foreign.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'API_KEY_NOT_FOUND' });
    const [row] = await sql<{ revoked_at: Date | null }>('select revoked_at from api_key where id = ?', [
      key.id,
    ]);
    expect(row?.revoked_at).toBeNull();
  });

  it('a key cannot act as a person: sign in or out, own settings, segments, bulk jobs, keys, staff', async () => {
    const { secret } = await createKey({
      permissions: ['customers.read', 'customers.write', 'customers.delete'],
    });
    const partner = keyClient(secret);
    const attempts = [
      `mutation { login(email: "${ws.emails.ADMIN}", password: "correct-horse-battery") { id } }`,
      'mutation { logout }',
      'mutation { updateMyPreferences(input: { locale: FA }) { locale } }',
      '{ mySessions { id } }',
      'mutation { signOutEverywhere(keepCurrent: false) }',
      'mutation { updateMyCustomerColumns(columns: []) { id } }',
      '{ segments { id } }',
      'mutation { createSegment(input: { name: "Mine", shared: true }) { id } }',
      'mutation { startBulkAction(selection: { all: true }, action: { kind: DELETE }) { id } }',
      KEYS,
      `mutation { createApiKey(input: { name: "Stronger", permissions: ["loyalty.adjust"] }) { secret } }`,
      '{ auditEvents { edges { node { type } } } }',
      '{ staffMembers { id } }',
    ];
    for (const attempt of attempts) {
      const answer = await partner.request(attempt);
      expect(answer.errors?.[0]?.extensions, attempt).toMatchObject({
        code: 'FORBIDDEN',
        problem: { code: 'API_KEY_PERSON_ONLY' },
      });
    }
    expect(partner.cookies.size).toBe(0);
    const [keys] = await sql<{ n: string }>('select count(*) as n from api_key where name = ?', ['Stronger']);
    expect(Number(keys?.n)).toBe(0);
  });
});

describe('the rate limit per key', () => {
  it('answers HTTP 429 with Retry-After and RATE_LIMITED past the limit, for that key only', async () => {
    const slow = await createKey({
      name: 'Slow till',
      permissions: ['customers.read'],
      requestsPerMinute: 3,
    });
    const busy = await createKey({
      name: 'Busy till',
      permissions: ['customers.read'],
      requestsPerMinute: 600,
    });
    const auth = (k: NewKey) => ({ authorization: `Bearer ${k.secret}` });
    for (let i = 0; i < 3; i++) expect((await post(auth(slow), '{ customerCount }')).status).toBe(200);
    const over = await post(auth(slow), '{ customerCount }');
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(20);
    const body = (await over.json()) as { errors: { extensions: unknown }[] };
    expect(body.errors[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      problem: { code: 'API_KEY_RATE_LIMITED', params: { limit: 3, retryAfterSeconds: retryAfter } },
    });
    expect((await post(auth(busy), '{ customerCount }')).status).toBe(200);
  });
});

describe('the audit log', () => {
  it('records who created and revoked which key', async () => {
    const { key } = await createKey({ name: 'Audited', permissions: ['loyalty.read'] }, other);
    await other.as.ADMIN.requestOk(REVOKE, { id: key.id });
    await other.as.ADMIN.requestOk(REVOKE, { id: key.id });
    const events = (await other.as.ADMIN.requestOk(AUDIT)).auditEvents.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(events).toEqual([
      {
        type: 'API_KEY_REVOKED',
        subject: key.id,
        actor: { kind: 'staff', name: 'Ada Admin' },
        details: { name: 'Audited', prefix: key.prefix },
      },
      {
        type: 'API_KEY_CREATED',
        subject: key.id,
        actor: { kind: 'staff', name: 'Ada Admin' },
        details: {
          name: 'Audited',
          prefix: key.prefix,
          permissions: ['loyalty.read'],
          requestsPerMinute: 600,
          expiresAt: null,
        },
      },
    ]);
  });
});
