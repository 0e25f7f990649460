import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fieldOf, problemOf } from '../../testing/answers.js';
import { FakeProvider } from '../../testing/fake-provider.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { toLatinDigits } from '../attributes/values/digits.js';

const SAVE_ACCOUNT =
  'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }';
const SETTINGS = `mutation($input: WorkspaceSettingsInput!) { updateWorkspaceSettings(input: $input) { selfSignUp } }`;
const OPEN = 'query($w: ID!) { selfSignUpOpen(workspace: $w) }';
const START = `mutation($w: ID!, $m: String!, $f: String!, $l: String, $lang: String) {
  startCustomerSignUp(workspace: $w, mobile: $m, firstName: $f, lastName: $l, language: $lang) }`;
const FINISH = `mutation($id: ID!, $c: String!, $p: String!, $mc: Boolean!) {
  finishCustomerSignUp(signUpId: $id, code: $c, password: $p, marketingConsent: $mc) { customerId firstName } }`;
const ACCOUNT = '{ myAccount { customerId firstName lastName consents { kind state } } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const INVITE = 'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }';
const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setSelfServicePassword(token: $token, password: $password) { customerId } }`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) { id attributes
  history(first: 20) { edges { node { type actor { kind name } } } } } }`;
const SIGN_IN = `mutation($w: ID!, $l: String!, $p: String!) {
  customerSignIn(workspace: $w, login: $l, password: $p) { customerId } }`;

const PASSWORD = 'joined-the-club-1';
let server: TestServer;
let sms: FakeProvider;
let ws: TestWorkspace;
let other: TestWorkspace;
let n = 0;
const client = () => new GraphQLClient(server.graphqlUrl);
/** A mobile no test has used, in the workspace's country (Iran by default). */
const freshMobile = () => `0912${String(3000000 + ++n).padStart(7, '0')}`;
const e164 = (national: string) => `+98${national.slice(1)}`;
const sql = <T>(text: string, params: unknown[]) => server.app.services.sql.query<T>(text, params);

/** The last SMS the provider received: its recipient and the code in it (any digits). */
function lastSms(): { to: string; text: string; code: string } {
  const body = JSON.parse(sms.last.body) as { to: string; text: string };
  const code = /(\d{6})/.exec(toLatinDigits(body.text))?.[1] as string;
  return { to: body.to, text: body.text, code };
}

async function openSignUps(w: TestWorkspace) {
  await w.as.ADMIN.requestOk(SAVE_ACCOUNT, {
    input: {
      provider: 'generic-http',
      name: 'SMS',
      settings: [
        { key: 'url', value: sms.url },
        { key: 'bodyFormat', value: 'json' },
      ],
    },
  });
  await w.as.ADMIN.requestOk(SETTINGS, { input: { selfSignUp: true } });
}

async function start(c: GraphQLClient, mobile: string, extra: Record<string, unknown> = {}, w = ws) {
  return c.request(START, { w: w.id, m: mobile, f: 'Leila', l: 'Rad', ...extra });
}

beforeAll(async () => {
  sms = await FakeProvider.start();
  server = await startTestServer({ secretKey: 'test-only-key-0123456789abcdef0123456789' });
  ws = await server.workspace();
  other = await server.workspace();
});
afterAll(async () => {
  await server?.close();
  await sms?.close();
});
// Every test starts with the source's throttle clear: the whole file signs up from one address.
beforeEach(async () => {
  await sql("delete from sign_in_throttle where email like 'customer-sign-up%' or email = ''", []);
});

describe('self sign-up', () => {
  it('is closed until an admin opens it; only admins may', async () => {
    expect((await client().requestOk(OPEN, { w: ws.id })).selfSignUpOpen).toBe(false);
    expect(problemOf(await start(client(), freshMobile()))).toBe('SELF_SIGN_UP_CLOSED');
    expect(problemOf(await ws.as.MANAGER.request(SETTINGS, { input: { selfSignUp: true } }))).toBe(
      'FORBIDDEN',
    );
    // Open, but no SMS account: said as such.
    await ws.as.ADMIN.requestOk(SETTINGS, { input: { selfSignUp: true } });
    expect(problemOf(await start(client(), freshMobile()))).toBe('SELF_SIGN_UP_NO_SMS');
    await openSignUps(ws);
    expect((await client().requestOk(OPEN, { w: ws.id })).selfSignUpOpen).toBe(true);
    expect((await client().requestOk(OPEN, { w: other.id })).selfSignUpOpen).toBe(false);
  });

  it('start → SMS with a code → finish makes a member with history, source, consents, verified mobile and a session', async () => {
    const mobile = freshMobile();
    const c = client();
    const { startCustomerSignUp: id } = await c.requestOk(START, {
      w: ws.id,
      m: mobile.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string),
      f: 'Leila',
      l: 'Rad',
      lang: 'fa',
    });
    expect(id).toMatch(new RegExp(`^${ws.id}\\.`));
    const message = lastSms();
    expect(message.to).toBe(e164(mobile));
    expect(message.text).toMatch(/[۰-۹]{6}/);
    expect(problemOf(await c.request(FINISH, { id, c: message.code, p: 'short', mc: true }))).toBe(
      'PASSWORD_TOO_SHORT',
    );
    const persianCode = message.code.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string);
    const done = await c.requestOk(FINISH, { id, c: persianCode, p: PASSWORD, mc: true });
    expect(done.finishCustomerSignUp.firstName).toBe('Leila');
    const customerId = done.finishCustomerSignUp.customerId;

    const account = (await c.requestOk(ACCOUNT)).myAccount;
    expect(account).toMatchObject({ customerId, firstName: 'Leila', lastName: 'Rad' });
    const consents = Object.fromEntries(
      account.consents.map((k: { kind: string; state: string }) => [k.kind, k.state]),
    );
    expect(consents).toMatchObject({ PERSONAL_DATA: 'GRANTED', SMS: 'GRANTED', EMAIL: 'NOT_ASKED' });

    const { customer } = await ws.as.MANAGER.requestOk(CUSTOMER, { id: customerId });
    expect(customer.attributes).toMatchObject({
      mobile: e164(mobile),
      source: 'registration',
      subSource: 'self sign-up',
      language: 'fa',
    });
    const types = customer.history.edges.map((e: { node: { type: string } }) => e.node.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'CUSTOMER_CREATED',
        'SELF_SERVICE_PASSWORD_SET',
        'CONSENT_GRANTED',
        'CONTACT_VERIFICATION_CHANGED',
      ]),
    );
    const [verified] = await sql<{ phone_verified: boolean }>(
      'select phone_verified from customer_verification where workspace_id = ? and customer_id = ?',
      [ws.id, customerId],
    );
    expect(verified?.phone_verified).toBe(true);
    // The code is used up, and the password signs in like any member's.
    expect(problemOf(await client().request(FINISH, { id, c: message.code, p: PASSWORD, mc: false }))).toBe(
      'SELF_SIGN_UP_EXPIRED',
    );
    await client().requestOk(SIGN_IN, { w: ws.id, l: mobile, p: PASSWORD });
  });

  it('without the marketing box only personal data consent is recorded', async () => {
    const c = client();
    const { startCustomerSignUp: id } = await c.requestOk(START, { w: ws.id, m: freshMobile(), f: 'Ivan' });
    await c.requestOk(FINISH, { id, c: lastSms().code, p: PASSWORD, mc: false });
    const { myAccount } = await c.requestOk(ACCOUNT);
    const consents = Object.fromEntries(
      myAccount.consents.map((k: { kind: string; state: string }) => [k.kind, k.state]),
    );
    expect(consents).toMatchObject({ PERSONAL_DATA: 'GRANTED', SMS: 'NOT_ASKED' });
  });

  it('a wrong code five times voids the sign-up; an expired code is refused', async () => {
    const c = client();
    const { startCustomerSignUp: id } = await c.requestOk(START, { w: ws.id, m: freshMobile(), f: 'A' });
    const { code } = lastSms();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const answer = await c.request(FINISH, { id, c: wrong, p: PASSWORD, mc: false });
      expect([problemOf(answer), fieldOf(answer)]).toEqual(['SELF_SIGN_UP_CODE_WRONG', ['code']]);
    }
    // The source waits now as after five wrong passwords; past that wait the sign-up is void.
    expect(problemOf(await c.request(FINISH, { id, c: code, p: PASSWORD, mc: false }))).toBe(
      'SIGN_IN_THROTTLED',
    );
    await sql("delete from sign_in_throttle where email like 'customer-sign-up%' or email = ''", []);
    expect(problemOf(await c.request(FINISH, { id, c: code, p: PASSWORD, mc: false }))).toBe(
      'SELF_SIGN_UP_EXPIRED',
    );

    const { startCustomerSignUp: late } = await c.requestOk(START, { w: ws.id, m: freshMobile(), f: 'B' });
    const lateCode = lastSms().code;
    await sql(
      "update customer_sign_up set expires_at = now() - interval '1 second' where workspace_id = ? and id = ?",
      [ws.id, late.split('.')[1]],
    );
    expect(problemOf(await c.request(FINISH, { id: late, c: lateCode, p: PASSWORD, mc: false }))).toBe(
      'SELF_SIGN_UP_EXPIRED',
    );
  });

  it('a customer without a password gets it (no duplicate); one with a password is told to sign in', async () => {
    const mobile = freshMobile();
    const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
      input: { attributes: { firstName: 'Sara', mobile } },
    });
    const c = client();
    const { startCustomerSignUp: id } = await start(c, mobile).then((a) => a.data);
    const done = await c.requestOk(FINISH, { id, c: lastSms().code, p: PASSWORD, mc: false });
    expect(done.finishCustomerSignUp).toEqual({ customerId: createCustomer.id, firstName: 'Sara' });
    const [count] = await sql<{ n: number }>(
      'select count(*)::int as n from customer where workspace_id = ? and mobile = ?',
      [ws.id, e164(mobile)],
    );
    expect(count?.n).toBe(1);

    // Already a member (an invitation's password): told only after the right code.
    const memberMobile = freshMobile();
    const { createCustomer: member } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
      input: { attributes: { firstName: 'Omid', mobile: memberMobile } },
    });
    const { inviteCustomerToSelfService } = await ws.as.OPERATOR.requestOk(INVITE, { id: member.id });
    await client().requestOk(SET_PASSWORD, {
      token: new URL(inviteCustomerToSelfService.link).searchParams.get('token'),
      password: PASSWORD,
    });
    const again = client();
    const { startCustomerSignUp: second } = (await start(again, memberMobile)).data;
    const answer = await again.request(FINISH, { id: second, c: lastSms().code, p: PASSWORD, mc: false });
    expect(problemOf(answer)).toBe('SELF_SIGN_UP_ALREADY_MEMBER');
    expect(again.cookies.size).toBe(0);
  });

  it("an invited customer who signs up alone: the invitation's link is spent, the sign-up's password holds", async () => {
    const mobile = freshMobile();
    const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
      input: { attributes: { firstName: 'Nima', mobile } },
    });
    const { inviteCustomerToSelfService } = await ws.as.OPERATOR.requestOk(INVITE, { id: createCustomer.id });
    const c = client();
    const { startCustomerSignUp: id } = (await start(c, mobile)).data;
    await c.requestOk(FINISH, { id, c: lastSms().code, p: PASSWORD, mc: false });

    const late = await client().request(SET_PASSWORD, {
      token: new URL(inviteCustomerToSelfService.link).searchParams.get('token'),
      password: 'someone-else-1',
    });
    expect(problemOf(late)).toBe('SELF_SERVICE_TOKEN_INVALID');
    const signIn = await client().requestOk(SIGN_IN, { w: ws.id, l: mobile, p: PASSWORD });
    expect(signIn.customerSignIn.customerId).toBe(createCustomer.id);
  });

  it('step one answers the same for a member and a stranger', async () => {
    const known = freshMobile();
    await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
      input: { attributes: { firstName: 'K', mobile: known } },
    });
    const a = await start(client(), known);
    const b = await start(client(), freshMobile());
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(Object.keys(a.data)).toEqual(Object.keys(b.data));
    const shape = (id: string) => id.replace(/[0-9a-f]/g, 'x');
    expect(shape(a.data.startCustomerSignUp)).toBe(shape(b.data.startCustomerSignUp));
  });

  it('is throttled per mobile and source, and per mobile from anywhere', async () => {
    const mobile = freshMobile();
    for (let i = 0; i < 5; i++) expect((await start(client(), mobile)).errors).toBeUndefined();
    expect(problemOf(await start(client(), mobile))).toBe('SIGN_IN_THROTTLED');
    // Another source is held back too: five codes an hour per mobile, wherever they are asked from.
    await sql("delete from sign_in_throttle where email like 'customer-sign-up%' or email = ''", []);
    expect(problemOf(await start(client(), mobile))).toBe('SIGN_IN_THROTTLED');
    // Another mobile is not.
    expect((await start(client(), freshMobile())).errors).toBeUndefined();
  });

  it("another workspace's sign-up id does not work there", async () => {
    await openSignUps(other);
    const c = client();
    const { startCustomerSignUp: id } = (await start(c, freshMobile())).data;
    const { code } = lastSms();
    const forged = `${other.id}.${id.split('.')[1]}`;
    expect(problemOf(await c.request(FINISH, { id: forged, c: code, p: PASSWORD, mc: false }))).toBe(
      'SELF_SIGN_UP_EXPIRED',
    );
    expect(problemOf(await c.request(FINISH, { id: 'nonsense', c: code, p: PASSWORD, mc: false }))).toBe(
      'SELF_SIGN_UP_EXPIRED',
    );
    // The real one still works in its own workspace.
    const done = await c.requestOk(FINISH, { id, c: code, p: PASSWORD, mc: false });
    const [row] = await sql<{ workspace_id: string }>('select workspace_id from customer where id = ?', [
      done.finishCustomerSignUp.customerId,
    ]);
    expect(row?.workspace_id).toBe(ws.id);
  });
});
