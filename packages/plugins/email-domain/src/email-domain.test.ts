import { startTestServer, type TestServer, type TestWorkspace } from '@patron/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import emailDomainPlugin, { domainOf } from './index.js';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer({ plugins: [emailDomainPlugin({ attributeKey: 'mailDomain' })] });
  ws = await server.workspace();
});
afterAll(async () => server?.close());

const CREATE = 'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }';
const GET =
  'query($id: ID!) { customer(id: $id) { attributes history { edges { node { type actor { kind name } } } } } }';

describe('email-domain plugin', () => {
  it('reads the domain of an address', () => {
    expect(domainOf('a.b@Mail.RU')).toBe('mail.ru');
    expect(domainOf('broken@')).toBeNull();
    expect(domainOf(undefined)).toBeNull();
  });

  it('adds its attribute to the registry of every workspace', async () => {
    const data = await ws.as.ANALYST.requestOk('{ attributeDefinitions { key system } }');
    expect(data.attributeDefinitions).toContainEqual({ key: 'mailDomain', system: false });
  });

  it('fills the domain after a customer is created or changes email, as a plugin in history', async () => {
    const created = await ws.as.OPERATOR.requestOk(CREATE, {
      a: { firstName: 'Olga', email: 'olga@yandex.ru' },
    });
    const id = created.createCustomer.id;
    await server.app.outbox.drain();
    let customer = (await ws.as.ANALYST.requestOk(GET, { id })).customer;
    expect(customer.attributes.mailDomain).toBe('yandex.ru');
    expect(customer.history.edges[0].node).toEqual({
      type: 'CUSTOMER_UPDATED',
      actor: { kind: 'plugin', name: 'Email domain plugin' },
    });

    await ws.as.OPERATOR.requestOk(
      'mutation($id: ID!) { updateCustomer(id: $id, input: { attributes: { email: "olga@gmail.com" } }) { id } }',
      { id },
    );
    await server.app.outbox.drain();
    customer = (await ws.as.ANALYST.requestOk(GET, { id })).customer;
    expect(customer.attributes.mailDomain).toBe('gmail.com');
  });

  it('does nothing for a customer without email, and never twice for one event', async () => {
    const created = await ws.as.OPERATOR.requestOk(CREATE, { a: { firstName: 'NoMail' } });
    await server.app.outbox.drain();
    await server.app.outbox.drain();
    const customer = (await ws.as.ANALYST.requestOk(GET, { id: created.createCustomer.id })).customer;
    expect(customer.attributes.mailDomain).toBeUndefined();
    expect(customer.history.edges).toHaveLength(1);
  });

  it('adds the emailDomainStats query, guarded by customers.read', async () => {
    await ws.as.OPERATOR.requestOk(CREATE, { a: { email: 'ivan@yandex.ru' } });
    await server.app.outbox.drain();
    const data = await ws.as.ANALYST.requestOk('{ emailDomainStats(limit: 5) { domain customers } }');
    expect(data.emailDomainStats).toContainEqual({ domain: 'yandex.ru', customers: 1 });
    expect(data.emailDomainStats).toContainEqual({ domain: 'gmail.com', customers: 1 });
    const anon = await ws.anonymous.request('{ emailDomainStats { domain } }');
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('registers a computed filter field that lists, sorts and filters like any other', async () => {
    const fields = await ws.as.ANALYST.requestOk('{ customerFields { key kind source sortable } }');
    expect(fields.customerFields).toContainEqual({
      key: 'personalEmail',
      kind: 'BOOLEAN',
      source: 'email-domain',
      sortable: true,
    });
    await ws.as.OPERATOR.requestOk(CREATE, { a: { firstName: 'Corp', email: 'ceo@acme.example' } });
    const personal = await ws.as.ANALYST.requestOk(
      `query($f: CustomerFilter) { customers(filter: $f, sort: { field: "personalEmail", direction: DESC }) {
        edges { node { email } } } }`,
      { f: { op: 'AND', conditions: [{ field: 'personalEmail', operator: 'EQ', value: true }] } },
    );
    const emails = personal.customers.edges.map((e: { node: { email: string } }) => e.node.email);
    expect(emails).toContain('ivan@yandex.ru');
    expect(emails).not.toContain('ceo@acme.example');
    const shown = await ws.as.ANALYST.requestOk(
      '{ customers(first: 50) { edges { node { email fieldValues(keys: ["personalEmail"]) } } } }',
    );
    const column = new Map(
      shown.customers.edges.map((e: { node: { email: string; fieldValues: { personalEmail: boolean } } }) => [
        e.node.email,
        e.node.fieldValues.personalEmail,
      ]),
    );
    expect(column.get('ivan@yandex.ru')).toBe(true);
    expect(column.get('ceo@acme.example')).toBe(false);
  });
});
