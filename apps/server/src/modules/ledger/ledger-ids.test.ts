import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const ADJUST = `mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }`;
const REVERSE = `mutation($input: ReverseOperationInput!) { reverseLedgerOperation(input: $input) { id reversesId } }`;
const LEDGER = `query($id: ID!, $after: String) { customer(id: $id) { ledger(first: 2, after: $after) {
  edges { cursor node { id reversedById } } pageInfo { endCursor } } } }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;
let keys = 0;
const key = () => `ids-${++keys}`;

async function customer(ws: TestWorkspace): Promise<string> {
  return (await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Ida' } } }))
    .createCustomer.id;
}

async function adjust(ws: TestWorkspace, customerId: string): Promise<string> {
  const input = { customerId, currency: 'coins', amount: 5, idempotencyKey: key() };
  return (await ws.as.OPERATOR.requestOk(ADJUST, { input })).adjustBalance.id;
}

/** The internal id behind an id A was shown (what the old API showed as it is). */
async function internalId(customerId: string, nth: number): Promise<number> {
  const rows = await server.app.orm.em
    .getConnection()
    .execute<{ id: string }[]>('select id from ledger_operation where customer_id = ? order by id', [
      customerId,
    ]);
  return Number(rows[nth]?.id);
}

beforeAll(async () => {
  server = await startTestServer();
  a = await server.workspace('A');
  b = await server.workspace('B');
});
afterAll(async () => server?.close());

describe('operation ids', () => {
  it('do not tell workspace A how many operations workspace B wrote in between', async () => {
    const [ca, cb] = [await customer(a), await customer(b)];
    const first = await adjust(a, ca);
    for (let i = 0; i < 7; i++) await adjust(b, cb);
    const second = await adjust(a, ca);
    const third = await adjust(a, ca);

    // Inside, one sequence: B's seven operations sit between A's first two.
    expect((await internalId(ca, 1)) - (await internalId(ca, 0))).toBe(8);
    expect((await internalId(ca, 2)) - (await internalId(ca, 1))).toBe(1);
    // What A sees are not numbers, so neither gap shows.
    for (const id of [first, second, third]) {
      expect(id).toMatch(/^[\w-]{22}$/);
      expect(Number.isNaN(Number(id))).toBe(true);
    }
    expect(new Set([first, second, third]).size).toBe(3);
    // The same internal id in the other workspace would be shown differently (a key per workspace).
    const aCodec = await server.app.services.ledgerIds.forWorkspace(a.id);
    const bCodec = await server.app.services.ledgerIds.forWorkspace(b.id);
    const inside = await internalId(ca, 0);
    expect(aCodec.show(inside)).toBe(first);
    expect(bCodec.show(inside)).not.toBe(first);
    expect(aCodec.read(first)).toBe(String(inside));
  });

  it('work as references inside their workspace and nowhere else', async () => {
    const [ca, cb] = [await customer(a), await customer(b)];
    const mine = await adjust(a, ca);
    await adjust(a, ca);
    await adjust(a, ca);
    const theirs = await adjust(b, cb);

    const reversal = await a.as.OPERATOR.requestOk(REVERSE, {
      input: { operationId: mine, idempotencyKey: key() },
    });
    expect(reversal.reverseLedgerOperation.reversesId).toBe(mine);
    const page = (await a.as.ANALYST.requestOk(LEDGER, { id: ca })).customer.ledger;
    expect(page.edges).toHaveLength(2);
    const next = (await a.as.ANALYST.requestOk(LEDGER, { id: ca, after: page.pageInfo.endCursor })).customer
      .ledger;
    const all = [...page.edges, ...next.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(all).toContain(mine);
    expect(all).toContain(reversal.reverseLedgerOperation.id);

    // Another workspace's id, the internal number and a guess are all "no such operation".
    for (const operationId of [theirs, String(await internalId(ca, 1)), 'AAAAAAAAAAAAAAAAAAAAAA']) {
      const refused = await a.as.OPERATOR.request(REVERSE, { input: { operationId, idempotencyKey: key() } });
      expect(refused.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'OPERATION_NOT_FOUND' });
    }
    const badCursor = await a.as.ANALYST.request(LEDGER, { id: ca, after: String(await internalId(ca, 2)) });
    expect(badCursor.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'CURSOR_INVALID' });
  });
});
