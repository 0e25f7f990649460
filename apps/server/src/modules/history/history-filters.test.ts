import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { reasonCode } }';
const PROGRAMME = 'mutation($input: ProgrammeInput!) { updateLoyaltyProgramme(input: $input) { timeZone } }';
const RECORD = 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }';
const HISTORY = `query($id: ID!, $from: DateTime, $to: DateTime, $types: [HistoryEventType!]) {
  customer(id: $id) { history(from: $from, to: $to, types: $types) { totalCount edges { node { type changes { key newValue } } } } } }`;
const LEDGER = `query($id: ID!) { customer(id: $id) { ledger(first: 10) { edges { node { reason reasonCode reasonParams } } } } }`;

let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  await ws.as.ADMIN.requestOk(PROGRAMME, {
    input: { timeZone: 'UTC', rules: { pointsPerAmount: [{ currency: 'coins', points: 1, per: 10 }] } },
  });
});
afterAll(async () => server?.close());

describe("the card's history", () => {
  it('is filtered by period and refuses a period that ends before it starts', async () => {
    const { id } = (
      await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Period' } } })
    ).createCustomer;
    const count = async (from: string | null, to: string | null) =>
      (await ws.as.ANALYST.requestOk(HISTORY, { id, from, to })).customer.history.totalCount;
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(await count(iso(now - 60_000), iso(now + 60_000))).toBe(1);
    expect(await count(iso(now + 60_000), null)).toBe(0);
    expect(await count(null, iso(now - 60_000))).toBe(0);
    const bad = await ws.as.ANALYST.request(HISTORY, { id, from: iso(now), to: iso(now - 1) });
    expect(bad.errors?.[0]?.extensions?.fields).toMatchObject([
      { path: ['from'], problem: { code: 'HISTORY_PERIOD_INVALID' } },
    ]);
  });

  it('names system ledger reasons by code, in operations and in history; staff reasons stay text', async () => {
    const { id } = (
      await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Reason' } } })
    ).createCustomer;
    const adjusted = await ws.as.OPERATOR.requestOk(ADJUST, {
      input: {
        customerId: id,
        currency: 'coins',
        amount: 5,
        reason: 'Welcome gift',
        idempotencyKey: `a-${id}`,
      },
    });
    expect(adjusted.adjustBalance.reasonCode).toBeNull();
    await ws.as.OPERATOR.requestOk(RECORD, {
      input: {
        customerId: id,
        amount: 100,
        invoiceNumber: 'INV-3',
        paymentStatus: 'PAID',
        purchasedAt: '2026-11-16T12:00:00.000Z',
        idempotencyKey: `p-${id}`,
      },
    });
    const ledger = (await ws.as.ANALYST.requestOk(LEDGER, { id })).customer.ledger.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(ledger).toContainEqual({
      reason: 'Points for a purchase (INV-3)',
      reasonCode: 'PURCHASE_POINTS',
      reasonParams: { invoice: 'INV-3' },
    });
    const history = (await ws.as.ANALYST.requestOk(HISTORY, { id, types: ['BALANCE_CHANGED'] })).customer
      .history;
    const operations = history.edges.map(
      (e: { node: { changes: { key: string; newValue: unknown }[] } }) =>
        e.node.changes.find((c) => c.key === 'operation')?.newValue,
    );
    expect(operations).toContainEqual({
      kind: 'EARN',
      reason: 'Points for a purchase (INV-3)',
      reasonCode: 'PURCHASE_POINTS',
      reasonParams: { invoice: 'INV-3' },
    });
    expect(operations).toContainEqual({ kind: 'ADJUSTMENT', reason: 'Welcome gift' });
  });
});
