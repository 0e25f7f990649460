import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../testing/harness.js';

/** Bad input of every kind is a coded refusal naming the field, never an internal error. */

let server: TestServer;
let ws: TestWorkspace;
let customerId: string;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  const created = await ws.as.ADMIN.requestOk(
    'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    { input: { attributes: { firstName: 'Zahra', mobile: '+989121234567' } } },
  );
  customerId = created.createCustomer.id;
});
afterAll(async () => server?.close());

interface Refused {
  code: unknown;
  problem: unknown;
  path: unknown;
}

async function refused(client: GraphQLClient, query: string, variables: Record<string, unknown>) {
  const answer = await client.request(query, variables);
  const error = answer.errors?.[0];
  return {
    code: error?.extensions?.code,
    problem: (error?.extensions?.problem as { code?: unknown } | undefined)?.code,
    path: error?.extensions?.path,
  } satisfies Refused;
}

const SEARCH = 'query($search: [String!]) { customers(first: 5, search: $search) { totalCount } }';
const CREATE_TAG = 'mutation($input: TagInput!) { createTag(input: $input) { id } }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';
const PURCHASE = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const PREVIEW = 'mutation($input: BalanceBatchInput!) { previewBalanceBatch(input: $input) { id } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';

describe('a NUL byte or a broken character in any text', () => {
  it('is refused in a search chip, naming the chip', async () => {
    expect(await refused(ws.as.ADMIN, SEARCH, { search: ['ok', 'a\u0000b'] })).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'TEXT_UNSTORABLE',
      path: ['search', 1],
    });
  });

  it('is refused in a tag name and in an idempotency key', async () => {
    expect(
      await refused(ws.as.ADMIN, CREATE_TAG, { input: { name: 'vip\u0000', color: '#ff0000' } }),
    ).toEqual({ code: 'BAD_USER_INPUT', problem: 'TEXT_UNSTORABLE', path: ['input', 'name'] });
    const input = { customerId, currency: 'coins', amount: 5, reason: 'x', idempotencyKey: 'k\u0000' };
    expect(await refused(ws.as.ADMIN, ADJUST, { input })).toMatchObject({
      problem: 'TEXT_UNSTORABLE',
      path: ['input', 'idempotencyKey'],
    });
  });

  it('is refused inside JSON values and their keys', async () => {
    for (const attributes of [{ firstName: 'A\u0000' }, { 'first\u0000Name': 'A' }]) {
      expect(await refused(ws.as.ADMIN, CREATE_CUSTOMER, { input: { attributes } })).toMatchObject({
        code: 'BAD_USER_INPUT',
        problem: 'TEXT_UNSTORABLE',
      });
    }
  });

  it('refuses a lone surrogate, which could only be stored as a different character', async () => {
    expect(
      await refused(ws.as.ADMIN, CREATE_TAG, { input: { name: 'vip\ud800', color: '#ff0000' } }),
    ).toEqual({ code: 'BAD_USER_INPUT', problem: 'TEXT_UNSTORABLE', path: ['input', 'name'] });
  });

  it('keeps tabs, new lines, emoji and Persian text with ZWNJ', async () => {
    await ws.as.ADMIN.requestOk(CREATE_TAG, { input: { name: 'می‌خواهم 🎉', color: '#00ff00' } });
    await ws.as.ADMIN.requestOk(SEARCH, { search: ['a\tb'] });
  });
});

describe('idempotency keys', () => {
  it('refuses a key of only spaces for a balance adjustment and a purchase', async () => {
    const adjust = { customerId, currency: 'coins', amount: 5, reason: 'x', idempotencyKey: '   ' };
    expect(await refused(ws.as.ADMIN, ADJUST, { input: adjust })).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'IDEMPOTENCY_KEY_FORMAT',
      path: ['input', 'idempotencyKey'],
    });
    const purchase = { customerId, amount: 10, paymentStatus: 'PAID', idempotencyKey: ' \t ' };
    expect(await refused(ws.as.ADMIN, PURCHASE, { input: purchase })).toMatchObject({
      problem: 'IDEMPOTENCY_KEY_FORMAT',
      path: ['input', 'idempotencyKey'],
    });
  });
});

describe('sign-in with oversize credentials', () => {
  it('refuses a 5 MB email, a long one and a password over 1,000 characters before hashing anything', async () => {
    const anonymous = new GraphQLClient(server.graphqlUrl);
    // 5 MB never reaches GraphQL: the body limit answers it as a coded refusal.
    const huge = `${'a'.repeat(5 * 1024 * 1024)}@example.com`;
    expect(await refused(anonymous, LOGIN, { e: huge, p: 'whatever-pass' })).toMatchObject({
      problem: 'BODY_TOO_LARGE',
    });
    const long = `${'a'.repeat(300)}@example.com`;
    expect(await refused(anonymous, LOGIN, { e: long, p: 'whatever-pass' })).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'TOO_LONG',
      path: ['email'],
    });
    expect(await refused(anonymous, LOGIN, { e: ws.emails.ADMIN, p: 'x'.repeat(1001) })).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'TOO_LONG',
      path: ['password'],
    });
  });
});

describe('a bulk balance file that is not text', () => {
  it('refuses an unclosed quote with its line', async () => {
    const csv = '+989121234567,5\n"+989121234568,5\n+989121234569,5\n';
    const answer = await ws.as.ADMIN.request(PREVIEW, {
      input: { currency: 'coins', identifier: 'MOBILE', csv },
    });
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.problem).toEqual({ code: 'CSV_QUOTE_NOT_CLOSED', params: { line: 2 } });
    expect(error?.extensions?.path).toEqual(['input', 'csv']);
  });

  it('refuses binary content with its line', async () => {
    const csv = '+989121234567,5\n+989121234568,5\nPK\u0003\u0004\u0014\ufffd\ufffd,1\n';
    const answer = await ws.as.ADMIN.request(PREVIEW, {
      input: { currency: 'coins', identifier: 'MOBILE', csv },
    });
    expect(answer.errors?.[0]?.extensions?.problem).toEqual({ code: 'CSV_NOT_TEXT', params: { line: 3 } });
  });

  it('credits no coins for a hexadecimal amount', async () => {
    const csv = '+989121234567,0x10\n+989121234567,1e3\n+989121234567,Infinity\n';
    const answer = await ws.as.ADMIN.requestOk(
      'mutation($input: BalanceBatchInput!) { previewBalanceBatch(input: $input) { totalLines invalid } }',
      { input: { currency: 'coins', identifier: 'MOBILE', csv } },
    );
    expect(answer.previewBalanceBatch).toEqual({ totalLines: 3, invalid: 3 });
  });
});

describe('names made of nothing visible', () => {
  const invisible = ['\u200b\u200c', '\u202e\u202d ', '\ufeff\u00ad', '\u2066\u2069\u2060', ' \u200f '];
  const cases: [string, string, (name: string) => Record<string, unknown>, string, (string | number)[]][] = [
    [
      'tag',
      CREATE_TAG,
      (name) => ({ input: { name, color: '#ff0000' } }),
      'TAG_NAME_LENGTH',
      ['input', 'name'],
    ],
    [
      'segment',
      'mutation($input: SegmentInput!) { createSegment(input: $input) { id } }',
      (name) => ({ input: { name } }),
      'SEGMENT_NAME_LENGTH',
      ['input', 'name'],
    ],
    [
      'group',
      'mutation($input: CustomerGroupInput!) { createGroup(input: $input) { id } }',
      (name) => ({ input: { name } }),
      'GROUP_NAME_LENGTH',
      ['input', 'name'],
    ],
    [
      'currency',
      'mutation($input: CurrencyInput!) { createCurrency(input: $input) { id } }',
      (name) => ({ input: { key: 'gems', decimals: 0, unitValue: 1, name: { en: name, fa: name } } }),
      'NAME_IN_ONE_LANGUAGE',
      ['input', 'name'],
    ],
    [
      'attribute group label',
      'mutation($label: LocalizedTextInput!) { createAttributeGroup(key: "extra", label: $label) { key } }',
      (name) => ({ label: { ru: name } }),
      'LABEL_IN_ONE_LANGUAGE',
      ['label'],
    ],
    [
      'staff member',
      'mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }',
      (name) => ({
        input: { email: 'new@test.patron', name, password: 'long-enough-pass', role: 'OPERATOR' },
      }),
      'REQUIRED',
      ['input', 'name'],
    ],
  ];

  it.each(cases)(
    'refuses a %s name of invisible or direction characters',
    async (_, query, vars, problem, path) => {
      for (const name of invisible) {
        expect(await refused(ws.as.ADMIN, query, vars(name)), JSON.stringify(name)).toEqual({
          code: 'BAD_USER_INPUT',
          problem,
          path,
        });
      }
    },
  );

  it('stores no customer name made of invisible characters', async () => {
    const created = await ws.as.ADMIN.requestOk(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { displayName attributes } }',
      { input: { attributes: { firstName: '\u200b\u202e', lastName: 'Karimi\u200f' } } },
    );
    expect(created.createCustomer.attributes.firstName).toBeUndefined();
    expect(created.createCustomer.displayName).toBe('Karimi\u200f');
  });
});
