import { GraphQLClient } from '@patron/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fieldOf, problemOf } from '../../testing/answers.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const INVITE = `mutation($id: ID!) { inviteCustomerToSelfService(customerId: $id) { link } }`;
const SET_PASSWORD = `mutation($token: String!, $password: String!) {
  setSelfServicePassword(token: $token, password: $password) { customerId } }`;
const SET_CONSENT = `mutation($kind: ConsentKind!, $granted: Boolean!) {
  setMyConsent(kind: $kind, granted: $granted) { kind state at } }`;
const UPDATE = `mutation($input: MyProfileInput!) { updateMyProfile(input: $input) {
  firstName lastName email birthDate gender consents { kind state at } } }`;
const ACCOUNT = '{ myAccount { firstName email birthDate gender consents { kind state at } } }';
const CARD = `query($id: ID!) { customer(id: $id) {
  attributes
  consents { kind state record { capturedVia source actor { kind name } } }
  consentHistory { records { kind granted source actor { kind name } } }
  verification { status emailVerified }
  history(first: 50) { edges { node { type actor { kind name } changes { key oldValue newValue } } } } } }`;
const GRANT = `mutation($input: ConsentChangeInput!) { grantConsent(input: $input) { state } }`;
const CONTACT = `mutation($input: ContactVerificationInput!) { setContactVerified(input: $input) { emailVerified } }`;
const VERIFY = `mutation($id: ID!) { verifyCustomer(id: $id) { status } }`;

let server: TestServer;
let ws: TestWorkspace;
let n = 0;
const PASSWORD = 'customer-pass-1';

/** A customer with a password set through an invitation; its client is signed in. */
async function member(attributes: Record<string, unknown> = {}) {
  n++;
  const { createCustomer } = await ws.as.OPERATOR.requestOk(CREATE_CUSTOMER, {
    input: {
      attributes: { firstName: `Self${n}`, mobile: `+98912${String(2000000 + n).slice(-7)}`, ...attributes },
    },
  });
  const id = createCustomer.id as string;
  const { inviteCustomerToSelfService: invite } = await ws.as.OPERATOR.requestOk(INVITE, { id });
  const client = new GraphQLClient(server.graphqlUrl);
  const token = new URL(invite.link).searchParams.get('token') as string;
  await client.requestOk(SET_PASSWORD, { token, password: PASSWORD });
  return { id, client };
}

type Card = {
  attributes: Record<string, unknown>;
  consents: {
    kind: string;
    state: string;
    record: { capturedVia: string; source: string; actor: object } | null;
  }[];
  consentHistory: { records: { kind: string; granted: boolean; source: string; actor: object }[] };
  verification: { status: string; emailVerified: boolean };
  history: {
    edges: {
      node: { type: string; actor: object; changes: { key: string; oldValue: unknown; newValue: unknown }[] };
    }[];
  };
};
const card = async (id: string): Promise<Card> => (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
const SELF = { kind: 'system', name: 'SelfService' };

beforeAll(async () => {
  server = await startTestServer({ secretKey: 'test-only-key-0123456789abcdef0123456789' });
  ws = await server.workspace();
});
afterAll(async () => server?.close());

describe('self-service consents', () => {
  it('the customer withdraws and gives marketing consents through the consents service, as themselves', async () => {
    const a = await member();
    await ws.as.OPERATOR.requestOk(GRANT, {
      input: { customerId: a.id, kind: 'EMAIL', capturedVia: 'IN_STORE' },
    });

    const withdrawn = (await a.client.requestOk(SET_CONSENT, { kind: 'EMAIL', granted: false })).setMyConsent;
    expect(withdrawn).toMatchObject({ kind: 'EMAIL', state: 'WITHDRAWN' });
    expect(Date.parse(withdrawn.at)).toBeGreaterThan(Date.now() - 60_000);
    const given = (await a.client.requestOk(SET_CONSENT, { kind: 'SMS', granted: true })).setMyConsent;
    expect(given).toMatchObject({ kind: 'SMS', state: 'GRANTED' });
    // Switching again to the same state changes nothing and records nothing.
    await a.client.requestOk(SET_CONSENT, { kind: 'SMS', granted: true });

    const staffView = await card(a.id);
    const email = staffView.consents.find((c) => c.kind === 'EMAIL');
    expect(email).toEqual({
      kind: 'EMAIL',
      state: 'WITHDRAWN',
      record: { capturedVia: 'APP', source: 'self-service', actor: SELF },
    });
    expect(staffView.consents.find((c) => c.kind === 'SMS')?.state).toBe('GRANTED');
    expect(staffView.consentHistory.records.filter((r) => r.kind === 'SMS')).toEqual([
      { kind: 'SMS', granted: true, source: 'self-service', actor: SELF },
    ]);
    const events = staffView.history.edges.map((e) => e.node);
    expect(events.find((e) => e.type === 'CONSENT_WITHDRAWN')).toMatchObject({
      actor: SELF,
      changes: expect.arrayContaining([{ key: 'consentEmail', oldValue: 'GRANTED', newValue: 'WITHDRAWN' }]),
    });

    const mine = (await a.client.requestOk(ACCOUNT)).myAccount.consents as { kind: string; state: string }[];
    expect(mine.find((c) => c.kind === 'EMAIL')?.state).toBe('WITHDRAWN');
    expect(mine.find((c) => c.kind === 'SMS')?.state).toBe('GRANTED');
  });

  it('refuses personal data consent: it is withdrawn through a request to the club', async () => {
    const a = await member();
    await ws.as.OPERATOR.requestOk(GRANT, {
      input: { customerId: a.id, kind: 'PERSONAL_DATA', capturedVia: 'IN_STORE' },
    });
    for (const granted of [false, true]) {
      const refused = await a.client.request(SET_CONSENT, { kind: 'PERSONAL_DATA', granted });
      expect(problemOf(refused)).toBe('SELF_SERVICE_PERSONAL_DATA_BY_REQUEST');
    }
    expect((await card(a.id)).consents.find((c) => c.kind === 'PERSONAL_DATA')?.state).toBe('GRANTED');
  });
});

describe('self-service profile', () => {
  it('changes the name and email as the customer, with history; a verified profile becomes unconfirmed', async () => {
    const a = await member({ email: 'old@example.com' });
    await ws.as.MANAGER.requestOk(GRANT, {
      input: { customerId: a.id, kind: 'PERSONAL_DATA', capturedVia: 'IN_STORE' },
    });
    await ws.as.MANAGER.requestOk(CONTACT, { input: { customerId: a.id, contact: 'EMAIL', verified: true } });
    await ws.as.MANAGER.requestOk(VERIFY, { id: a.id });

    const updated = await a.client.requestOk(UPDATE, {
      input: { firstName: 'Roya', email: 'New@Example.com', birthDate: '1990-04-02', gender: 'female' },
    });
    expect(updated.updateMyProfile).toMatchObject({
      firstName: 'Roya',
      email: 'new@example.com',
      birthDate: '1990-04-02',
      gender: 'female',
    });
    const events = (await card(a.id)).history.edges.map((e) => e.node);
    const edit = events.find((e) => e.type === 'CUSTOMER_UPDATED');
    expect(edit?.actor).toEqual(SELF);
    expect(edit?.changes).toEqual(
      expect.arrayContaining([
        { key: 'firstName', oldValue: `Self${n}`, newValue: 'Roya' },
        { key: 'email', oldValue: 'old@example.com', newValue: 'new@example.com' },
      ]),
    );
    await vi.waitFor(
      async () =>
        expect((await card(a.id)).verification).toEqual({ status: 'UNCONFIRMED', emailVerified: false }),
      { timeout: 10_000, interval: 100 },
    );
  });

  it('refuses a bad value at input.<key> and changes nothing; the mobile is not in the input', async () => {
    const a = await member({ email: 'keep@example.com' });
    const before = (await card(a.id)).attributes;
    const bad = await a.client.request(UPDATE, { input: { firstName: 'Changed', email: 'not an email' } });
    expect(problemOf(bad)).toBe('VALUE_NOT_EMAIL');
    expect(fieldOf(bad)).toEqual(['input', 'email']);
    const badGender = await a.client.request(UPDATE, { input: { gender: 'robot' } });
    expect(fieldOf(badGender)).toEqual(['input', 'gender']);
    expect((await card(a.id)).attributes).toEqual(before);

    for (const key of ['mobile', 'cardNumber']) {
      const asked = await a.client.request(
        `mutation { updateMyProfile(input: { ${key}: "+989120000000" }) { firstName } }`,
      );
      expect(asked.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect((await card(a.id)).attributes).toEqual(before);
  });

  it("never touches another customer's data, and is the customer's alone", async () => {
    const a = await member();
    const b = await member({ lastName: 'Other' });
    const bBefore = await card(b.id);
    await a.client.requestOk(UPDATE, { input: { lastName: 'Mine' } });
    await a.client.requestOk(SET_CONSENT, { kind: 'WHATSAPP', granted: true });
    const bAfter = await card(b.id);
    expect(bAfter.attributes).toEqual(bBefore.attributes);
    expect(bAfter.consents).toEqual(bBefore.consents);
    expect((await b.client.requestOk(ACCOUNT)).myAccount.firstName).toBe(bBefore.attributes.firstName);
    expect((await card(a.id)).attributes.lastName).toBe('Mine');

    for (const staff of [ws.as.MANAGER, ws.as.ADMIN]) {
      expect(problemOf(await staff.request(UPDATE, { input: { firstName: 'Staff' } }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(problemOf(await staff.request(SET_CONSENT, { kind: 'SMS', granted: true }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const nobody = new GraphQLClient(server.graphqlUrl);
    expect(problemOf(await nobody.request(UPDATE, { input: { firstName: 'X' } }))).toBe('UNAUTHENTICATED');
  });
});
