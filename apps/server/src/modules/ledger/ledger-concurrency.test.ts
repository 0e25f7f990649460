import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const actor = { kind: 'system' as const, id: null, name: 'Till' };
let server: TestServer;
let ws: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

async function customerWith(coins: number): Promise<string> {
  const customer = await server.app.customers.create(ws.id, actor, { firstName: 'Hot account' });
  await server.app.ledger.apply(ws.id, actor, {
    customerId: customer.id,
    currency: 'coins',
    amount: coins,
    kind: 'ADJUSTMENT',
    idempotencyKey: `fund-${customer.id}`,
  });
  return customer.id;
}

async function ledgerState(customerId: string) {
  const [row] = await server.app.orm.em
    .getConnection()
    .execute<{ balance: string; sum: string; remaining: string; ops: string }[]>(
      `select b.amount as balance,
            (select sum(amount) from ledger_operation o where o.customer_id = b.customer_id and o.currency_id = b.currency_id) as sum,
            (select sum(remaining) from ledger_grant g where g.customer_id = b.customer_id and g.currency_id = b.currency_id) as remaining,
            (select count(*) from ledger_operation o where o.customer_id = b.customer_id) as ops
       from balance b join currency c on c.id = b.currency_id where b.customer_id = ? and c.key = 'coins'`,
      [customerId],
    );
  return {
    balance: Number(row?.balance),
    sum: Number(row?.sum),
    remaining: Number(row?.remaining),
    ops: Number(row?.ops),
  };
}

describe('concurrent operations on one account', () => {
  it('50 parallel spends of 10 against 200: exactly 20 succeed, the rest are refused cleanly', async () => {
    const id = await customerWith(200);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        server.app.ledger.apply(ws.id, actor, {
          customerId: id,
          currency: 'coins',
          amount: -10,
          kind: 'SPEND',
          idempotencyKey: `spend-${id}-${i}`,
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(20);
    expect(refused).toHaveLength(30);
    for (const r of refused) {
      expect(r.reason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'amount'] });
    }
    // Each success saw a distinct balance on its way down: 190, 180, … 0.
    const after = ok.map((r) => (r as PromiseFulfilledResult<{ balanceAfter: number }>).value.balanceAfter);
    expect(after.sort((a, b) => b - a)).toEqual(Array.from({ length: 20 }, (_, i) => 190 - i * 10));
    expect(await ledgerState(id)).toEqual({ balance: 0, sum: 0, remaining: 0, ops: 21 });
  });

  it('the same idempotency key sent 20 times at once is one operation with one answer', async () => {
    const id = await customerWith(100);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.app.ledger.apply(ws.id, actor, {
          customerId: id,
          currency: 'coins',
          amount: -30,
          kind: 'SPEND',
          idempotencyKey: `once-${id}`,
        }),
      ),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.every((r) => r.balanceAfter === 70)).toBe(true);
    expect(await ledgerState(id)).toEqual({ balance: 70, sum: 70, remaining: 70, ops: 2 });
  });
});

describe('group commit', () => {
  const adjustAll = (ids: string[], tag: string) =>
    ids.map((id, i) =>
      server.app.ledger.apply(ws.id, actor, {
        customerId: id,
        currency: 'coins',
        amount: i % 2 ? 7 : -7,
        kind: 'ADJUSTMENT',
        idempotencyKey: `${tag}-${i}`,
      }),
    );
  // Every customer starts at 50 (in the second test, customer 0's spend of 5 is reversed first).
  const expectExact = async (ids: string[]) => {
    for (const [i, id] of ids.entries()) {
      const state = await ledgerState(id);
      expect(state.balance).toBe(state.sum);
      expect(state.balance).toBe(50 + (i % 2 ? 7 : -7));
    }
  };

  it('writes concurrent operations in shared transactions, each with its own answer', async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, () => customerWith(50)));
    const tag = `group-${Date.now()}`;
    const written = await Promise.all(adjustAll(ids, tag));
    expect(written.map((o) => o.customerId)).toEqual(ids);
    await expectExact(ids);
    const [{ transactions } = { transactions: '0' }] = await server.app.orm.em
      .getConnection()
      .execute<{ transactions: string }[]>(
        'select count(distinct xmin::text) as transactions from ledger_operation where idempotency_key like ?',
        [`${tag}-%`],
      );
    expect(Number(transactions)).toBeLessThan(30);
  });

  it('writes a batch that fails one operation at a time: only the failing one fails', async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, () => customerWith(50)));
    const first = await server.app.ledger.apply(ws.id, actor, {
      customerId: ids[0] as string,
      currency: 'coins',
      amount: -5,
      kind: 'SPEND',
      idempotencyKey: `to-reverse-${ids[0]}`,
    });
    await server.app.ledger.reverse(ws.id, actor, {
      operationId: first.id,
      idempotencyKey: `undo-${first.id}`,
    });
    const results = await Promise.allSettled([
      ...adjustAll(ids, `failing-${Date.now()}`),
      // Fails inside its batch (the operation is already reversed): the batch's others must not fail with it.
      server.app.ledger.reverse(ws.id, actor, {
        operationId: first.id,
        idempotencyKey: `undo-again-${first.id}`,
      }),
    ]);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.reason.message).toMatch(/already been reversed/);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(30);
    await expectExact(ids);
  });
});
