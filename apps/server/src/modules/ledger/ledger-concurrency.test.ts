import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedPool } from '../../db/prepared-pool.js';
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
  const customer = await server.app.services.customers.create(ws.id, actor, { firstName: 'Hot account' });
  await server.app.services.ledger.apply(ws.id, actor, {
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
        server.app.services.ledger.apply(ws.id, actor, {
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
        server.app.services.ledger.apply(ws.id, actor, {
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
      server.app.services.ledger.apply(ws.id, actor, {
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
    const first = await server.app.services.ledger.apply(ws.id, actor, {
      customerId: ids[0] as string,
      currency: 'coins',
      amount: -5,
      kind: 'SPEND',
      idempotencyKey: `to-reverse-${ids[0]}`,
    });
    await server.app.services.ledger.reverse(ws.id, actor, {
      operationId: first.id,
      idempotencyKey: `undo-${first.id}`,
    });
    const results = await Promise.allSettled([
      ...adjustAll(ids, `failing-${Date.now()}`),
      // Fails inside its batch (the operation is already reversed): the batch's others must not fail with it.
      server.app.services.ledger.reverse(ws.id, actor, {
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

  it('keeps every balance exact when batches share accounts, written together or one at a time', async () => {
    const ids = await Promise.all(Array.from({ length: 40 }, () => customerWith(20)));
    const tag = `shared-${Date.now()}`;
    // Each batch mixes lone additions (written together) with accounts it touches twice (one at a time).
    const results = await Promise.allSettled(
      Array.from({ length: 300 }, (_, i) =>
        server.app.services.ledger.apply(ws.id, actor, {
          customerId: ids[(i * 7) % ids.length] as string,
          currency: 'coins',
          amount: Math.floor(i / ids.length) % 3 === 2 ? -4 : 3,
          kind: 'ADJUSTMENT',
          idempotencyKey: `${tag}-${i}`,
        }),
      ),
    );
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason.message).toMatch(/balance is too low/);
    }
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    let total = 0;
    for (const id of ids) {
      const state = await ledgerState(id);
      expect(state.balance).toBe(state.sum);
      expect(state.remaining).toBe(state.balance);
      total += state.ops - 1;
    }
    expect(total).toBe(ok);
  });

  it('writes the plain additions of a batch together, and answers every call as ledger_apply does', async () => {
    const [plain, third, second, twice, spender, inactive] = await Promise.all(
      Array.from({ length: 6 }, () => customerWith(50)),
    );
    const noBalance = (
      await server.app.services.customers.create(ws.id, actor, { firstName: 'No balance yet' })
    ).id;
    await server.app.services.customers.setStatus(ws.id, actor, inactive as string, 'INACTIVE');
    const other = await server.workspace('Another club');
    const stranger = (await server.app.services.customers.create(other.id, actor, { firstName: 'Elsewhere' }))
      .id;
    const coins = await server.app.services.currencies.byKey(ws.id, 'coins', ['currency']);
    const tag = `set-${Date.now()}`;
    const call = (customerId: string, amount: number, key: string) => [
      ws.id,
      customerId,
      coins.id,
      'ADJUSTMENT',
      amount,
      null,
      'Promo',
      '',
      key,
      `hash-${key}`,
      null,
      null,
      false,
      'system',
      null,
      'Till',
      'balance.coins',
      1,
      'customer.balance_changed',
      JSON.stringify([
        { key: 'operation', oldValue: null, newValue: { kind: 'ADJUSTMENT', reason: 'Promo' } },
      ]),
    ];
    const calls = [
      call(plain as string, 5, `${tag}-plain`), // written with the next one
      call(third as string, 4, `${tag}-third`),
      call(second as string, 6, `${tag}-second`), // its key is also the last call's: one at a time
      call(twice as string, 7, `${tag}-twice-1`), // two calls on one balance: one at a time
      call(twice as string, 8, `${tag}-twice-2`),
      call(spender as string, -9, `${tag}-spend`), // a subtraction: ledger_apply
      call(noBalance, 10, `${tag}-new`), // no balance row yet: ledger_apply creates it
      call(inactive as string, 11, `${tag}-inactive`),
      call(stranger, 12, `${tag}-stranger`), // another workspace's customer
      call(inactive as string, 13, `fund-${inactive}`), // a key already used: the first answer
      call(second as string, 14, `${tag}-second`), // a retry inside the batch: the first answer
    ];
    const url = String(server.app.orm.config.get('clientUrl'));
    const direct = new PreparedPool(url, 1);
    try {
      const { results, singles } = await direct.transaction(async (run) => {
        await run("select set_config('track_functions', 'pl', true)", []);
        const [row] = await run<{ results: Record<string, unknown>[] }>(
          'select ledger_apply_many(?::jsonb, true) as results',
          [JSON.stringify(calls)],
        );
        const [stats] = await run<{ calls: string }>(
          "select calls from pg_stat_xact_user_functions where funcname = 'ledger_apply'",
          [],
        );
        return { results: row?.results ?? [], singles: Number(stats?.calls) };
      });
      expect(results.map((r) => r.outcome)).toEqual([
        'written',
        'written',
        'written',
        'written',
        'written',
        'written',
        'written',
        'inactive',
        'not_found',
        'existing',
        'existing',
      ]);
      // Only the first two were written together; the other nine were ledger_apply calls.
      expect(singles).toBe(9);
      const op = (i: number) => results[i]?.operation as Record<string, unknown>;
      const single = op(2);
      for (const i of [0, 1]) {
        expect(Object.keys(op(i)).sort()).toEqual(Object.keys(single).sort());
        expect(op(i)).toMatchObject({
          kind: 'ADJUSTMENT',
          reason: 'Promo',
          actor_name: 'Till',
          request_hash: `hash-${calls[i]?.[8]}`,
        });
      }
      expect([op(0).amount, op(0).balance_after, results[0]?.before]).toEqual([5, 55, 50]);
      expect([op(1).amount, op(1).balance_after, results[1]?.before]).toEqual([4, 54, 50]);
      expect([op(2).amount, op(2).balance_after, results[2]?.before]).toEqual([6, 56, 50]);
      // The call with the second's key answers with the second's operation, as a retry does.
      expect(op(10).id).toBe(op(2).id);
      expect(op(9).customer_id).toBe(inactive);
    } finally {
      await direct.end();
    }

    for (const [id, balance] of [
      [plain, 55],
      [third, 54],
      [second, 56],
      [twice, 65],
      [spender, 41],
      [inactive, 50],
    ] as const) {
      const state = await ledgerState(id as string);
      expect(state.balance).toBe(balance);
      expect(state.sum).toBe(balance);
    }
    const [history] = await server.app.orm.em
      .getConnection()
      .execute<{ changes: unknown }[]>(
        `select changes from history_event where customer_id = ? and type = 'BALANCE_CHANGED' order by id desc limit 1`,
        [plain],
      );
    expect(history?.changes).toEqual([
      { key: 'balance.coins', oldValue: 50, newValue: 55 },
      { key: 'operation', oldValue: null, newValue: { kind: 'ADJUSTMENT', reason: 'Promo' } },
    ]);
    const [outbox] = await server.app.orm.em
      .getConnection()
      .execute<{ payload: Record<string, unknown> }[]>(
        `select payload from outbox_event where workspace_id = ? and payload->>'customerId' = ? order by id desc limit 1`,
        [ws.id, second],
      );
    expect(outbox?.payload).toMatchObject({
      customerId: second,
      actor: { kind: 'system', id: null, name: 'Till' },
      changes: [{ key: 'balance.coins', oldValue: 50, newValue: 56 }, { key: 'operation' }],
    });
  });
});
