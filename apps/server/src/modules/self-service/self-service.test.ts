import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldOf, problemOf } from '../../testing/answers.js';
import {
  type SmtpPeer,
  startSmtpPeer,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';

const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const ADJUST = `mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }`;
const INVITE = `mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link expiresAt emailed } }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setSelfServicePassword(token: $token, password: $password) { customerId firstName } }`;
const SIGN_IN = `mutation($w: ID!, $l: String!, $p: String!) {
  customerSignIn(workspace: $w, login: $l, password: $p) { customerId firstName } }`;
const SIGN_OUT = 'mutation { customerSignOut }';
const ACCOUNT = `{ myAccount { customerId firstName lastName cardNumber number tier { key }
  balances { currency { key } amount value } consents { kind state } } }`;
const OPERATIONS = `query($after: String) { myOperations(first: 1, after: $after) {
  edges { cursor node { id currency kind amount reason } } pageInfo { hasNextPage endCursor } } }`;
const PURCHASES = '{ myPurchases { edges { node { invoiceNumber amount } } } }';
const CHANGE = `mutation($c: String!, $n: String!) { changeMyAccountPassword(currentPassword: $c, newPassword: $n) }`;
const SEND = `mutation($s: String!, $t: String!) { sendRequest(subject: $s, text: $t) { id subject status answer } }`;
const MINE = '{ myRequests { id subject status answer } }';
const REQUESTS = `query($status: CustomerRequestStatus) { customerRequests(status: $status) {
  edges { node { id customerId customerName subject status answer answeredBy { name } } } } }`;
const ANSWER = `mutation($id: ID!, $t: String!) { answerCustomerRequest(id: $id, text: $t) { id status answer } }`;
const CLOSE = 'mutation($id: ID!) { closeCustomerRequest(id: $id) { id status } }';
const HISTORY = `query($id: ID!) { customer(id: $id) { history(first: 20) { edges { node { type actor { kind name } } } } } }`;
const CUSTOMERS = '{ customers { totalCount } }';

let server: TestServer;
let peer: SmtpPeer;
let ws: TestWorkspace;
let other: TestWorkspace;
let n = 0;
const PASSWORD = 'customer-pass-1';
const tokenOf = (link: string) => new URL(link).searchParams.get('token') as string;
const client = () => new GraphQLClient(server.graphqlUrl);

async function newCustomer(w: TestWorkspace, attributes: Record<string, unknown> = {}): Promise<string> {
  n++;
  return (
    await w.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
      input: {
        attributes: {
          firstName: `Cust${n}`,
          mobile: `+98912${String(1000000 + n).slice(-7)}`,
          ...attributes,
        },
      },
    })
  ).createCustomer.id;
}

/** A customer with a password set through an invitation; its client is signed in. */
async function member(w: TestWorkspace, attributes: Record<string, unknown> = {}) {
  const id = await newCustomer(w, attributes);
  const { inviteCustomerToSelfService: invite } = await w.as.OPERATOR.requestOk(INVITE, { id });
  const c = client();
  await c.requestOk(SET_PASSWORD, { token: tokenOf(invite.link), password: PASSWORD });
  return { id, client: c };
}

beforeAll(async () => {
  peer = await startSmtpPeer();
  server = await startTestServer({ secretKey: 'test-only-key-0123456789abcdef0123456789' });
  ws = await server.workspace();
  other = await server.workspace();
});
afterAll(async () => {
  await server?.close();
  await peer?.close();
});

describe('self-service', () => {
  it('invitation, password, sign-in, account and operations without staff comments, password change', async () => {
    const id = await newCustomer(ws, {
      mobile: '+989121234567',
      email: 'Shirin@Example.com',
      lastName: 'Kia',
    });
    await ws.as.ADMIN.requestOk(ADJUST, {
      input: {
        customerId: id,
        currency: 'coins',
        amount: 25,
        reason: 'Welcome gift',
        comment: 'INTERNAL-NOTE-X',
        idempotencyKey: `k-${id}-1`,
      },
    });
    await ws.as.ADMIN.requestOk(ADJUST, {
      input: {
        customerId: id,
        currency: 'coins',
        amount: 5,
        reason: 'Survey',
        comment: 'INTERNAL-NOTE-Y',
        idempotencyKey: `k-${id}-2`,
      },
    });
    const { inviteCustomerToSelfService: invite } = await ws.as.OPERATOR.requestOk(INVITE, { id });
    // The workspace's id, then the secret: lookups go by workspace like all workspace data.
    expect(invite.link).toMatch(new RegExp(`/self-service/set-password\\?token=${ws.id}\\.[\\w-]{43}$`));
    const hours = (Date.parse(invite.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    const token = tokenOf(invite.link);
    const first = client();
    expect(problemOf(await first.request(SET_PASSWORD, { token, password: 'short' }))).toBe(
      'PASSWORD_TOO_SHORT',
    );
    const set = await first.requestOk(SET_PASSWORD, { token, password: PASSWORD });
    expect(set.setSelfServicePassword.customerId).toBe(id);
    expect([...first.cookies.keys()]).toEqual(['patron_customer_session']);
    // Single use.
    const again = await client().request(SET_PASSWORD, { token, password: PASSWORD });
    expect(problemOf(again)).toBe('SELF_SERVICE_TOKEN_INVALID');
    expect(fieldOf(again)).toEqual(['token']);

    // Mobile in a national form, in Persian digits; and the email in other letters' case.
    const phone = client();
    expect(
      (await phone.requestOk(SIGN_IN, { w: ws.id, l: '۰۹۱۲ ۱۲۳ ۴۵۶۷', p: PASSWORD })).customerSignIn
        .customerId,
    ).toBe(id);
    const mail = client();
    await mail.requestOk(SIGN_IN, { w: ws.id, l: ' shirin@example.COM', p: PASSWORD });
    // Each sign-in is on the customer's history, with the browser it came from; a refused one is not.
    await client().request(SIGN_IN, { w: ws.id, l: ' shirin@example.COM', p: 'not-the-password' });
    const signIns = await server.app.services.sql.query<{ changes: { key: string; newValue: unknown }[] }>(
      "select changes from history_event where workspace_id = ? and customer_id = ? and type = 'SELF_SERVICE_SIGNED_IN'",
      [ws.id, id],
    );
    expect(signIns).toHaveLength(2);
    expect(signIns[0]?.changes).toEqual([
      { key: 'selfService', oldValue: null, newValue: 'signedIn' },
      { key: 'userAgent', oldValue: null, newValue: expect.any(String) },
    ]);

    const { myAccount } = await phone.requestOk(ACCOUNT);
    expect(myAccount).toMatchObject({ customerId: id, firstName: expect.any(String), lastName: 'Kia' });
    expect(
      myAccount.balances.find((b: { currency: { key: string } }) => b.currency.key === 'coins').amount,
    ).toBe(30);
    expect(myAccount.consents.length).toBeGreaterThan(0);

    const page1 = await phone.requestOk(OPERATIONS);
    expect(page1.myOperations.edges[0].node).toMatchObject({
      amount: 5,
      reason: 'Survey',
      currency: 'coins',
    });
    const page2 = await phone.requestOk(OPERATIONS, { after: page1.myOperations.pageInfo.endCursor });
    expect(page2.myOperations.edges[0].node.reason).toBe('Welcome gift');
    expect(JSON.stringify([page1, page2])).not.toContain('INTERNAL-NOTE');
    // The customer's type has no staff fields at all.
    const asked = await phone.request('{ myOperations { edges { node { comment } } } }');
    expect(asked.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await phone.requestOk(PURCHASES)).myPurchases.edges).toEqual([]);

    expect(problemOf(await phone.request(CHANGE, { c: 'wrong-password-1', n: 'new-password-22' }))).toBe(
      'CURRENT_PASSWORD_WRONG',
    );
    expect(problemOf(await phone.request(CHANGE, { c: PASSWORD, n: PASSWORD }))).toBe('PASSWORD_UNCHANGED');
    expect(
      (await phone.requestOk(CHANGE, { c: PASSWORD, n: 'new-password-22' })).changeMyAccountPassword,
    ).toBe(true);
    // This session stays; the other one ended with the change, which the history says.
    await phone.requestOk(ACCOUNT);
    const changed = await server.app.services.sql.query<{ changes: { newValue: unknown }[] }>(
      "select changes from history_event where workspace_id = ? and customer_id = ? and type = 'SELF_SERVICE_PASSWORD_SET' order by id desc limit 1",
      [ws.id, id],
    );
    expect(changed[0]?.changes).toEqual([
      { key: 'selfService', oldValue: null, newValue: 'passwordChanged' },
    ]);
    expect(problemOf(await mail.request(ACCOUNT))).toBe('UNAUTHENTICATED');
    expect(problemOf(await client().request(SIGN_IN, { w: ws.id, l: '+989121234567', p: PASSWORD }))).toBe(
      'SELF_SERVICE_SIGN_IN_FAILED',
    );
    await client().requestOk(SIGN_IN, { w: ws.id, l: '+989121234567', p: 'new-password-22' });

    await phone.requestOk(SIGN_OUT);
    expect(phone.cookies.size).toBe(0);
    expect(problemOf(await phone.request(ACCOUNT))).toBe('UNAUTHENTICATED');
  });

  it('the invitation is emailed when the customer has an email and the workspace an email account', async () => {
    const w = await server.workspace('Mail club');
    const id = await newCustomer(w, { email: 'reza@example.com', language: 'fa' });
    expect((await w.as.OPERATOR.requestOk(INVITE, { id })).inviteCustomerToSelfService.emailed).toBe(false);
    const settings = Object.entries({
      host: '127.0.0.1',
      port: String(peer.port),
      security: 'none',
      user: 'club',
      password: 'smtp-password-1',
      fromAddress: 'club@example.com',
      fromName: 'Club',
    }).map(([key, value]) => ({ key, value }));
    await w.as.ADMIN.requestOk(
      'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }',
      { input: { provider: 'smtp', name: 'Mail', settings } },
    );
    const { inviteCustomerToSelfService: invite } = await w.as.OPERATOR.requestOk(INVITE, { id });
    expect(invite.emailed).toBe(true);
    const mail = peer.received.find((m) => m.envelope.to.includes('reza@example.com'));
    expect(mail?.mail.subject).toBe('گذرواژهٔ پنل مشتری خود را تعیین کنید');
    expect(mail?.mail.text).toContain(invite.link);
    // A customer without an email gets no mail; the link is still theirs to be handed.
    const noEmail = await newCustomer(w);
    expect((await w.as.OPERATOR.requestOk(INVITE, { id: noEmail })).inviteCustomerToSelfService.emailed).toBe(
      false,
    );
  });

  it('a new invitation voids the old one, and an expired one is refused', async () => {
    const id = await newCustomer(ws);
    const old = (await ws.as.MANAGER.requestOk(INVITE, { id })).inviteCustomerToSelfService;
    const fresh = (await ws.as.OPERATOR.requestOk(INVITE, { id })).inviteCustomerToSelfService;
    expect(
      problemOf(await client().request(SET_PASSWORD, { token: tokenOf(old.link), password: PASSWORD })),
    ).toBe('SELF_SERVICE_TOKEN_INVALID');
    await server.app.services.sql.query(
      `update self_service_account set invite_expires_at = now() - interval '1 second' where workspace_id = ? and customer_id = ?`,
      [ws.id, id],
    );
    expect(
      problemOf(await client().request(SET_PASSWORD, { token: tokenOf(fresh.link), password: PASSWORD })),
    ).toBe('SELF_SERVICE_TOKEN_INVALID');
    expect(
      problemOf(await client().request(SET_PASSWORD, { token: 'x'.repeat(43), password: PASSWORD })),
    ).toBe('SELF_SERVICE_TOKEN_INVALID');
    // A live invitation's secret under another workspace's id is nobody's.
    const live = tokenOf((await ws.as.OPERATOR.requestOk(INVITE, { id })).inviteCustomerToSelfService.link);
    const moved = live.replace(ws.id, other.id);
    expect(problemOf(await client().request(SET_PASSWORD, { token: moved, password: PASSWORD }))).toBe(
      'SELF_SERVICE_TOKEN_INVALID',
    );
    await client().requestOk(SET_PASSWORD, { token: live, password: PASSWORD });
  });

  it('invitations: who may send them, and to whom', async () => {
    const id = await newCustomer(ws);
    expect(problemOf(await ws.as.ANALYST.request(INVITE, { id }))).toBe('FORBIDDEN');
    expect(problemOf(await other.as.OPERATOR.request(INVITE, { id }))).toBe('CUSTOMER_NOT_FOUND');
    const nobody = await newCustomer(ws, { mobile: null });
    const refused = await ws.as.OPERATOR.request(INVITE, { id: nobody });
    expect(problemOf(refused)).toBe('SELF_SERVICE_NO_LOGIN');
    expect(fieldOf(refused)).toEqual(['customerId']);
    await ws.as.OPERATOR.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', { id });
    expect(problemOf(await ws.as.OPERATOR.request(INVITE, { id }))).toBe('SELF_SERVICE_CUSTOMER_INACTIVE');
  });

  it('sign-in tells nobody who has an account, and is throttled', async () => {
    const { id } = await member(ws, { mobile: '+989121110000' });
    const unknown = await client().request(SIGN_IN, { w: ws.id, l: '+989129990000', p: PASSWORD });
    const wrong = await client().request(SIGN_IN, { w: ws.id, l: '+989121110000', p: 'wrong-password-1' });
    const elsewhere = await client().request(SIGN_IN, { w: other.id, l: '+989121110000', p: PASSWORD });
    const noWorkspace = await client().request(SIGN_IN, { w: 'nope', l: '+989121110000', p: PASSWORD });
    for (const answer of [unknown, wrong, elsewhere, noWorkspace]) {
      expect(problemOf(answer)).toBe('SELF_SERVICE_SIGN_IN_FAILED');
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // Four more failures (five with the one above) lock this source out for this login.
    for (let i = 0; i < 4; i++)
      await client().request(SIGN_IN, { w: ws.id, l: '09121110000', p: 'wrong-password-1' });
    const locked = await client().request(SIGN_IN, { w: ws.id, l: '+989121110000', p: PASSWORD });
    expect(problemOf(locked)).toBe('SIGN_IN_THROTTLED');
    await server.app.services.sql.query("delete from sign_in_throttle where email like 'customer:%'", []);
    expect(
      (await client().requestOk(SIGN_IN, { w: ws.id, l: '+989121110000', p: PASSWORD })).customerSignIn
        .customerId,
    ).toBe(id);
  });

  it('an inactive or deleted customer cannot sign in, and their sessions end', async () => {
    const a = await member(ws, { mobile: '+989121110001' });
    await ws.as.OPERATOR.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', { id: a.id });
    expect(problemOf(await a.client.request(ACCOUNT))).toBe('UNAUTHENTICATED');
    const inactive = await client().request(SIGN_IN, { w: ws.id, l: '+989121110001', p: PASSWORD });
    expect(problemOf(inactive)).toBe('SELF_SERVICE_CUSTOMER_INACTIVE');
    // A wrong password still says only that sign-in failed.
    expect(
      problemOf(await client().request(SIGN_IN, { w: ws.id, l: '+989121110001', p: 'wrong-password-1' })),
    ).toBe('SELF_SERVICE_SIGN_IN_FAILED');

    const b = await member(ws, { mobile: '+989121110002' });
    await ws.as.ADMIN.requestOk('mutation($id: ID!) { deleteCustomer(id: $id) }', { id: b.id });
    expect(problemOf(await b.client.request(ACCOUNT))).toBe('UNAUTHENTICATED');
    expect(problemOf(await client().request(SIGN_IN, { w: ws.id, l: '+989121110002', p: PASSWORD }))).toBe(
      'SELF_SERVICE_SIGN_IN_FAILED',
    );
  });

  it('erasing a customer deletes their requests, sessions and password', async () => {
    const a = await member(ws, { mobile: '+989121110008' });
    await a.client.requestOk(SEND, { s: 'Private', t: 'Something personal' });
    await ws.as.ADMIN.requestOk('mutation($id: ID!) { eraseCustomer(id: $id) { customerId } }', { id: a.id });
    expect(problemOf(await a.client.request(ACCOUNT))).toBe('UNAUTHENTICATED');
    const left = await server.app.services.sql.query<{ n: number }>(
      `select (select count(*) from customer_request where customer_id = $1)
            + (select count(*) from customer_session where customer_id = $1)
            + (select count(*) from self_service_account where customer_id = $1) as n`.replaceAll(
        '$1',
        '?::uuid',
      ),
      [a.id, a.id, a.id],
    );
    expect(Number(left[0]?.n)).toBe(0);
  });

  it('sessions end at their absolute end and when idle', async () => {
    const a = await member(ws, { mobile: '+989121110007' });
    await a.client.requestOk(ACCOUNT);
    await server.app.services.sql.query(
      "update customer_session set expires_at = now() - interval '1 second' where workspace_id = ? and customer_id = ?",
      [ws.id, a.id],
    );
    expect(problemOf(await a.client.request(ACCOUNT))).toBe('UNAUTHENTICATED');
    const fresh = client();
    await fresh.requestOk(SIGN_IN, { w: ws.id, l: '+989121110007', p: PASSWORD });
    await server.app.services.sql.query(
      "update customer_session set last_seen_at = now() - interval '13 hours' where workspace_id = ? and customer_id = ?",
      [ws.id, a.id],
    );
    expect(problemOf(await fresh.request(ACCOUNT))).toBe('UNAUTHENTICATED');
    expect(await server.app.services.customerSessions.prune()).toBeGreaterThanOrEqual(2);
  });

  it('customers and staff each reach only their own fields; customers only their own data', async () => {
    const a = await member(ws, { mobile: '+989121110003' });
    const b = await member(ws, { mobile: '+989121110004' });
    await ws.as.ADMIN.requestOk(ADJUST, {
      input: {
        customerId: b.id,
        currency: 'coins',
        amount: 7,
        reason: 'B only',
        idempotencyKey: `k-${b.id}`,
      },
    });
    await b.client.requestOk(SEND, { s: 'B asks', t: 'Private question of B' });
    expect((await a.client.requestOk(ACCOUNT)).myAccount.customerId).toBe(a.id);
    expect(JSON.stringify(await a.client.requestOk(OPERATIONS))).not.toContain('B only');
    expect((await a.client.requestOk(MINE)).myRequests).toEqual([]);

    // A customer session is nobody to staff fields; staff sessions and keys are refused customers' fields.
    expect(problemOf(await a.client.request(CUSTOMERS))).toBe('UNAUTHENTICATED');
    expect(problemOf(await a.client.request(REQUESTS))).toBe('UNAUTHENTICATED');
    expect(problemOf(await ws.as.ADMIN.request(ACCOUNT))).toBe('UNAUTHENTICATED');
    expect(problemOf(await ws.as.OPERATOR.request(SEND, { s: 'x', t: 'y' }))).toBe('UNAUTHENTICATED');
    const { createApiKey } = await ws.as.ADMIN.requestOk(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      { i: { name: 'shop', permissions: ['customers.read'] } },
    );
    const key = client();
    key.headers.authorization = `Bearer ${createApiKey.secret}`;
    // Even with a customer's cookie beside it: a request with a key is the key's alone.
    for (const [name, value] of a.client.cookies) key.cookies.set(name, value);
    expect(problemOf(await key.request(ACCOUNT))).toBe('API_KEY_PERSON_ONLY');
    expect(problemOf(await key.request(SIGN_IN, { w: ws.id, l: '+989121110003', p: PASSWORD }))).toBe(
      'API_KEY_PERSON_ONLY',
    );
  });

  it('a staff member who is also a customer keeps both sessions apart in one browser', async () => {
    const a = await member(ws, { mobile: '+989121110005' });
    for (const [name, value] of ws.as.ANALYST.cookies) a.client.cookies.set(name, value);
    expect((await a.client.requestOk(ACCOUNT)).myAccount.customerId).toBe(a.id);
    expect((await a.client.requestOk(CUSTOMERS)).customers.totalCount).toBeGreaterThan(0);
  });

  it('requests: the customer sends, staff answer and close, history on the customer; workspaces apart', async () => {
    const a = await member(ws, { mobile: '+989121110006', firstName: 'Dariush' });
    const empty = await a.client.request(SEND, { s: '  ', t: 'x' });
    expect(problemOf(empty)).toBe('REQUIRED');
    expect(fieldOf(empty)).toEqual(['subject']);
    const long = await a.client.request(SEND, { s: 'Card', t: 'x'.repeat(4001) });
    expect(problemOf(long)).toBe('TOO_LONG');
    expect(fieldOf(long)).toEqual(['text']);

    const { sendRequest } = await a.client.requestOk(SEND, { s: ' Lost card ', t: 'I lost my card.' });
    expect(sendRequest).toMatchObject({ subject: 'Lost card', status: 'OPEN', answer: null });

    expect(problemOf(await ws.as.ANALYST.request(REQUESTS))).toBe('FORBIDDEN');
    const open = (await ws.as.OPERATOR.requestOk(REQUESTS, { status: 'OPEN' })).customerRequests.edges;
    expect(open.map((e: { node: { id: string } }) => e.node.id)).toContain(sendRequest.id);
    expect(open.find((e: { node: { id: string } }) => e.node.id === sendRequest.id).node.customerName).toBe(
      'Dariush',
    );
    expect((await other.as.OPERATOR.requestOk(REQUESTS)).customerRequests.edges).toEqual([]);
    expect(problemOf(await other.as.OPERATOR.request(ANSWER, { id: sendRequest.id, t: 'Hi' }))).toBe(
      'CUSTOMER_REQUEST_NOT_FOUND',
    );
    expect(problemOf(await ws.as.OPERATOR.request(ANSWER, { id: 'not-an-id', t: 'Hi' }))).toBe(
      'CUSTOMER_REQUEST_NOT_FOUND',
    );

    const answered = await ws.as.MANAGER.requestOk(ANSWER, {
      id: sendRequest.id,
      t: 'A new card is on its way.',
    });
    expect(answered.answerCustomerRequest).toMatchObject({
      status: 'ANSWERED',
      answer: 'A new card is on its way.',
    });
    const mine = (await a.client.requestOk(MINE)).myRequests;
    expect(mine).toEqual([
      { id: sendRequest.id, subject: 'Lost card', status: 'ANSWERED', answer: 'A new card is on its way.' },
    ]);
    // The customer's view has no staff names.
    expect(
      (await a.client.request('{ myRequests { answeredBy { name } } }')).errors?.[0]?.extensions?.code,
    ).toBe('GRAPHQL_VALIDATION_FAILED');

    await ws.as.OPERATOR.requestOk(CLOSE, { id: sendRequest.id });
    expect(problemOf(await ws.as.OPERATOR.request(ANSWER, { id: sendRequest.id, t: 'More' }))).toBe(
      'CUSTOMER_REQUEST_CLOSED',
    );
    const history = (await ws.as.OPERATOR.requestOk(HISTORY, { id: a.id })).customer.history.edges.map(
      (e: { node: { type: string; actor: { kind: string; name: string } } }) => e.node,
    );
    const types = history.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'SELF_SERVICE_INVITED',
        'SELF_SERVICE_PASSWORD_SET',
        'CUSTOMER_REQUEST_SENT',
        'CUSTOMER_REQUEST_ANSWERED',
        'CUSTOMER_REQUEST_CLOSED',
      ]),
    );
    expect(history.find((e: { type: string }) => e.type === 'CUSTOMER_REQUEST_SENT').actor).toEqual({
      kind: 'system',
      name: 'SelfService',
    });
  });
});
