import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemOf } from '../../testing/answers.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const actor = { kind: 'system' as const, id: null, name: 'Migration' };
let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

const customer = async () =>
  (await server.app.services.customers.create(ws.id, actor, { firstName: 'From the old system' })).id;
const refusalOf = (error: unknown) => problemOf({ errors: [error as never] });

describe('an operation dated when it happened (history from an earlier system)', () => {
  it('carries its date, alone and within a transaction, and a second apply with the key writes nothing', async () => {
    const customerId = await customer();
    const when = new Date('2023-03-21T09:30:00Z');
    const alone = await server.app.services.ledger.apply(ws.id, actor, {
      customerId,
      currency: 'coins',
      amount: 40,
      kind: 'ADJUSTMENT',
      occurredAt: when,
      idempotencyKey: `dated-${customerId}`,
    });
    expect(alone.createdAt.toISOString()).toBe(when.toISOString());
    const again = await server.app.services.ledger.apply(ws.id, actor, {
      customerId,
      currency: 'coins',
      amount: 40,
      kind: 'ADJUSTMENT',
      occurredAt: when,
      idempotencyKey: `dated-${customerId}`,
    });
    expect(again.id).toBe(alone.id);
    const later = new Date('2023-04-02T12:00:00Z');
    const within = await server.app.services.sql.transaction((run) =>
      server.app.services.ledger.applyWithin(
        run,
        ws.id,
        actor,
        {
          customerId,
          currency: 'coins',
          amount: -15,
          kind: 'SPEND',
          occurredAt: later,
          idempotencyKey: `dated-spend-${customerId}`,
        },
        ['row'],
      ),
    );
    expect('operation' in within && within.operation.createdAt.toISOString()).toBe(later.toISOString());
    expect('operation' in within && within.operation.balanceAfter).toBe(25);
  });

  it('refuses a date in the future on occurredAt, writing nothing', async () => {
    const customerId = await customer();
    const refused = await server.app.services.ledger
      .apply(ws.id, actor, {
        customerId,
        currency: 'coins',
        amount: 10,
        kind: 'ADJUSTMENT',
        occurredAt: new Date(Date.now() + 3_600_000),
        idempotencyKey: `future-${customerId}`,
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refusalOf(refused)).toBe('OPERATION_DATE_FUTURE');
    const [count] = await server.app.services.sql.query<{ n: number }>(
      'select count(*)::int as n from ledger_operation where workspace_id = ? and customer_id = ?',
      [ws.id, customerId],
    );
    expect(count?.n).toBe(0);
  });
});
