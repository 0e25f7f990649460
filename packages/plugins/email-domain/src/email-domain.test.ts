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

describe('the email-domain card tab', () => {
  const TAB = `query($id: ID!, $language: Locale) { customerCardTab(customerId: $id, key: "email-domain", language: $language) {
    empty { en } sections { title { en } fields { label { en } value { kind text number tone } }
      table { columns { label { en } kind } rows { cells { kind text customerId at } } } } } }`;

  it('shows the domain, how many customers share it and the newest five, linked to their cards', async () => {
    const ids: string[] = [];
    for (const name of ['Anna', 'Boris', 'Vera', 'Gleb', 'Dina', 'Egor']) {
      const created = await ws.as.OPERATOR.requestOk(CREATE, {
        a: { firstName: name, email: `${name.toLowerCase()}@shop.example` },
      });
      ids.push(created.createCustomer.id);
    }
    await server.app.outbox.drain();
    const tabs = await ws.as.ANALYST.requestOk(
      'query($id: ID!) { customerCardTabs(customerId: $id) { key module label { ru } } }',
      {
        id: ids[0],
      },
    );
    expect(tabs.customerCardTabs).toContainEqual({
      key: 'email-domain',
      module: 'email-domain',
      label: { ru: 'Домен почты' },
    });

    const tab = (await ws.as.ANALYST.requestOk(TAB, { id: ids[0], language: 'RU' })).customerCardTab;
    const [facts, newest] = tab.sections;
    expect(facts.fields).toEqual([
      { label: { en: 'Domain' }, value: { kind: 'TEXT', text: 'shop.example', number: null, tone: null } },
      {
        label: { en: 'Kind' },
        value: { kind: 'STATUS', text: 'Домен компании', number: null, tone: 'GOOD' },
      },
      {
        label: { en: 'Customers with this domain' },
        value: { kind: 'NUMBER', text: null, number: 6, tone: null },
      },
    ]);
    expect(newest.title).toEqual({ en: 'Newest of them' });
    expect(newest.table.columns.map((c: { kind: string }) => c.kind)).toEqual(['LINK', 'TEXT', 'DATETIME']);
    const rows = newest.table.rows.map((r: { cells: { text: string; customerId: string }[] }) => r.cells);
    expect(rows.map((cells: { customerId: string }[]) => cells[0]?.customerId)).toEqual(
      ids.slice(1).reverse(),
    );
    expect(rows[0][0].text).toBe('Egor');
    expect(rows[0][1].text).toBe('egor@shop.example');
  });

  it('says there is no email instead of an empty table', async () => {
    const created = await ws.as.OPERATOR.requestOk(CREATE, { a: { firstName: 'Quiet' } });
    const tab = (await ws.as.OPERATOR.requestOk(TAB, { id: created.createCustomer.id })).customerCardTab;
    expect(tab).toEqual({ empty: { en: 'No email address' }, sections: [] });
  });
});
