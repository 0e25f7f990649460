import { evaluateFilter, type FieldDescriptor, type Operator } from '@patron/filter';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`;
const GRANT = `mutation($input: ConsentChangeInput!) { grantConsent(input: $input) {
  kind state record { granted at source capturedVia actor { kind name } } } }`;
const WITHDRAW = `mutation($input: ConsentChangeInput!) { withdrawConsent(input: $input) { kind state } }`;
const CARD = `query($id: ID!) { customer(id: $id) {
  consents { kind state record { at capturedVia source } }
  consentHistory { records { kind granted at capturedVia source actor { kind name } } hasNextPage }
  verification { status verifiedBy phoneVerified emailVerified }
  history(first: 50) { edges { node { type actor { kind name } changes { key oldValue newValue } } } } } }`;
const AT = `query($c: ID!, $k: ConsentKind!, $at: DateTime!) { consentAt(customerId: $c, kind: $k, at: $at) {
  granted record { at } } }`;
const VERIFY = `mutation($id: ID!) { verifyCustomer(id: $id) { status verifiedBy } }`;
const CONTACT = `mutation($input: ContactVerificationInput!) { setContactVerified(input: $input) {
  status phoneVerified emailVerified } }`;
const COUNT = `query($filter: CustomerFilter, $search: [String!]) { customerCount(filter: $filter, search: $search) }`;

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
});
afterAll(async () => server?.close());

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const problemOf = (a: Answer) =>
  (a.errors?.[0]?.extensions?.problem as { code: string } | undefined)?.code ??
  (a.errors?.[0]?.extensions?.fields as { problem: { code: string } }[] | undefined)?.[0]?.problem.code;

async function customer(w: TestWorkspace, attributes: Record<string, unknown>): Promise<string> {
  return (await w.as.MANAGER.requestOk(CREATE, { input: { attributes } })).createCustomer.id;
}

const change = (customerId: string, kind: string, extra: object = {}) => ({
  input: { customerId, kind, capturedVia: 'IN_STORE', ...extra },
});

describe('consents', () => {
  it('grants and withdraws, keeps every record, and answers what held at a moment', async () => {
    const id = await customer(ws, { firstName: 'Mina', mobile: '+989121110001' });
    const march1 = '2026-03-01T10:00:00.000Z';
    const granted = await ws.as.OPERATOR.requestOk(
      GRANT,
      change(id, 'SMS', { at: '2026-02-15T09:00:00.000Z', source: 'Store 5' }),
    );
    expect(granted.grantConsent).toMatchObject({
      kind: 'SMS',
      state: 'GRANTED',
      record: { granted: true, source: 'Store 5', capturedVia: 'IN_STORE', actor: { kind: 'staff' } },
    });
    await ws.as.OPERATOR.requestOk(WITHDRAW, change(id, 'SMS', { at: '2026-03-10T09:00:00.000Z' }));

    const card = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
    expect(card.consents).toHaveLength(6);
    expect(card.consents.find((c: { kind: string }) => c.kind === 'SMS').state).toBe('WITHDRAWN');
    expect(card.consents.find((c: { kind: string }) => c.kind === 'EMAIL')).toEqual({
      kind: 'EMAIL',
      state: 'NOT_ASKED',
      record: null,
    });
    expect(card.consentHistory.records.map((r: { granted: boolean }) => r.granted)).toEqual([false, true]);
    const types = card.history.edges.map((e: { node: { type: string } }) => e.node.type);
    expect(types).toEqual(expect.arrayContaining(['CONSENT_GRANTED', 'CONSENT_WITHDRAWN']));
    const grantEvent = card.history.edges.find(
      (e: { node: { type: string } }) => e.node.type === 'CONSENT_GRANTED',
    ).node;
    expect(grantEvent.changes).toContainEqual({ key: 'consentSms', oldValue: null, newValue: 'GRANTED' });

    const on = async (at: string) =>
      (await ws.as.ANALYST.requestOk(AT, { c: id, k: 'SMS', at })).consentAt as { granted: boolean };
    expect((await on(march1)).granted).toBe(true);
    expect((await on('2026-02-01T00:00:00.000Z')).granted).toBe(false);
    expect((await on('2026-03-11T00:00:00.000Z')).granted).toBe(false);
    expect(await server.app.services.consents.hasConsent(ws.id, id, 'SMS', new Date(march1))).toBe(true);
    expect(await server.app.services.consents.hasConsent(ws.id, id, 'SMS')).toBe(false);
  });

  it('refuses a consent withdrawn twice or granted twice, and writes nothing', async () => {
    const id = await customer(ws, { firstName: 'Twice', mobile: '+989121110002' });
    await ws.as.OPERATOR.requestOk(GRANT, change(id, 'EMAIL'));
    expect(problemOf(await ws.as.OPERATOR.request(GRANT, change(id, 'EMAIL')))).toBe(
      'CONSENT_ALREADY_GRANTED',
    );
    await ws.as.OPERATOR.requestOk(WITHDRAW, change(id, 'EMAIL'));
    const twice = await ws.as.OPERATOR.request(WITHDRAW, change(id, 'EMAIL'));
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(problemOf(twice)).toBe('CONSENT_ALREADY_WITHDRAWN');
    const card = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
    expect(card.consentHistory.records).toHaveLength(2);
    // Out of order and in the future are refused too.
    const early = await ws.as.OPERATOR.request(GRANT, change(id, 'EMAIL', { at: '2020-01-01T00:00:00Z' }));
    expect(problemOf(early)).toBe('CONSENT_AT_BEFORE_LAST');
    const future = await ws.as.OPERATOR.request(GRANT, change(id, 'PUSH', { at: '2099-01-01T00:00:00Z' }));
    expect(problemOf(future)).toBe('CONSENT_AT_IN_FUTURE');
  });

  it("refuses to touch or read another workspace's customer, and an analyst may not grant", async () => {
    const id = await customer(ws, { firstName: 'Mine', mobile: '+989121110003' });
    const attack = await other.as.MANAGER.request(GRANT, change(id, 'SMS'));
    expect(problemOf(attack)).toBe('CUSTOMER_NOT_FOUND');
    const peek = await other.as.MANAGER.request(AT, { c: id, k: 'SMS', at: new Date().toISOString() });
    expect(problemOf(peek)).toBe('CUSTOMER_NOT_FOUND');
    expect(problemOf(await other.as.MANAGER.request(VERIFY, { id }))).toBe('CUSTOMER_NOT_FOUND');
    expect(problemOf(await ws.as.ANALYST.request(GRANT, change(id, 'SMS')))).toBe('FORBIDDEN');
    expect(problemOf(await ws.as.OPERATOR.request(VERIFY, { id }))).toBe('FORBIDDEN');
    const card = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
    expect(card.consentHistory.records).toHaveLength(0);
    expect(card.verification.status).toBe('NEW');
  });

  it('filters customers by consent and verification, SQL and the set-based fragment agreeing', async () => {
    // Found by search among the file's other customers: one workspace per file keeps the suite fast.
    const w = ws;
    const a = await customer(w, { firstName: 'Filtera', mobile: '+989121110011' });
    const b = await customer(w, { firstName: 'Filterb', mobile: '+989121110012' });
    const c = await customer(w, { firstName: 'Filterc', mobile: '+989121110013' });
    await w.as.MANAGER.requestOk(GRANT, change(a, 'SMS'));
    await w.as.MANAGER.requestOk(GRANT, change(b, 'SMS'));
    await w.as.MANAGER.requestOk(WITHDRAW, change(b, 'SMS'));
    await w.as.MANAGER.requestOk(VERIFY, { id: c });
    const count = async (field: string, operator: string, value: unknown) =>
      (
        await w.as.ANALYST.requestOk(COUNT, {
          filter: { op: 'AND', conditions: [{ field, operator, value }] },
          search: ['filter'],
        })
      ).customerCount;
    expect(await count('consentSms', 'EQ', 'GRANTED')).toBe(1);
    expect(await count('consentSms', 'EQ', 'WITHDRAWN')).toBe(1);
    expect(await count('consentSms', 'EQ', 'NOT_ASKED')).toBe(1);
    expect(await count('verification', 'EQ', 'VERIFIED')).toBe(1);
    expect(await count('verification', 'EQ', 'NEW')).toBe(2);
    // The list's SQL and the in-memory evaluator (over the same fields' values) pick the same customers.
    const FIELDS: FieldDescriptor[] = [
      { key: 'consentSms', kind: 'choice' },
      { key: 'verification', kind: 'choice' },
      { key: 'phoneVerified', kind: 'boolean' },
    ];
    const keys = FIELDS.map((f) => f.key);
    const conditions: [string, string, unknown][] = [
      ['consentSms', 'in', ['GRANTED', 'NOT_ASKED']],
      ['consentSms', 'notIn', ['WITHDRAWN']],
      ['consentSms', 'neq', 'GRANTED'],
      ['verification', 'eq', 'VERIFIED'],
      ['verification', 'filled', undefined],
      ['phoneVerified', 'eq', false],
    ];
    const LIST = `query($filter: CustomerFilter, $keys: [String!]!) {
      all: customers(first: 50, search: ["filter"]) { edges { node { id fieldValues(keys: $keys) } } }
      some: customers(first: 50, search: ["filter"], filter: $filter) { edges { node { id } } } }`;
    type Edge = { node: { id: string; fieldValues: Record<string, unknown> } };
    for (const [field, operator, value] of conditions) {
      const graphqlOperator = operator.replace(/[A-Z]/g, (l) => `_${l}`).toUpperCase();
      const data = await w.as.ANALYST.requestOk(LIST, {
        filter: { op: 'AND', conditions: [{ field, operator: graphqlOperator, value }] },
        keys,
      });
      const condition = { kind: 'condition' as const, field, operator: operator as Operator, value };
      const inMemory = (data.all.edges as Edge[])
        .filter((e) => evaluateFilter(condition, FIELDS, e.node.fieldValues, new Date()))
        .map((e) => e.node.id)
        .sort();
      const sql = (data.some.edges as Edge[]).map((e) => e.node.id).sort();
      expect(sql, `${field} ${operator}`).toEqual(inMemory);
      expect(sql.length, `${field} ${operator} keeps someone`).toBeGreaterThan(0);
    }
    const sendable = await server.app.orm.em.getConnection().execute<{ id: string }[]>(
      `select c.id from customer c where c.workspace_id = ? and c.id in (?, ?, ?)
            and ${server.app.services.consents.consentedSql('SMS')}`,
      [w.id, a, b, c],
    );
    expect(sendable.map((r) => r.id)).toEqual([a]);
  });
});

describe('verification', () => {
  it('a verified profile whose data changes becomes unconfirmed, and its changed phone loses its mark', async () => {
    const id = await customer(ws, { firstName: 'Vera', mobile: '+989121110021', email: 'vera@example.com' });
    const refused = await ws.as.MANAGER.request(CONTACT, {
      input: { customerId: id, contact: 'PHONE', verified: true },
    });
    expect(problemOf(refused)).toBe('CONSENT_PERSONAL_DATA_REQUIRED');
    await ws.as.MANAGER.requestOk(GRANT, change(id, 'PERSONAL_DATA'));
    await ws.as.MANAGER.requestOk(CONTACT, { input: { customerId: id, contact: 'PHONE', verified: true } });
    await ws.as.MANAGER.requestOk(CONTACT, { input: { customerId: id, contact: 'EMAIL', verified: true } });
    const verified = await ws.as.MANAGER.requestOk(VERIFY, { id });
    expect(verified.verifyCustomer).toEqual({ status: 'VERIFIED', verifiedBy: 'MANAGER person' });
    expect(problemOf(await ws.as.MANAGER.request(VERIFY, { id }))).toBe('CUSTOMER_ALREADY_VERIFIED');

    await ws.as.OPERATOR.requestOk(UPDATE, { id, input: { attributes: { mobile: '+989121110022' } } });
    await vi.waitFor(
      async () => {
        const card = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
        expect(card.verification).toMatchObject({
          status: 'UNCONFIRMED',
          phoneVerified: false,
          emailVerified: true,
        });
      },
      { timeout: 10_000, interval: 100 },
    );
    const card = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
    const unconfirmed = card.history.edges.find(
      (e: { node: { type: string } }) => e.node.type === 'CUSTOMER_UNCONFIRMED',
    ).node;
    expect(unconfirmed.actor).toEqual({ kind: 'system', name: 'Verification' });
    expect(unconfirmed.changes).toContainEqual({
      key: 'verification',
      oldValue: 'VERIFIED',
      newValue: 'UNCONFIRMED',
    });
    // A manager verifies it again.
    expect((await ws.as.MANAGER.requestOk(VERIFY, { id })).verifyCustomer.status).toBe('VERIFIED');
    // Without personal data consent no contact stays marked verified.
    await ws.as.MANAGER.requestOk(WITHDRAW, change(id, 'PERSONAL_DATA'));
    const after = (await ws.as.ANALYST.requestOk(CARD, { id })).customer.verification;
    expect(after).toMatchObject({ status: 'VERIFIED', phoneVerified: false, emailVerified: false });
  });

  it('refuses to mark a contact the customer does not have', async () => {
    const id = await customer(ws, { firstName: 'NoMail', mobile: '+989121110031' });
    await ws.as.MANAGER.requestOk(GRANT, change(id, 'PERSONAL_DATA'));
    const answer = await ws.as.MANAGER.request(CONTACT, {
      input: { customerId: id, contact: 'EMAIL', verified: true },
    });
    expect(problemOf(answer)).toBe('VERIFICATION_NO_EMAIL');
  });
});

describe('consents in files', () => {
  const cookieOf = (w: TestWorkspace) =>
    [...w.as.MANAGER.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

  it('exports each consent and the verification as columns in the reader’s words', async () => {
    const w = ws;
    const a = await customer(w, { firstName: 'Ex', mobile: '+989121110041' });
    const b = await customer(w, { firstName: 'Why', mobile: '+989121110042' });
    await w.as.MANAGER.requestOk(GRANT, change(a, 'SMS'));
    const { startCustomerExport } = await w.as.MANAGER.requestOk(
      `mutation($input: CustomerExportInput!) { startCustomerExport(input: $input) { id } }`,
      {
        input: {
          format: 'CSV',
          selection: { ids: [a, b] },
          columns: ['firstName', 'consentSms', 'verification', 'phoneVerified'],
        },
      },
    );
    let path: string | null = null;
    for (let i = 0; i < 200 && !path; i++) {
      await server.app.services.exports.runNext();
      const { customerExport } = await w.as.MANAGER.requestOk(
        `query($id: ID!) { customerExport(id: $id) { state downloadPath } }`,
        { id: startCustomerExport.id },
      );
      if (customerExport.state === 'DONE') path = customerExport.downloadPath;
      else await new Promise((r) => setTimeout(r, 50));
    }
    const res = await fetch(`${server.url}${path}`, { headers: { cookie: cookieOf(w) } });
    const csv = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(await res.arrayBuffer())
      .replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('First name,SMS consent,Verification,Phone verified');
    expect(lines.slice(1).sort()).toEqual(['Ex,Granted,New,No', 'Why,Not asked,New,No']);
  });

  it('imports consent columns (yes grants, no withdraws) recorded as via IMPORT, and a second run adds nothing', async () => {
    const w = ws;
    const known = await customer(w, { firstName: 'Known', mobile: '+989121110051' });
    await w.as.MANAGER.requestOk(GRANT, change(known, 'EMAIL'));
    await w.as.MANAGER.requestOk(VERIFY, { id: known });
    const file = [
      'Mobile,First name,SMS consent,Email consent',
      '09121110051,Renamed,yes,no',
      '09121110052,Fresh,да,',
    ].join('\r\n');
    const run = async () => {
      const res = await fetch(`${server.url}/files`, {
        method: 'POST',
        headers: { cookie: cookieOf(w), 'x-patron-csrf': '1', 'x-file-name': 'consents.csv' },
        body: file,
      });
      const { fileId } = (await res.json()) as { fileId: string };
      const { openImport } = await w.as.MANAGER.requestOk(
        `mutation($input: OpenImportInput!) { openImport(input: $input) { id columns { target } } }`,
        { input: { fileId, kind: 'CUSTOMERS' } },
      );
      expect(openImport.columns.map((c: { target: string }) => c.target)).toEqual([
        'mobile',
        'firstName',
        'consent:SMS',
        'consent:EMAIL',
      ]);
      await w.as.MANAGER.requestOk(
        `mutation($input: ConfigureImportInput!) { configureImport(input: $input) { id } }`,
        { input: { id: openImport.id, mode: 'CREATE_OR_UPDATE' } },
      );
      await w.as.MANAGER.requestOk(`mutation($id: ID!) { startImport(id: $id) { id } }`, {
        id: openImport.id,
      });
      for (let i = 0; i < 300; i++) {
        const { import: job } = await w.as.MANAGER.requestOk(
          `query($id: ID!) { import(id: $id) { state counts { created updated skipped invalid } } }`,
          { id: openImport.id },
        );
        if (!['QUEUED', 'RUNNING'].includes(job.state)) return job;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('import did not finish');
    };
    const first = await run();
    expect(first).toMatchObject({ state: 'DONE', counts: { created: 1, updated: 1, invalid: 0 } });
    // The import changed a verified profile's name: it is unconfirmed like after any other edit.
    await vi.waitFor(
      async () =>
        expect((await w.as.ANALYST.requestOk(CARD, { id: known })).customer.verification.status).toBe(
          'UNCONFIRMED',
        ),
      { timeout: 10_000, interval: 100 },
    );
    const knownCard = (await w.as.ANALYST.requestOk(CARD, { id: known })).customer;
    const state = (card: { consents: { kind: string; state: string }[] }, kind: string) =>
      card.consents.find((c) => c.kind === kind)?.state;
    expect(state(knownCard, 'SMS')).toBe('GRANTED');
    expect(state(knownCard, 'EMAIL')).toBe('WITHDRAWN');
    expect(knownCard.consentHistory.records[0]).toMatchObject({
      capturedVia: 'IMPORT',
      source: 'consents.csv',
      actor: { kind: 'staff', name: 'MANAGER person' },
    });
    const [fresh] = await server.app.orm.em
      .getConnection()
      .execute<{ id: string }[]>(
        `select id from customer where workspace_id = ? and mobile = '+989121110052'`,
        [w.id],
      );
    const freshCard = (await w.as.ANALYST.requestOk(CARD, { id: fresh?.id })).customer;
    expect(state(freshCard, 'SMS')).toBe('GRANTED');
    expect(state(freshCard, 'EMAIL')).toBe('NOT_ASKED');

    const second = await run();
    expect(second.counts).toMatchObject({ created: 0, updated: 0, skipped: 2 });
    const again = (await w.as.ANALYST.requestOk(CARD, { id: known })).customer;
    expect(again.consentHistory.records).toHaveLength(knownCard.consentHistory.records.length);
  });
});
