import { type CardTabDefinition, type CardTabLoadContext, defineModule } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paramsOf, problemOf } from '../../testing/answers.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { CardTabService } from './card-tab.service.js';

const TABS = 'query($id: ID!) { customerCardTabs(customerId: $id) { key module order label { en ru fa } } }';
const VALUE = 'kind text number currency date at url customerId tone';
const TAB = `query($id: ID!, $key: String!, $language: Locale) {
  customerCardTab(customerId: $id, key: $key, language: $language) {
    key empty { en ru fa }
    sections { title { en ru fa }
      fields { label { en ru fa } value { ${VALUE} } }
      table { columns { label { en } kind } rows { cells { ${VALUE} } } empty { en } } } } }`;

const REFERRED = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const asked: CardTabLoadContext[] = [];
let slowFinished = false;

const tab = (key: string, load: CardTabDefinition['load'], extra: Partial<CardTabDefinition> = {}) => ({
  key,
  label: { en: key, ru: `${key} ru`, fa: `${key} fa` },
  permission: 'customers.read',
  load,
  ...extra,
});

/** A ticketing plugin as a third party would write it: its own permission and every kind of value. */
const ticketsPlugin = defineModule({
  name: 'tickets',
  permissions: [{ name: 'tickets.read', description: 'See support tickets', roles: ['MANAGER'] }],
  cardTabs: [
    tab(
      'tickets',
      async (context) => {
        asked.push(context);
        return {
          sections: [
            {
              title: { en: 'Summary', ru: 'Сводка' },
              fields: [
                { label: 'Subject', kind: 'text', value: 'Card not accepted' },
                { label: { en: 'Open' }, kind: 'number', value: 3 },
                { label: 'Owed', kind: 'money', value: { amount: 1250.5, currency: 'IRR' } },
                { label: 'Due', kind: 'date', value: '2026-03-21' },
                { label: 'Opened', kind: 'datetime', value: new Date('2026-03-01T10:30:00Z') },
                { label: 'Portal', kind: 'link', value: { url: 'https://help.example.com/t/1' } },
                { label: 'State', kind: 'status', value: { text: 'Waiting', tone: 'warning' } },
                { label: 'Closed', kind: 'datetime', value: null },
              ],
            },
            {
              table: {
                columns: [
                  { label: 'Ticket', kind: 'link' },
                  { label: 'Customer', kind: 'link' },
                  { label: 'Updated', kind: 'datetime' },
                ],
                rows: [
                  [
                    { url: 'http://help.example.com/t/2', text: '#2' },
                    { customerId: REFERRED, text: 'Referred friend' },
                    '2026-03-02T08:00:00+03:30',
                  ],
                  [null, null, null],
                ],
              },
            },
          ],
        };
      },
      { permission: 'tickets.read', order: 10, label: { en: 'Tickets', ru: 'Обращения', fa: 'تیکت‌ها' } },
    ),
    tab('nothing', async () => ({ sections: [], empty: { en: 'No tickets yet' } }), { order: 20 }),
    tab(
      'unsafe',
      async () =>
        ({
          sections: [
            { fields: [{ label: 'Site', kind: 'link', value: { url: 'javascript:alert(1)', text: 'x' } }] },
          ],
        }) as never,
    ),
    tab('shapeless', async () => ({ rows: [] }) as never),
    tab('wrong-cell', async () => ({
      sections: [{ table: { columns: [{ label: 'When', kind: 'date' }], rows: [['2026-02-30']] } }],
    })),
    tab('failing', async () => {
      throw new Error('ticket service refused: 503');
    }),
    tab('slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      slowFinished = true;
      return { sections: [] };
    }),
  ],
});

const logged: string[] = [];
let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let customerId: string;
let otherCustomerId: string;

beforeAll(async () => {
  server = await startTestServer({ plugins: [ticketsPlugin], log: (m) => logged.push(m) });
  ws = await server.workspace();
  other = await server.workspace('Other club');
  const create = 'mutation { createCustomer(input: { attributes: { firstName: "Lena" } }) { id } }';
  customerId = (await ws.as.OPERATOR.requestOk(create)).createCustomer.id;
  otherCustomerId = (await other.as.OPERATOR.requestOk(create)).createCustomer.id;
});
afterAll(async () => server?.close());

const keysSeenBy = async (role: keyof TestWorkspace['as']) =>
  (await ws.as[role].requestOk(TABS, { id: customerId })).customerCardTabs.map((t: { key: string }) => t.key);

describe('tabs modules add to the customer card', () => {
  it('lists the tabs a staff member may see, in order, with their labels and module', async () => {
    const manager = (await ws.as.MANAGER.requestOk(TABS, { id: customerId })).customerCardTabs;
    expect(manager[0]).toEqual({
      key: 'tickets',
      module: 'tickets',
      order: 10,
      label: { en: 'Tickets', ru: 'Обращения', fa: 'تیکت‌ها' },
    });
    expect(manager.map((t: { key: string }) => t.key)).toEqual([
      'tickets',
      'nothing',
      'failing',
      'shapeless',
      'slow',
      'unsafe',
      'wrong-cell',
    ]);
    // tickets.read is the manager's by default: the operator and the analyst do not see the tab.
    expect(await keysSeenBy('OPERATOR')).not.toContain('tickets');
    expect(await keysSeenBy('ANALYST')).not.toContain('tickets');
    expect(await keysSeenBy('ADMIN')).toContain('tickets');
    const refused = await ws.as.OPERATOR.request(TAB, { id: customerId, key: 'tickets' });
    expect(problemOf(refused)).toBe('FORBIDDEN');
    expect(paramsOf(refused)).toEqual({ permissions: 'tickets.read' });
    expect(problemOf(await ws.anonymous.request(TABS, { id: customerId }))).toBe('UNAUTHENTICATED');
  });

  it('gives a tab its content, every kind of value in the API shape, with the caller language', async () => {
    const content = (await ws.as.MANAGER.requestOk(TAB, { id: customerId, key: 'tickets', language: 'FA' }))
      .customerCardTab;
    expect(asked.at(-1)).toMatchObject({ workspaceId: ws.id, customerId, language: 'fa' });
    const none = {
      text: null,
      number: null,
      currency: null,
      date: null,
      at: null,
      url: null,
      customerId: null,
      tone: null,
    };
    const [summary, table] = content.sections;
    expect(summary.title).toEqual({ en: 'Summary', ru: 'Сводка', fa: null });
    expect(summary.table).toBeNull();
    expect(summary.fields).toEqual([
      {
        label: { en: 'Subject', ru: 'Subject', fa: 'Subject' },
        value: { ...none, kind: 'TEXT', text: 'Card not accepted' },
      },
      { label: { en: 'Open', ru: null, fa: null }, value: { ...none, kind: 'NUMBER', number: 3 } },
      {
        label: { en: 'Owed', ru: 'Owed', fa: 'Owed' },
        value: { ...none, kind: 'MONEY', number: 1250.5, currency: 'IRR' },
      },
      { label: { en: 'Due', ru: 'Due', fa: 'Due' }, value: { ...none, kind: 'DATE', date: '2026-03-21' } },
      {
        label: { en: 'Opened', ru: 'Opened', fa: 'Opened' },
        value: { ...none, kind: 'DATETIME', at: '2026-03-01T10:30:00.000Z' },
      },
      {
        label: { en: 'Portal', ru: 'Portal', fa: 'Portal' },
        value: {
          ...none,
          kind: 'LINK',
          url: 'https://help.example.com/t/1',
          text: 'https://help.example.com/t/1',
        },
      },
      {
        label: { en: 'State', ru: 'State', fa: 'State' },
        value: { ...none, kind: 'STATUS', text: 'Waiting', tone: 'WARNING' },
      },
      { label: { en: 'Closed', ru: 'Closed', fa: 'Closed' }, value: null },
    ]);
    expect(table.title).toBeNull();
    expect(table.table.columns).toEqual([
      { label: { en: 'Ticket' }, kind: 'LINK' },
      { label: { en: 'Customer' }, kind: 'LINK' },
      { label: { en: 'Updated' }, kind: 'DATETIME' },
    ]);
    expect(table.table.rows).toEqual([
      {
        cells: [
          { ...none, kind: 'LINK', url: 'http://help.example.com/t/2', text: '#2' },
          { ...none, kind: 'LINK', customerId: REFERRED, text: 'Referred friend' },
          { ...none, kind: 'DATETIME', at: '2026-03-02T04:30:00.000Z' },
        ],
      },
      { cells: [null, null, null] },
    ]);
    // Without a language: the staff member's own (English until they choose another).
    await ws.as.MANAGER.requestOk(TAB, { id: customerId, key: 'tickets' });
    expect(asked.at(-1)?.language).toBe('en');
    const empty = (await ws.as.ANALYST.requestOk(TAB, { id: customerId, key: 'nothing' })).customerCardTab;
    expect(empty).toEqual({
      key: 'nothing',
      sections: [],
      empty: { en: 'No tickets yet', ru: null, fa: null },
    });
  });

  it("keeps to the caller's workspace: another workspace's customer is not found, and no load runs", async () => {
    const before = asked.length;
    for (const query of [TABS, TAB]) {
      const answer = await ws.as.MANAGER.request(query, { id: otherCustomerId, key: 'tickets' });
      expect(problemOf(answer)).toBe('CUSTOMER_NOT_FOUND');
    }
    expect(problemOf(await ws.as.MANAGER.request(TAB, { id: 'not-an-id', key: 'tickets' }))).toBe(
      'CUSTOMER_NOT_FOUND',
    );
    expect(asked.length).toBe(before);
    const own = await other.as.MANAGER.requestOk(TAB, { id: otherCustomerId, key: 'tickets' });
    expect(own.customerCardTab.key).toBe('tickets');
    expect(asked.at(-1)).toMatchObject({ workspaceId: other.id, customerId: otherCustomerId });
    const unknown = await ws.as.MANAGER.request(TAB, { id: customerId, key: 'orders' });
    expect(problemOf(unknown)).toBe('CARD_TAB_NOT_FOUND');
    expect(paramsOf(unknown)).toEqual({ tab: 'orders' });
  });

  it('refuses content it cannot show, naming where it is wrong, and logs it', async () => {
    const cases = [
      ['unsafe', 'sections[0].fields[0].value.url'],
      ['shapeless', 'sections'],
      ['wrong-cell', 'sections[0].table.rows[0][0]'],
    ];
    for (const [key, path] of cases) {
      const answer = await ws.as.OPERATOR.request(TAB, { id: customerId, key });
      expect(answer.errors?.[0]?.extensions?.code, key).toBe('CONFLICT');
      expect(problemOf(answer), key).toBe('CARD_TAB_CONTENT_INVALID');
      expect(paramsOf(answer), key).toEqual({ tab: key, path });
    }
    expect(logged).toContainEqual(
      'card tab unsafe (module tickets): content cannot be shown: sections[0].fields[0].value.url: only http and https addresses',
    );
  });

  it('shows a failing or slow module as CARD_TAB_FAILED, logged, and the card still answers', async () => {
    const failed = await ws.as.OPERATOR.request(TAB, { id: customerId, key: 'failing' });
    expect(problemOf(failed)).toBe('CARD_TAB_FAILED');
    expect(paramsOf(failed)).toEqual({ tab: 'failing' });
    expect(failed.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(
      logged.some((l) =>
        l.startsWith('card tab failing (module tickets): load failed: Error: ticket service refused: 503'),
      ),
    ).toBe(true);

    const started = Date.now();
    const slow = await ws.as.OPERATOR.request(TAB, { id: customerId, key: 'slow' });
    const took = Date.now() - started;
    expect(problemOf(slow)).toBe('CARD_TAB_FAILED');
    expect(took).toBeGreaterThanOrEqual(4_900);
    expect(took).toBeLessThan(6_000);
    expect(slowFinished).toBe(false);
    expect(logged).toContainEqual('card tab slow (module tickets): no answer within 5000 ms');
    const card = await ws.as.OPERATOR.requestOk('query($id: ID!) { customer(id: $id) { id } }', {
      id: customerId,
    });
    expect(card.customer.id).toBe(customerId);
  });
});

describe('card tabs at start', () => {
  const source = (module: string, definition: Partial<CardTabDefinition>) => ({
    module,
    tab: { ...tab('orders', async () => ({ sections: [] })), ...definition } as CardTabDefinition,
    services: {} as never,
  });
  const start = (...sources: ReturnType<typeof source>[]) =>
    new CardTabService(sources, new Set(['customers.read']), {} as never, () => {});

  it('stop the start for a repeated key, a key that is no address, no English label or an unknown permission', () => {
    expect(() => start(source('shop', {}), source('crm', {}))).toThrow(
      'Card tab "orders" is declared by both module "shop" and module "crm"; disable one of them',
    );
    expect(() => start(source('shop', { key: 'Orders/All' }))).toThrow('needs a lower-kebab key');
    expect(() => start(source('shop', { label: { ru: 'Заказы' } }))).toThrow(
      'Card tab "orders" of module "shop" needs an English label',
    );
    expect(() => start(source('shop', { permission: 'orders.read' }))).toThrow(
      'Card tab "orders" of module "shop" needs permission "orders.read", which no enabled module declares',
    );
    expect(() => start(source('shop', {}), source('crm', { key: 'tickets' }))).not.toThrow();
  });
});
