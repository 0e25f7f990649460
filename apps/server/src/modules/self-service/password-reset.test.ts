import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Answer, fieldOf, problemOf } from '../../testing/answers.js';
import { FakeProvider } from '../../testing/fake-provider.js';
import {
  type SmtpPeer,
  startSmtpPeer,
  startTestServer,
  type TestServer,
  type TestWorkspace,
} from '../../testing/harness.js';
import { toLatinDigits } from '../attributes/values/digits.js';

const SAVE_ACCOUNT =
  'mutation($input: SaveChannelAccountInput!) { saveChannelAccount(input: $input) { id } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const INVITE = 'mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }';
const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setSelfServicePassword(token: $token, password: $password) { customerId } }`;
const SIGN_IN = `mutation($w: ID!, $l: String!, $p: String!) {
  customerSignIn(workspace: $w, login: $l, password: $p) { customerId } }`;
const START = `mutation($w: ID!, $l: String!, $lang: String) {
  startCustomerPasswordReset(workspace: $w, login: $l, language: $lang) }`;
const FINISH = `mutation($id: ID!, $c: String!, $p: String!) {
  finishCustomerPasswordReset(resetId: $id, code: $c, password: $p) { customerId firstName } }`;
const BY_LINK = `mutation($t: String!, $p: String!) {
  resetCustomerPassword(token: $t, password: $p) { customerId } }`;
const ACCOUNT = '{ myAccount { customerId } }';
const HISTORY = `query($id: ID!) { customer(id: $id) { history(first: 30) {
  edges { node { type actor { kind name } changes { key newValue } } } } } }`;

const OLD = 'the-old-password-1';
const NEW = 'a-brand-new-pass-2';
let server: TestServer;
let sms: FakeProvider;
let peer: SmtpPeer;
let ws: TestWorkspace;
let n = 0;
const client = () => new GraphQLClient(server.graphqlUrl);
const sql = <T>(text: string, params: unknown[]) => server.app.services.sql.query<T>(text, params);
/** A mobile no test has used, national form, in the workspace's country (Iran by default). */
const freshMobile = () => `0912${String(4000000 + ++n).padStart(7, '0')}`;
const e164 = (national: string) => `+98${national.slice(1)}`;
const persianDigits = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string);
const fieldParams = (answer: Answer) => {
  const fields = answer.errors?.[0]?.extensions?.fields as { problem: { params: unknown } }[] | undefined;
  return fields?.[0]?.problem.params;
};

/** The next SMS the provider receives after `before` of them (it goes out after the answer). */
async function smsAfter(before: number): Promise<{ to: string; text: string; code: string }> {
  await expect.poll(() => sms.received.length).toBeGreaterThan(before);
  const body = JSON.parse(sms.received[before]?.body ?? '{}') as { to: string; text: string };
  return { ...body, code: /(\d{6})/.exec(toLatinDigits(body.text))?.[1] as string };
}

/** The next mail to `to`, and the token of the link in it. */
async function mailTo(to: string, before: number) {
  await expect
    .poll(() => peer.received.filter((m) => m.envelope.to.includes(to)).length)
    .toBeGreaterThan(before);
  const mail = peer.received.filter((m) => m.envelope.to.includes(to))[before];
  const link = /(https?:\/\/\S+reset-password\?token=\S+)/.exec(mail?.mail.text ?? '')?.[1] as string;
  return { mail, link, token: new URL(link).searchParams.get('token') as string };
}

/** A customer with a password (set through an invitation); its client is signed in. */
async function member(attributes: Record<string, unknown>, w = ws) {
  const { createCustomer } = await w.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
    input: { attributes: { firstName: `Member${++n}`, ...attributes } },
  });
  const { inviteCustomerToSelfService } = await w.as.OPERATOR.requestOk(INVITE, { id: createCustomer.id });
  const c = client();
  await c.requestOk(SET_PASSWORD, {
    token: new URL(inviteCustomerToSelfService.link).searchParams.get('token'),
    password: OLD,
  });
  return { id: createCustomer.id as string, client: c };
}

async function addChannels(w: TestWorkspace, kinds: ('SMS' | 'EMAIL')[]) {
  if (kinds.includes('SMS'))
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
  if (kinds.includes('EMAIL'))
    await w.as.ADMIN.requestOk(SAVE_ACCOUNT, {
      input: {
        provider: 'smtp',
        name: 'Mail',
        settings: Object.entries({
          host: '127.0.0.1',
          port: String(peer.port),
          security: 'none',
          user: 'club',
          password: 'smtp-password-1',
          fromAddress: 'club@example.com',
          fromName: 'Club',
        }).map(([key, value]) => ({ key, value })),
      },
    });
}

const clearThrottle = () =>
  sql("delete from sign_in_throttle where email like 'customer%' or email = ''", []);

beforeAll(async () => {
  sms = await FakeProvider.start();
  peer = await startSmtpPeer();
  server = await startTestServer({ secretKey: 'test-only-key-0123456789abcdef0123456789' });
  ws = await server.workspace('Reset club');
  await addChannels(ws, ['SMS', 'EMAIL']);
});
afterAll(async () => {
  await server?.close();
  await sms?.close();
  await peer?.close();
});
// The whole file asks from one address: each test starts with that source's counters clear.
beforeEach(async () => {
  sms.reply = () => ({ status: 200, body: '' });
  await clearThrottle();
});

describe('forgot password', () => {
  it('by SMS: a code in the language, a wrong one counted, the right one sets the password and signs in', async () => {
    const mobile = freshMobile();
    const { id, client: elsewhere } = await member({ mobile });
    const c = client();
    const before = sms.received.length;
    const { startCustomerPasswordReset: resetId } = await c.requestOk(START, {
      w: ws.id,
      l: persianDigits(mobile),
      lang: 'fa',
    });
    expect(resetId).toMatch(new RegExp(`^${ws.id}\\.[0-9a-f-]{36}$`));
    const message = await smsAfter(before);
    expect(message.to).toBe(e164(mobile));
    expect(message.text).toMatch(/[۰-۹]{6}/);
    expect(message.text).toContain('Reset club');
    // Only the code's hash is kept.
    const [row] = await sql<{ secret_hash: string }>(
      'select secret_hash from customer_password_reset where workspace_id = ? and id = ?',
      [ws.id, resetId.split('.')[1]],
    );
    expect(row?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.secret_hash).not.toContain(message.code);

    expect(problemOf(await c.request(FINISH, { id: resetId, c: message.code, p: 'short' }))).toBe(
      'PASSWORD_TOO_SHORT',
    );
    const wrong = await c.request(FINISH, {
      id: resetId,
      c: message.code === '000000' ? '111111' : '000000',
      p: NEW,
    });
    expect([problemOf(wrong), fieldOf(wrong), fieldParams(wrong)]).toEqual([
      'SELF_SERVICE_RESET_CODE_WRONG',
      ['code'],
      { triesLeft: 4 },
    ]);
    const done = await c.requestOk(FINISH, { id: resetId, c: persianDigits(message.code), p: NEW });
    expect(done.finishCustomerPasswordReset.customerId).toBe(id);
    expect([...c.cookies.keys()]).toEqual(['patron_customer_session']);
    expect((await c.requestOk(ACCOUNT)).myAccount.customerId).toBe(id);

    // The session the old password opened has ended; the old password no longer signs in.
    expect(problemOf(await elsewhere.request(ACCOUNT))).toBe('UNAUTHENTICATED');
    expect(problemOf(await client().request(SIGN_IN, { w: ws.id, l: mobile, p: OLD }))).toBe(
      'SELF_SERVICE_SIGN_IN_FAILED',
    );
    await client().requestOk(SIGN_IN, { w: ws.id, l: mobile, p: NEW });
    // Single use.
    expect(
      problemOf(await client().request(FINISH, { id: resetId, c: message.code, p: 'yet-another-pass-3' })),
    ).toBe('SELF_SERVICE_RESET_EXPIRED');

    const { customer } = await ws.as.MANAGER.requestOk(HISTORY, { id });
    const set = customer.history.edges
      .map((e: { node: unknown }) => e.node)
      .filter((e: { type: string }) => e.type === 'SELF_SERVICE_PASSWORD_SET');
    expect(set[0]).toEqual({
      type: 'SELF_SERVICE_PASSWORD_SET',
      actor: { kind: 'system', name: 'SelfService' },
      changes: [{ key: 'selfService', newValue: 'resetBySms' }],
    });
  });

  it("by email: a single-use link in the customer's language sets the password and signs in", async () => {
    const { id, client: elsewhere } = await member({
      mobile: e164(freshMobile()),
      email: 'olga@example.com',
      language: 'ru',
    });
    const before = peer.received.filter((m) => m.envelope.to.includes('olga@example.com')).length;
    const { startCustomerPasswordReset: resetId } = await client().requestOk(START, {
      w: ws.id,
      l: ' Olga@Example.COM ',
      lang: 'en',
    });
    expect(resetId).toMatch(new RegExp(`^${ws.id}\\.`));
    const { mail, link, token } = await mailTo('olga@example.com', before);
    expect(mail?.mail.subject).toBe('Новый пароль личного кабинета в Reset club');
    expect(mail?.mail.text).toContain('60 минут');
    expect(link).toMatch(new RegExp(`/self-service/reset-password\\?token=${ws.id}\\.[\\w-]{43}$`));
    // The code path does not take an email's request.
    expect(problemOf(await client().request(FINISH, { id: resetId, c: '123456', p: NEW }))).toBe(
      'SELF_SERVICE_RESET_EXPIRED',
    );

    const c = client();
    expect(problemOf(await c.request(BY_LINK, { t: token, p: 'short' }))).toBe('PASSWORD_TOO_SHORT');
    expect((await c.requestOk(BY_LINK, { t: token, p: NEW })).resetCustomerPassword.customerId).toBe(id);
    expect((await c.requestOk(ACCOUNT)).myAccount.customerId).toBe(id);
    expect(problemOf(await elsewhere.request(ACCOUNT))).toBe('UNAUTHENTICATED');
    expect(problemOf(await client().request(SIGN_IN, { w: ws.id, l: 'olga@example.com', p: OLD }))).toBe(
      'SELF_SERVICE_SIGN_IN_FAILED',
    );
    await client().requestOk(SIGN_IN, { w: ws.id, l: 'olga@example.com', p: NEW });

    const again = await client().request(BY_LINK, { t: token, p: 'yet-another-pass-3' });
    expect([problemOf(again), fieldOf(again)]).toEqual(['SELF_SERVICE_RESET_LINK_INVALID', ['token']]);
    const [history] = await sql<{ changes: unknown }>(
      "select changes from history_event where workspace_id = ? and customer_id = ? and type = 'SELF_SERVICE_PASSWORD_SET' order by id desc limit 1",
      [ws.id, id],
    );
    expect(history?.changes).toEqual([{ key: 'selfService', oldValue: null, newValue: 'resetByEmail' }]);
  });

  it('a link expires, means nothing under another workspace, and ends when the password is set another way', async () => {
    const other = await server.workspace();
    const { id } = await member({ mobile: e164(freshMobile()), email: 'kaveh@example.com' });
    const ask = async () => {
      const before = peer.received.filter((m) => m.envelope.to.includes('kaveh@example.com')).length;
      await client().requestOk(START, { w: ws.id, l: 'kaveh@example.com' });
      return (await mailTo('kaveh@example.com', before)).token;
    };
    const late = await ask();
    await sql(
      "update customer_password_reset set expires_at = now() - interval '1 second' where workspace_id = ? and customer_id = ? and channel = 'EMAIL'",
      [ws.id, id],
    );
    expect(problemOf(await client().request(BY_LINK, { t: late, p: NEW }))).toBe(
      'SELF_SERVICE_RESET_LINK_INVALID',
    );

    const first = await ask();
    const second = await ask();
    expect(problemOf(await client().request(BY_LINK, { t: first.replace(ws.id, other.id), p: NEW }))).toBe(
      'SELF_SERVICE_RESET_LINK_INVALID',
    );
    expect(problemOf(await client().request(BY_LINK, { t: 'nonsense', p: NEW }))).toBe(
      'SELF_SERVICE_RESET_LINK_INVALID',
    );
    // Either link works; using one ends the other.
    await client().requestOk(BY_LINK, { t: second, p: NEW });
    expect(problemOf(await client().request(BY_LINK, { t: first, p: 'yet-another-pass-3' }))).toBe(
      'SELF_SERVICE_RESET_LINK_INVALID',
    );
  });

  it('five wrong codes burn the request; an expired code is refused', async () => {
    const mobile = freshMobile();
    await member({ mobile });
    const c = client();
    let before = sms.received.length;
    const { startCustomerPasswordReset: resetId } = await c.requestOk(START, { w: ws.id, l: mobile });
    const { code } = await smsAfter(before);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let left = 4; left >= 0; left--) {
      const answer = await c.request(FINISH, { id: resetId, c: wrong, p: NEW });
      expect([problemOf(answer), fieldParams(answer)]).toEqual([
        'SELF_SERVICE_RESET_CODE_WRONG',
        { triesLeft: left },
      ]);
    }
    // The source waits now, as after five wrong passwords; past the wait the request is void.
    expect(problemOf(await c.request(FINISH, { id: resetId, c: code, p: NEW }))).toBe('SIGN_IN_THROTTLED');
    await clearThrottle();
    expect(problemOf(await c.request(FINISH, { id: resetId, c: code, p: NEW }))).toBe(
      'SELF_SERVICE_RESET_EXPIRED',
    );
    await client().requestOk(SIGN_IN, { w: ws.id, l: mobile, p: OLD });

    before = sms.received.length;
    const { startCustomerPasswordReset: late } = await c.requestOk(START, { w: ws.id, l: mobile });
    const lateCode = (await smsAfter(before)).code;
    await sql(
      "update customer_password_reset set expires_at = now() - interval '1 second' where workspace_id = ? and id = ?",
      [ws.id, late.split('.')[1]],
    );
    expect(problemOf(await c.request(FINISH, { id: late, c: lateCode, p: NEW }))).toBe(
      'SELF_SERVICE_RESET_EXPIRED',
    );
    expect(problemOf(await c.request(FINISH, { id: 'nonsense', c: lateCode, p: NEW }))).toBe(
      'SELF_SERVICE_RESET_EXPIRED',
    );
  });

  it('answers the same for an account, a stranger, an inactive customer and one without a password; only the account is sent anything', async () => {
    const known = freshMobile();
    await member({ mobile: known, email: 'known@example.com' });
    const inactive = freshMobile();
    const { id: inactiveId } = await member({ mobile: inactive });
    await ws.as.OPERATOR.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', {
      id: inactiveId,
    });
    const noPassword = freshMobile();
    await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
      input: { attributes: { firstName: 'NoPw', mobile: noPassword } },
    });

    const smsBefore = sms.received.length;
    const mailBefore = peer.received.length;
    const answers = [];
    for (const login of [
      known,
      freshMobile(),
      inactive,
      noPassword,
      'known@example.com',
      'nobody@example.com',
    ])
      answers.push(await client().request(START, { w: ws.id, l: login }));
    const shape = (a: { data?: { startCustomerPasswordReset: string } }) =>
      a.data?.startCustomerPasswordReset.replace(/[0-9a-f]/g, 'x');
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(Object.keys(answer.data)).toEqual(['startCustomerPasswordReset']);
      expect(shape(answer)).toBe(shape(answers[0] ?? {}));
    }
    await expect.poll(() => sms.received.length).toBe(smsBefore + 1);
    await expect.poll(() => peer.received.length).toBe(mailBefore + 1);
    // Give any stray message its chance to arrive: still one each.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sms.received.length).toBe(smsBefore + 1);
    expect(JSON.parse(sms.received[smsBefore]?.body ?? '{}').to).toBe(e164(known));
    expect(peer.received.length).toBe(mailBefore + 1);

    // A stranger's request takes wrong codes exactly like an account's, then ends.
    const stranger = answers[1]?.data.startCustomerPasswordReset as string;
    for (let left = 4; left >= 0; left--) {
      const answer = await client().request(FINISH, { id: stranger, c: '123456', p: NEW });
      expect([problemOf(answer), fieldParams(answer)]).toEqual([
        'SELF_SERVICE_RESET_CODE_WRONG',
        { triesLeft: left },
      ]);
    }
  });

  it('the answer does not wait for the message: a gateway that never answers changes nothing', async () => {
    const mobile = freshMobile();
    await member({ mobile });
    sms.reply = () => 'hang';
    const before = sms.received.length;
    const started = Date.now();
    await client().requestOk(START, { w: ws.id, l: mobile });
    expect(Date.now() - started).toBeLessThan(3_000);
    // The request did reach the gateway, after the answer.
    await expect.poll(() => sms.received.length).toBe(before + 1);
  });

  it('is throttled per login and source, and per login from anywhere', async () => {
    const mobile = freshMobile();
    await member({ mobile });
    for (let i = 0; i < 5; i++)
      expect((await client().request(START, { w: ws.id, l: mobile })).errors).toBeUndefined();
    expect(problemOf(await client().request(START, { w: ws.id, l: mobile }))).toBe('SIGN_IN_THROTTLED');
    await clearThrottle();
    // Another source waits too: five requests an hour per login, wherever they come from.
    expect(problemOf(await client().request(START, { w: ws.id, l: e164(mobile) }))).toBe('SIGN_IN_THROTTLED');
    // A stranger's login is counted the same way (its requests are stored too).
    const stranger = freshMobile();
    for (let i = 0; i < 5; i++) await client().request(START, { w: ws.id, l: stranger });
    await clearThrottle();
    expect(problemOf(await client().request(START, { w: ws.id, l: stranger }))).toBe('SIGN_IN_THROTTLED');
    expect((await client().request(START, { w: ws.id, l: freshMobile() })).errors).toBeUndefined();
  });

  it('refuses what is wrong whoever asks: a club without the channel, a login that is no mobile or email', async () => {
    const bare = await server.workspace();
    expect(problemOf(await client().request(START, { w: bare.id, l: freshMobile() }))).toBe(
      'SELF_SERVICE_RESET_NO_SMS',
    );
    expect(problemOf(await client().request(START, { w: bare.id, l: 'a@example.com' }))).toBe(
      'SELF_SERVICE_RESET_NO_EMAIL',
    );
    expect(problemOf(await client().request(START, { w: 'not-a-workspace', l: freshMobile() }))).toBe(
      'SELF_SERVICE_RESET_NO_SMS',
    );
    const notPhone = await client().request(START, { w: ws.id, l: 'call me' });
    expect([problemOf(notPhone), fieldOf(notPhone)]).toEqual(['VALUE_NOT_PHONE', ['login']]);
    expect(problemOf(await client().request(START, { w: ws.id, l: 'x@y' }))).toBe('VALUE_NOT_EMAIL');
    expect(problemOf(await client().request(START, { w: ws.id, l: '  ' }))).toBe('REQUIRED');
  });

  it('a customer deactivated after asking cannot use the code; an erased one leaves no request behind', async () => {
    const mobile = freshMobile();
    const { id } = await member({ mobile });
    const before = sms.received.length;
    const { startCustomerPasswordReset: resetId } = await client().requestOk(START, { w: ws.id, l: mobile });
    const { code } = await smsAfter(before);
    await ws.as.OPERATOR.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', { id });
    expect(problemOf(await client().request(FINISH, { id: resetId, c: code, p: NEW }))).toBe(
      'SELF_SERVICE_CUSTOMER_INACTIVE',
    );

    const erased = await member({ mobile: freshMobile() });
    const [asked] = await sql<{ login: string }>('select mobile as login from customer where id = ?', [
      erased.id,
    ]);
    await client().requestOk(START, { w: ws.id, l: asked?.login as string });
    await ws.as.ADMIN.requestOk('mutation($id: ID!) { eraseCustomer(id: $id) { customerId } }', {
      id: erased.id,
    });
    const [left] = await sql<{ n: number }>(
      'select count(*)::int as n from customer_password_reset where workspace_id = ? and customer_id = ?',
      [ws.id, erased.id],
    );
    expect(left?.n).toBe(0);
  });

  it('requests a day old are pruned', async () => {
    await client().requestOk(START, { w: ws.id, l: freshMobile() });
    await sql(
      "update customer_password_reset set created_at = now() - interval '25 hours' where workspace_id = ?",
      [ws.id],
    );
    await server.app.services.passwordReset.prune();
    const [left] = await sql<{ n: number }>(
      'select count(*)::int as n from customer_password_reset where workspace_id = ?',
      [ws.id],
    );
    expect(left?.n).toBe(0);
  });
});
