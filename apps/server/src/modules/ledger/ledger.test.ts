import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const ADJUST = `mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) {
  id kind currency amount balanceAfter reason comment expiresAt reversesId actor { name } } }`;
const REVERSE = `mutation($input: ReverseOperationInput!) { reverseLedgerOperation(input: $input) {
  id kind amount balanceAfter reversesId } }`;
const BALANCES = `query($id: ID!) { customer(id: $id) { balances { currency { key } amount value } } }`;
const LEDGER = `query($id: ID!, $currency: String, $from: DateTime, $to: DateTime, $after: String, $first: Int) {
  customer(id: $id) { ledger(currency: $currency, from: $from, to: $to, after: $after, first: $first) {
    edges { cursor node { id kind currency amount balanceAfter } } pageInfo { hasNextPage endCursor } } } }`;
const HISTORY = `query($id: ID!) { customer(id: $id) { history(types: [BALANCE_CHANGED]) {
  edges { node { type changes { key oldValue newValue } } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let keyCounter = 0;
const key = () => `test-${++keyCounter}-${Date.now()}`;

async function newCustomer(name: string, as: TestWorkspace = ws): Promise<string> {
  return (await as.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: name } } }))
    .createCustomer.id;
}

async function balance(customerId: string, currency: string): Promise<number> {
  const { customer } = await ws.as.ANALYST.requestOk(BALANCES, { id: customerId });
  return customer.balances.find((b: { currency: { key: string } }) => b.currency.key === currency).amount;
}

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.app.orm.em.getConnection().execute<T[]>(text, params);
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

describe('balances of several customers in one request', () => {
  it('are right for every customer, however late each one resolves', async () => {
    const [x, y] = [await newCustomer('Xena'), await newCustomer('Yuri')];
    for (const [id, amount] of [
      [x, 10],
      [y, 20],
    ] as const)
      await ws.as.OPERATOR.requestOk(ADJUST, {
        input: { customerId: id, currency: 'coins', amount, reason: 'Gift', idempotencyKey: key() },
      });
    const coins = '{ currency { key } amount }';
    const data = await ws.as.ANALYST.requestOk(
      `query($x: ID!, $y: ID!) { x: customer(id: $x) { balances ${coins} } y: customer(id: $y) { balances ${coins} } }`,
      { x, y },
    );
    const of = (c: { balances: { currency: { key: string }; amount: number }[] }) =>
      c.balances.find((b) => b.currency.key === 'coins')?.amount;
    expect([of(data.x), of(data.y)]).toEqual([10, 20]);
  });
});

describe('currencies', () => {
  it('a new workspace keeps XP, Coins and Credit, named in three languages', async () => {
    const { currencies } = await ws.as.ANALYST.requestOk(
      '{ currencies { key name { en ru fa } decimals unitValue spendable position } }',
    );
    expect(currencies.map((c: { key: string }) => c.key)).toEqual(['xp', 'coins', 'credit']);
    expect(currencies[0]).toMatchObject({ spendable: false, decimals: 0, name: { ru: 'Опыт' } });
    expect(currencies[2]).toMatchObject({ decimals: 2, unitValue: 1, name: { fa: 'اعتبار' } });
  });

  it('are defined by admins, with errors naming the field, and key and decimals stay fixed', async () => {
    const create = `mutation($input: CurrencyInput!) { createCurrency(input: $input) { id key decimals } }`;
    const denied = await ws.as.MANAGER.request(create, {
      input: { key: 'stars', name: { en: 'Stars' }, unitValue: 0.1 },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await ws.as.ADMIN.request(create, { input: { key: 'Stars!', name: {}, unitValue: -1 } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'key'] });
    const fields = (bad.errors?.[0]?.extensions?.fields ?? []) as { path: string[] }[];
    const paths = fields.map((f) => f.path.join('.'));
    expect(paths).toEqual(['input.key', 'input.name', 'input.unitValue']);
    const { createCurrency } = await ws.as.ADMIN.requestOk(create, {
      input: { key: 'stars', name: { en: 'Stars', fa: 'ستاره' }, unitValue: 0.1, decimals: 1 },
    });
    const dup = await ws.as.ADMIN.request(create, {
      input: { key: 'stars', name: { en: 'x' }, unitValue: 1 },
    });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['input', 'key'] });
    const update = `mutation($id: ID!, $input: CurrencyInput!) { updateCurrency(id: $id, input: $input) { name { en } decimals } }`;
    const fixed = await ws.as.ADMIN.request(update, {
      id: createCurrency.id,
      input: { name: { en: 'Stars' }, unitValue: 0.1, decimals: 2 },
    });
    expect(fixed.errors?.[0]?.extensions).toMatchObject({ path: ['input', 'decimals'] });
    const renamed = await ws.as.ADMIN.requestOk(update, {
      id: createCurrency.id,
      input: { name: { en: 'Gold stars' }, unitValue: 0.2 },
    });
    expect(renamed.updateCurrency).toEqual({ name: { en: 'Gold stars' }, decimals: 1 });
  });
});

describe('adjusting a balance', () => {
  it('adds and subtracts with a reason, in the history of the same transaction', async () => {
    const id = await newCustomer('Leila');
    const added = await ws.as.OPERATOR.requestOk(ADJUST, {
      input: {
        customerId: id,
        currency: 'coins',
        amount: 120,
        reason: 'Welcome gift',
        comment: 'promo desk',
        idempotencyKey: key(),
      },
    });
    expect(added.adjustBalance).toMatchObject({
      kind: 'ADJUSTMENT',
      currency: 'coins',
      amount: 120,
      balanceAfter: 120,
      reason: 'Welcome gift',
      comment: 'promo desk',
      actor: { name: 'OPERATOR person' },
    });
    const spent = await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: id, currency: 'coins', amount: -20, reason: 'Correction', idempotencyKey: key() },
    });
    expect(spent.adjustBalance).toMatchObject({ amount: -20, balanceAfter: 100 });
    expect(await balance(id, 'coins')).toBe(100);

    const { customer } = await ws.as.ANALYST.requestOk(HISTORY, { id });
    const changes = customer.history.edges.map(
      (e: { node: { changes: { key: string; oldValue: unknown; newValue: unknown }[] } }) =>
        e.node.changes[0],
    );
    expect(changes).toEqual([
      { key: 'balance.coins', oldValue: 120, newValue: 100 },
      { key: 'balance.coins', oldValue: 0, newValue: 120 },
    ]);
  });

  it('refuses a subtraction beyond the balance, bad amounts and unknown currencies, writing nothing', async () => {
    const id = await newCustomer('Pavel');
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: id, currency: 'credit', amount: 12.34, idempotencyKey: key() },
    });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ currency: 'credit', amount: -12.35 }, 'amount', /too low: 12\.34 credit available, 12\.35 asked/],
      [{ currency: 'credit', amount: 1.005 }, 'amount', /2 decimal places/],
      [{ currency: 'coins', amount: 1.5 }, 'amount', /whole amounts/],
      [{ currency: 'coins', amount: 0 }, 'amount', /zero/],
      [{ currency: 'gems', amount: 5 }, 'currency', /No currency "gems"/],
      [{ currency: 'coins', amount: 5, expiresAt: '2020-01-01T00:00:00Z' }, 'expiresAt', /future/],
      [{ currency: 'coins', amount: -5, expiresAt: '2099-01-01T00:00:00Z' }, 'expiresAt', /addition/],
      [{ currency: 'coins', amount: 5, reason: 'x'.repeat(501) }, 'reason', /500/],
    ];
    for (const [input, field, message] of cases) {
      const result = await ws.as.OPERATOR.request(ADJUST, {
        input: { customerId: id, idempotencyKey: key(), ...input },
      });
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        path: ['input', field],
      });
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await balance(id, 'credit')).toBe(12.34);
    const [count] = await sql<{ n: string }>(
      'select count(*) as n from ledger_operation where customer_id = ?',
      [id],
    );
    expect(Number(count?.n)).toBe(1);
  });

  it('answers the same idempotency key with the first operation, and refuses it for another request', async () => {
    const id = await newCustomer('Ivan');
    const input = { customerId: id, currency: 'coins', amount: 50, reason: 'Survey', idempotencyKey: key() };
    const first = (await ws.as.OPERATOR.requestOk(ADJUST, { input })).adjustBalance;
    const again = (await ws.as.MANAGER.requestOk(ADJUST, { input })).adjustBalance;
    expect(again).toEqual({ ...first, actor: first.actor });
    expect(await balance(id, 'coins')).toBe(50);
    const other = await ws.as.OPERATOR.request(ADJUST, { input: { ...input, amount: 60 } });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('gives an inactive or deleted customer nothing', async () => {
    const id = await newCustomer('Sleeping');
    await ws.as.OPERATOR.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', { id });
    const refused = await ws.as.OPERATOR.request(ADJUST, {
      input: { customerId: id, currency: 'coins', amount: 10, idempotencyKey: key() },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['input', 'customerId'],
    });
    expect(refused.errors?.[0]?.message).toMatch(/inactive/);
    const gone = await newCustomer('Gone');
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteCustomer(id: $id) }', { id: gone });
    const deleted = await ws.as.OPERATOR.request(ADJUST, {
      input: { customerId: gone, currency: 'coins', amount: 10, idempotencyKey: key() },
    });
    expect(deleted.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is for operators and managers; analysts read; other workspaces see nothing', async () => {
    const id = await newCustomer('Guarded');
    const input = { customerId: id, currency: 'coins', amount: 10, idempotencyKey: key() };
    expect((await ws.as.ANALYST.request(ADJUST, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const op = (await ws.as.MANAGER.requestOk(ADJUST, { input })).adjustBalance;
    const other = await server.workspace('Other club');
    const foreign = await other.as.MANAGER.request(ADJUST, { input: { ...input, idempotencyKey: key() } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const reverse = await other.as.MANAGER.request(REVERSE, {
      input: { operationId: op.id, idempotencyKey: key() },
    });
    expect(reverse.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await balance(id, 'coins')).toBe(10);
  });
});

describe('reversals', () => {
  it('undo an addition or a subtraction once; a reversal is not reversed', async () => {
    const id = await newCustomer('Reversed');
    const add = (
      await ws.as.OPERATOR.requestOk(ADJUST, {
        input: { customerId: id, currency: 'coins', amount: 80, idempotencyKey: key() },
      })
    ).adjustBalance;
    const sub = (
      await ws.as.OPERATOR.requestOk(ADJUST, {
        input: { customerId: id, currency: 'coins', amount: -30, idempotencyKey: key() },
      })
    ).adjustBalance;
    const undoSub = (
      await ws.as.MANAGER.requestOk(REVERSE, {
        input: { operationId: sub.id, reason: 'Wrong customer', idempotencyKey: key() },
      })
    ).reverseLedgerOperation;
    expect(undoSub).toMatchObject({ kind: 'REVERSAL', amount: 30, balanceAfter: 80, reversesId: sub.id });
    const twice = await ws.as.MANAGER.request(REVERSE, {
      input: { operationId: sub.id, idempotencyKey: key() },
    });
    expect(twice.errors?.[0]?.message).toMatch(/already been reversed/);
    const ofReversal = await ws.as.MANAGER.request(REVERSE, {
      input: { operationId: undoSub.id, idempotencyKey: key() },
    });
    expect(ofReversal.errors?.[0]?.extensions).toMatchObject({ path: ['input', 'operationId'] });
    const undoAdd = (
      await ws.as.MANAGER.requestOk(REVERSE, {
        input: { operationId: add.id, idempotencyKey: key() },
      })
    ).reverseLedgerOperation;
    expect(undoAdd).toMatchObject({ amount: -80, balanceAfter: 0 });
  });

  it('refuse to take back an addition that has been spent', async () => {
    const id = await newCustomer('Spent');
    const add = (
      await ws.as.OPERATOR.requestOk(ADJUST, {
        input: { customerId: id, currency: 'coins', amount: 40, idempotencyKey: key() },
      })
    ).adjustBalance;
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: id, currency: 'coins', amount: -25, idempotencyKey: key() },
    });
    const refused = await ws.as.MANAGER.request(REVERSE, {
      input: { operationId: add.id, idempotencyKey: key() },
    });
    expect(refused.errors?.[0]?.message).toMatch(/too low: 15 coins available, 40 asked/);
    // What clients branch on and translate: the code with its parameters, at the top and per field.
    const problem = { code: 'BALANCE_TOO_LOW', params: { available: 15, currency: 'coins', asked: 40 } };
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problem });
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { path: ['input', 'operationId'], message: expect.stringMatching(/too low/), problem },
    ]);
    expect(await balance(id, 'coins')).toBe(15);
  });
});

describe('expiry', () => {
  it('spends the earliest expiry first and expires only what is left of a grant', async () => {
    const id = await newCustomer('Expiring');
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const later = new Date(Date.now() + 50 * 86_400_000).toISOString();
    const adjust = (amount: number, expiresAt?: string) =>
      ws.as.OPERATOR.requestOk(ADJUST, {
        input: { customerId: id, currency: 'coins', amount, expiresAt, idempotencyKey: key() },
      });
    await adjust(100); // never expires: spent last
    await adjust(60, later);
    await adjust(40, soon);
    await adjust(-70); // 40 from "soon", 30 from "later"
    await server.app.services.ledger.expireDue(new Date(Date.now() + 10 * 86_400_000));
    expect(await balance(id, 'coins')).toBe(130); // nothing left of "soon"
    await server.app.services.ledger.expireDue(new Date(Date.now() + 60 * 86_400_000));
    expect(await balance(id, 'coins')).toBe(100); // the 30 left of "later"
    const { customer } = await ws.as.ANALYST.requestOk(LEDGER, { id, currency: 'coins' });
    expect(
      customer.ledger.edges.map((e: { node: { kind: string; amount: number } }) => [
        e.node.kind,
        e.node.amount,
      ]),
    ).toEqual([
      ['EXPIRY', -30],
      ['ADJUSTMENT', -70],
      ['ADJUSTMENT', 40],
      ['ADJUSTMENT', 60],
      ['ADJUSTMENT', 100],
    ]);
    // Running again finds nothing due.
    expect(await server.app.services.ledger.expireDue(new Date(Date.now() + 60 * 86_400_000))).toBe(0);
  });
});

describe('the operations list', () => {
  it('pages newest first and filters by currency and date range', async () => {
    const id = await newCustomer('Listed');
    for (let i = 1; i <= 5; i++) {
      await ws.as.OPERATOR.requestOk(ADJUST, {
        input: { customerId: id, currency: i % 2 ? 'coins' : 'xp', amount: i, idempotencyKey: key() },
      });
    }
    const page1 = (await ws.as.ANALYST.requestOk(LEDGER, { id, first: 2 })).customer.ledger;
    expect(page1.edges.map((e: { node: { amount: number } }) => e.node.amount)).toEqual([5, 4]);
    const page2 = (await ws.as.ANALYST.requestOk(LEDGER, { id, first: 2, after: page1.pageInfo.endCursor }))
      .customer.ledger;
    expect(page2.edges.map((e: { node: { amount: number } }) => e.node.amount)).toEqual([3, 2]);
    const xp = (await ws.as.ANALYST.requestOk(LEDGER, { id, currency: 'xp' })).customer.ledger;
    expect(xp.edges.map((e: { node: { amount: number } }) => e.node.amount)).toEqual([4, 2]);
    const future = (
      await ws.as.ANALYST.requestOk(LEDGER, { id, from: new Date(Date.now() + 60_000).toISOString() })
    ).customer.ledger;
    expect(future.edges).toEqual([]);
    const bad = await ws.as.ANALYST.request(LEDGER, { id, currency: 'gems' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['currency'] });
  });
});

describe('balances as customer fields', () => {
  it('filter and sort the customer list by a balance', async () => {
    const rich = await newCustomer('Rich');
    const poor = await newCustomer('Poor');
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: rich, currency: 'credit', amount: 500.5, idempotencyKey: key() },
    });
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: poor, currency: 'credit', amount: 3, idempotencyKey: key() },
    });
    const { customerFields } = await ws.as.ANALYST.requestOk(
      '{ customerFields { key kind source sortable decimals } }',
    );
    // Shown with the currency's digits after the point (credit: 2), so 3 reads 3.00 as on the card.
    expect(customerFields).toContainEqual({
      key: 'balance_credit',
      kind: 'NUMBER',
      source: 'ledger',
      sortable: true,
      decimals: 2,
    });
    const list = `query($filter: CustomerFilter, $sort: CustomerSortInput) { customers(filter: $filter, sort: $sort, first: 5) { edges { node { firstName } } } }`;
    const found = await ws.as.ANALYST.requestOk(list, {
      filter: { op: 'AND', conditions: [{ field: 'balance_credit', operator: 'GTE', value: 100.25 }] },
    });
    expect(found.customers.edges.map((e: { node: { firstName: string } }) => e.node.firstName)).toEqual([
      'Rich',
    ]);
    const sorted = await ws.as.ANALYST.requestOk(list, {
      filter: { op: 'AND', conditions: [{ field: 'balance_credit', operator: 'GT', value: 0 }] },
      sort: { field: 'balance_credit', direction: 'ASC' },
    });
    expect(sorted.customers.edges.map((e: { node: { firstName: string } }) => e.node.firstName)).toEqual([
      'Poor',
      'Pavel',
      'Rich',
    ]);
    const values = await ws.as.ANALYST.requestOk(
      `query($filter: CustomerFilter) { customers(filter: $filter, first: 5, sort: { field: "balance_credit", direction: ASC }) {
        edges { node { fieldValues(keys: ["balance_credit", "balance_xp"]) } } } }`,
      { filter: { op: 'AND', conditions: [{ field: 'balance_credit', operator: 'GT', value: 0 }] } },
    );
    expect(values.customers.edges.map((e: { node: { fieldValues: unknown } }) => e.node.fieldValues)).toEqual(
      [
        { balance_credit: 3, balance_xp: 0 },
        { balance_credit: 12.34, balance_xp: 0 },
        { balance_credit: 500.5, balance_xp: 0 },
      ],
    );
    const unknown = await ws.as.ANALYST.request(
      `{ customers(first: 1) { edges { node { fieldValues(keys: ["firstName"]) } } } }`,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['keys', 0] });
  });
});

describe('database guarantees', () => {
  it('refuses to change or delete an operation, or to move a balance without one', async () => {
    const id = await newCustomer('Guaranteed');
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: id, currency: 'coins', amount: 10, idempotencyKey: key() },
    });
    await expect(
      sql('update ledger_operation set amount = 1000 where customer_id = ?', [id]),
    ).rejects.toThrow(/immutable/);
    await expect(sql('delete from ledger_operation where customer_id = ?', [id])).rejects.toThrow(
      /immutable/,
    );
    await expect(sql('update balance set amount = 1000 where customer_id = ?', [id])).rejects.toThrow(
      /only through a ledger operation/,
    );
    await expect(sql('delete from balance where customer_id = ?', [id])).rejects.toThrow(
      /only through a ledger operation/,
    );
    const [row] = await sql<{ workspace_id: string; currency_id: string }>(
      'select workspace_id, currency_id from balance where customer_id = ?',
      [id],
    );
    await expect(
      sql(
        `insert into ledger_operation (workspace_id, customer_id, currency_id, kind, amount, idempotency_key, request_hash, actor_kind, actor_name)
         values (?, ?, ?, 'ADJUSTMENT', -11, 'raw', 'raw', 'system', 'raw')`,
        [row?.workspace_id, id, row?.currency_id],
      ),
    ).rejects.toThrow(/balance_not_negative/);
    const rawOperation = (kind: string, amount: number, idempotencyKey: string) =>
      sql(
        `insert into ledger_operation (workspace_id, customer_id, currency_id, kind, amount, idempotency_key, request_hash, actor_kind, actor_name)
         values (?, ?, ?, ?, ?, ?, 'raw', 'system', 'raw')`,
        [row?.workspace_id, id, row?.currency_id, kind, amount, idempotencyKey],
      );
    await expect(rawOperation('GIFT', 1, 'raw-kind')).rejects.toThrow(/ledger_kind_known/);
    await expect(rawOperation('ADJUSTMENT', 0, 'raw-zero')).rejects.toThrow(/ledger_amount_not_zero/);
    await expect(rawOperation('ADJUSTMENT', 1, '')).rejects.toThrow(/idempotency_key_length/);
    await expect(
      sql(
        `insert into balance (workspace_id, customer_id, currency_id, amount)
         select workspace_id, ?, id, 500 from currency where workspace_id = ? and key = 'credit'`,
        [id, row?.workspace_id],
      ),
    ).rejects.toThrow(/starts at zero/);
    expect(await balance(id, 'coins')).toBe(10);
  });
});
