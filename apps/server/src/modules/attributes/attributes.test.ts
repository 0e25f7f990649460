import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const DEFS =
  '{ attributeDefinitions { id key type group position system retired shownInList choices { value } } }';
const CREATE_DEF = `mutation($input: CreateAttributeDefinitionInput!) {
  createAttributeDefinition(input: $input) { id key type group position shownInList choices { value label { en fa } } }
}`;

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

describe('attribute definitions', () => {
  it('a new workspace has the system attributes as definitions', async () => {
    const data = await ws.as.ANALYST.requestOk(DEFS);
    const keys = data.attributeDefinitions.map((d: { key: string }) => d.key);
    expect(keys).toEqual(
      expect.arrayContaining(['firstName', 'lastName', 'mobile', 'email', 'birthDate', 'gender']),
    );
    // Built in, except what core modules contribute (purchases: the opening purchase total; imports: the
    // external id; channel-telegram: the chat id; message templates: the language of messages).
    const contributed = data.attributeDefinitions.filter((d: { system: boolean }) => !d.system);
    expect(contributed.map((d: { key: string }) => d.key).sort()).toEqual([
      'externalId',
      'language',
      'openingPurchaseTotal',
      'telegramChatId',
    ]);
  });

  it('an admin adds a custom attribute and customers use it at once, with no code change', async () => {
    const created = await ws.as.ADMIN.requestOk(CREATE_DEF, {
      input: {
        key: 'favouriteTeam',
        type: 'SINGLE_CHOICE',
        group: 'interests',
        shownInList: true,
        label: { en: 'Favourite team', ru: 'Любимая команда', fa: 'تیم محبوب' },
        choices: [
          { value: 'spartak', label: { en: 'Spartak', fa: 'اسپارتاک' } },
          { value: 'persepolis', label: { en: 'Persepolis', fa: 'پرسپولیس' } },
        ],
      },
    });
    expect(created.createAttributeDefinition).toMatchObject({
      key: 'favouriteTeam',
      group: 'interests',
      position: 1,
    });
    const customer = await ws.as.OPERATOR.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { attributes } }',
      { a: { firstName: 'Ali', favouriteTeam: 'persepolis' } },
    );
    expect(customer.createCustomer.attributes.favouriteTeam).toBe('persepolis');
    const wrong = await ws.as.OPERATOR.request(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      {
        a: { favouriteTeam: 'zenit' },
      },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'attributes', 'favouriteTeam'],
    });
  });

  it('every type in the catalogue can be defined and validated', async () => {
    const samples: Record<string, [unknown, unknown]> = {
      TEXT: ['  hi ', 'hi'],
      LONG_TEXT: ['long\ntext', 'long\ntext'],
      NUMBER: ['۴۲', 42],
      MONEY: [12.5, 12.5],
      DATE: ['1990-05-17', '1990-05-17'],
      DATETIME: ['2026-01-02T03:04:05+03:30', '2026-01-01T23:34:05.000Z'],
      BOOLEAN: [true, true],
      MULTIPLE_CHOICE: [
        ['a', 'b', 'a'],
        ['a', 'b'],
      ],
      PHONE: ['+44 7911 123456', '+447911123456'],
      EMAIL: ['X@Y.ORG', 'x@y.org'],
      URL: ['https://patron.example/path', 'https://patron.example/path'],
      ADDRESS: [
        { text: 'Tehran, Valiasr St', lat: 35.7, lng: 51.4 },
        { text: 'Tehran, Valiasr St', lat: 35.7, lng: 51.4 },
      ],
    };
    const attributes: Record<string, unknown> = {};
    for (const type of Object.keys(samples)) {
      const key = `t_${type.toLowerCase()}`;
      await ws.as.ADMIN.requestOk(CREATE_DEF, {
        input: {
          key,
          type,
          group: 'psychography',
          label: { en: type },
          choices:
            type === 'MULTIPLE_CHOICE'
              ? [
                  { value: 'a', label: { en: 'A' } },
                  { value: 'b', label: { en: 'B' } },
                ]
              : null,
        },
      });
      attributes[key] = samples[type]?.[0];
    }
    const data = await ws.as.OPERATOR.requestOk(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { attributes } }',
      { a: attributes },
    );
    for (const [type, [, expected]] of Object.entries(samples)) {
      expect(data.createCustomer.attributes[`t_${type.toLowerCase()}`], type).toEqual(expected);
    }
  });

  it('reorders within a group, retires and restores; system attributes cannot be retired', async () => {
    const data = await ws.as.ADMIN.requestOk(DEFS);
    const main = data.attributeDefinitions.filter((d: { group: string }) => d.group === 'main');
    const reversed = main.map((d: { id: string }) => d.id).reverse();
    const reordered = await ws.as.ADMIN.requestOk(
      'mutation($ids: [ID!]!) { reorderAttributeDefinitions(ids: $ids) { id position } }',
      {
        ids: reversed,
      },
    );
    expect(reordered.reorderAttributeDefinitions.map((d: { id: string }) => d.id)).toEqual(reversed);
    const after = await ws.as.ADMIN.requestOk(DEFS);
    expect(
      after.attributeDefinitions
        .filter((d: { group: string }) => d.group === 'main')
        .map((d: { id: string }) => d.id),
    ).toEqual(reversed);

    const forged = await ws.as.ADMIN.request(
      'mutation($ids: [ID!]!) { reorderAttributeDefinitions(ids: $ids) { id } }',
      {
        ids: [main[0].id, 'not-an-id'],
      },
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const system = await ws.as.ADMIN.request(
      'mutation($id: ID!) { retireAttributeDefinition(id: $id) { id } }',
      { id: main[0].id },
    );
    expect(system.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const custom = await ws.as.ADMIN.requestOk(CREATE_DEF, {
      input: { key: 'shoeSize', type: 'NUMBER', group: 'main', label: { en: 'Shoe size' } },
    });
    const id = custom.createAttributeDefinition.id;
    await ws.as.ADMIN.requestOk('mutation($id: ID!) { retireAttributeDefinition(id: $id) { retired } }', {
      id,
    });
    const hidden = await ws.as.ADMIN.requestOk(DEFS);
    expect(hidden.attributeDefinitions.some((d: { key: string }) => d.key === 'shoeSize')).toBe(false);
    const refused = await ws.as.OPERATOR.request(
      'mutation($a: JSON!) { createCustomer(input: { attributes: $a }) { id } }',
      {
        a: { shoeSize: 44 },
      },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'attributes', 'shoeSize'],
    });
    const restored = await ws.as.ADMIN.requestOk(
      'mutation($id: ID!) { restoreAttributeDefinition(id: $id) { retired } }',
      { id },
    );
    expect(restored.restoreAttributeDefinition.retired).toBe(false);
  });

  it('bad definitions are refused with the field named; only admins define attributes', async () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ key: '1bad', type: 'TEXT', group: 'main', label: { en: 'x' } }, ['input', 'key']],
      [{ key: 'firstName', type: 'TEXT', group: 'main', label: { en: 'x' } }, ['input', 'key']],
      [{ key: 'ok1', type: 'TEXT', group: 'nowhere', label: { en: 'x' } }, ['input', 'group']],
      [{ key: 'ok2', type: 'TEXT', group: 'main', label: {} }, ['input', 'label']],
      [{ key: 'ok3', type: 'SINGLE_CHOICE', group: 'main', label: { en: 'x' } }, ['input', 'choices']],
      [
        { key: 'ok4', type: 'NUMBER', group: 'main', label: { en: 'x' }, defaultValue: 'many' },
        ['input', 'defaultValue'],
      ],
      [
        {
          key: 'ok5',
          type: 'SINGLE_CHOICE',
          group: 'main',
          label: { en: 'x' },
          choices: [
            { value: 'a', label: { en: 'A' } },
            { value: 'a', label: { en: 'B' } },
          ],
        },
        ['input', 'choices', 1, 'value'],
      ],
    ];
    for (const [input, path] of cases) {
      const result = await ws.as.ADMIN.request(CREATE_DEF, { input });
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        path,
      });
    }
    const manager = await ws.as.MANAGER.request(CREATE_DEF, {
      input: { key: 'm', type: 'TEXT', group: 'main', label: { en: 'm' } },
    });
    expect(manager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a default value fills new customers', async () => {
    await ws.as.ADMIN.requestOk(CREATE_DEF, {
      input: {
        key: 'newsletter',
        type: 'BOOLEAN',
        group: 'main',
        label: { en: 'Newsletter' },
        defaultValue: true,
      },
    });
    const data = await ws.as.OPERATOR.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "D" } }) { attributes } }',
    );
    expect(data.createCustomer.attributes.newsletter).toBe(true);
  });
});
