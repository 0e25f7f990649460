import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const ADD = `mutation($input: AddCustomerRelationInput!) { addCustomerRelation(input: $input) {
  id type { key } label { en ru } related { id displayName } } }`;
const REMOVE = 'mutation($id: ID!) { removeCustomerRelation(id: $id) }';
const CARD = `query($id: ID!) { customer(id: $id) {
  relations { id type { key shipped } label { en ru fa } related { id displayName number } }
  history(types: [RELATION_ADDED, RELATION_REMOVED]) { edges { node { type changes { key oldValue newValue } } } } } }`;
const TYPES = '{ relationTypes { key name { en } inverseName { en } shipped relationCount } }';
const CREATE_TYPE = `mutation($input: RelationTypeInput!) { createRelationType(input: $input) { key name { en } inverseName { en } } }`;

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
/** The refusal's code: the first field's for bad input, else the problem's. */
function refusalOf(answer: Answer): { code: unknown; problem: unknown; path?: unknown } {
  const ext = answer.errors?.[0]?.extensions ?? {};
  const fields = ext.fields as { path: unknown; problem: { code: string } }[] | undefined;
  const problem = fields?.[0]?.problem.code ?? (ext.problem as { code?: string } | undefined)?.code;
  return { code: ext.code, problem, path: fields?.[0]?.path };
}

let server: TestServer;
let ws: TestWorkspace;
let other: TestWorkspace;
let anna: string;
let boris: string;
let vera: string;
let stranger: string;

async function customer(w: TestWorkspace, firstName: string): Promise<string> {
  return (await w.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName } } })).createCustomer.id;
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  other = await server.workspace('Other club');
  anna = await customer(ws, 'Anna');
  boris = await customer(ws, 'Boris');
  vera = await customer(ws, 'Vera');
  stranger = await customer(other, 'Stranger');
});
afterAll(async () => server?.close());

describe('relation types', () => {
  it('ships family, colleague, friend and business partner; a manager adds a two-sided type', async () => {
    const shipped = (await ws.as.ANALYST.requestOk(TYPES)).relationTypes;
    expect(shipped.map((t: { key: string }) => t.key)).toEqual([
      'family',
      'colleague',
      'friend',
      'business_partner',
    ]);
    const { createRelationType } = await ws.as.MANAGER.requestOk(CREATE_TYPE, {
      input: {
        key: 'parent',
        name: { en: 'Parent', ru: 'Родитель' },
        inverseName: { en: 'Child', ru: 'Ребёнок' },
      },
    });
    expect(createRelationType).toEqual({
      key: 'parent',
      name: { en: 'Parent' },
      inverseName: { en: 'Child' },
    });
    const taken = await ws.as.MANAGER.request(CREATE_TYPE, { input: { key: 'friend', name: { en: 'Pal' } } });
    expect(refusalOf(taken)).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'RELATION_TYPE_KEY_TAKEN' });
    const denied = await ws.as.OPERATOR.request(CREATE_TYPE, {
      input: { key: 'mentor', name: { en: 'Mentor' } },
    });
    expect(refusalOf(denied).code).toBe('FORBIDDEN');
    const shippedDelete = await ws.as.MANAGER.request('mutation { deleteRelationType(key: "family") }');
    expect(refusalOf(shippedDelete).problem).toBe('RELATION_TYPE_SHIPPED');
    // Another workspace does not see this workspace's type.
    const theirs = (await other.as.ANALYST.requestOk(TYPES)).relationTypes;
    expect(theirs.map((t: { key: string }) => t.key)).not.toContain('parent');
  });
});

describe('relations between customers', () => {
  let friendship: string;

  it('are shown from both sides with the label of each side, navigable, with history on both', async () => {
    const added = await ws.as.OPERATOR.requestOk(ADD, {
      input: { customerId: anna, relatedCustomerId: boris, typeKey: 'friend' },
    });
    expect(added.addCustomerRelation).toEqual([
      expect.objectContaining({ type: { key: 'friend' }, related: { id: boris, displayName: 'Boris' } }),
    ]);
    friendship = added.addCustomerRelation[0].id;
    // Vera is Anna's parent, so Anna is Vera's child.
    await ws.as.OPERATOR.requestOk(ADD, {
      input: { customerId: anna, relatedCustomerId: vera, typeKey: 'parent' },
    });
    const annaCard = (await ws.as.ANALYST.requestOk(CARD, { id: anna })).customer;
    expect(
      annaCard.relations.map((r: { label: { en: string }; related: { id: string } }) => [
        r.label.en,
        r.related.id,
      ]),
    ).toEqual([
      ['Friend', boris],
      ['Parent', vera],
    ]);
    const veraCard = (await ws.as.ANALYST.requestOk(CARD, { id: vera })).customer;
    expect(veraCard.relations).toEqual([
      expect.objectContaining({
        label: { en: 'Child', ru: 'Ребёнок', fa: null },
        related: expect.objectContaining({ id: anna, displayName: 'Anna' }),
      }),
    ]);
    const borisCard = (await ws.as.ANALYST.requestOk(CARD, { id: boris })).customer;
    expect(borisCard.relations[0]).toMatchObject({
      id: friendship,
      label: { en: 'Friend' },
      related: { id: anna },
    });
    expect(borisCard.history.edges[0].node).toEqual({
      type: 'RELATION_ADDED',
      changes: [
        {
          key: 'relation',
          oldValue: null,
          newValue: {
            type: 'friend',
            label: expect.objectContaining({ en: 'Friend' }),
            customerId: anna,
            name: 'Anna',
          },
        },
      ],
    });
    expect(veraCard.history.edges[0].node.changes[0].newValue).toMatchObject({
      label: { en: 'Child' },
      name: 'Anna',
    });
    const counts = (await ws.as.ANALYST.requestOk(TYPES)).relationTypes;
    expect(counts.find((t: { key: string }) => t.key === 'parent').relationCount).toBe(1);
  });

  it('the inverse side of a two-sided type: Boris is Vera’s child', async () => {
    await ws.as.OPERATOR.requestOk(ADD, {
      input: { customerId: vera, relatedCustomerId: boris, typeKey: 'parent', inverse: true },
    });
    const borisCard = (await ws.as.ANALYST.requestOk(CARD, { id: boris })).customer;
    expect(borisCard.relations.map((r: { label: { en: string } }) => r.label.en)).toEqual([
      'Friend',
      'Parent',
    ]);
  });

  it('refuses a relation to oneself, across workspaces, a duplicate from either side and an unknown type', async () => {
    const self = await ws.as.OPERATOR.request(ADD, {
      input: { customerId: anna, relatedCustomerId: anna, typeKey: 'friend' },
    });
    expect(refusalOf(self)).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'RELATION_SELF',
      path: ['input', 'relatedCustomerId'],
    });
    const across = await ws.as.OPERATOR.request(ADD, {
      input: { customerId: anna, relatedCustomerId: stranger, typeKey: 'friend' },
    });
    expect(refusalOf(across)).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'RELATION_CUSTOMER_UNKNOWN',
      path: ['input', 'relatedCustomerId'],
    });
    // From the other workspace, with this workspace's customers: neither is found there.
    const foreign = await other.as.MANAGER.request(ADD, {
      input: { customerId: stranger, relatedCustomerId: anna, typeKey: 'friend' },
    });
    expect(refusalOf(foreign).problem).toBe('RELATION_CUSTOMER_UNKNOWN');
    const duplicate = await ws.as.OPERATOR.request(ADD, {
      input: { customerId: boris, relatedCustomerId: anna, typeKey: 'friend' },
    });
    expect(refusalOf(duplicate)).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'RELATION_EXISTS' });
    const unknown = await ws.as.OPERATOR.request(ADD, {
      input: { customerId: anna, relatedCustomerId: boris, typeKey: 'nemesis' },
    });
    expect(refusalOf(unknown)).toEqual({
      code: 'BAD_USER_INPUT',
      problem: 'RELATION_TYPE_UNKNOWN',
      path: ['input', 'typeKey'],
    });
    const analyst = await ws.as.ANALYST.request(ADD, {
      input: { customerId: anna, relatedCustomerId: boris, typeKey: 'colleague' },
    });
    expect(refusalOf(analyst).code).toBe('FORBIDDEN');
    // Nothing half-written: Anna still has her two relations.
    expect((await ws.as.ANALYST.requestOk(CARD, { id: anna })).customer.relations).toHaveLength(2);
    const inUse = await ws.as.MANAGER.request('mutation { deleteRelationType(key: "parent") }');
    expect(refusalOf(inUse)).toEqual({ code: 'CONFLICT', problem: 'RELATION_TYPE_IN_USE', path: undefined });
  });

  it('are removed from both sides, with history on both; another workspace cannot remove them', async () => {
    const foreign = await other.as.MANAGER.request(REMOVE, { id: friendship });
    expect(refusalOf(foreign)).toMatchObject({ code: 'NOT_FOUND', problem: 'RELATION_NOT_FOUND' });
    await ws.as.OPERATOR.requestOk(REMOVE, { id: friendship });
    for (const [id, name] of [
      [anna, 'Boris'],
      [boris, 'Anna'],
    ] as const) {
      const card = (await ws.as.ANALYST.requestOk(CARD, { id })).customer;
      expect(card.relations.map((r: { type: { key: string } }) => r.type.key)).not.toContain('friend');
      expect(card.history.edges[0].node).toMatchObject({
        type: 'RELATION_REMOVED',
        changes: [{ key: 'relation', oldValue: { type: 'friend', name }, newValue: null }],
      });
    }
    const again = await ws.as.OPERATOR.request(REMOVE, { id: friendship });
    expect(refusalOf(again).problem).toBe('RELATION_NOT_FOUND');
  });
});
