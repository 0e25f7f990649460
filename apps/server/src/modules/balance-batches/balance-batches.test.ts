import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';
const BATCH_FIELDS = `id status currency totalLines matched unmatched invalid inactive wouldGoNegative tooLow applied
  problems { line identifier amount problem detail }`;
const PREVIEW = `mutation($input: BalanceBatchInput!) { previewBalanceBatch(input: $input) { ${BATCH_FIELDS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmBalanceBatch(id: $id) { ${BATCH_FIELDS} } }`;
const BATCH = `query($id: ID!) { balanceBatch(id: $id) { ${BATCH_FIELDS} } }`;

let server: TestServer;
let ws: TestWorkspace;
const ids: Record<string, string> = {};
let n = 0;

async function coins(customerId: string): Promise<number> {
  const { customer } = await ws.as.ANALYST.requestOk(
    'query($id: ID!) { customer(id: $id) { balances { currency { key } amount } } }',
    { id: customerId },
  );
  return customer.balances.find((b: { currency: { key: string } }) => b.currency.key === 'coins').amount;
}

const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  const people = {
    arash: { firstName: 'Arash', mobile: '09121234567', email: 'arash@example.com', city: 'Tehran' },
    bella: { firstName: 'Bella', email: 'bella@example.com', cardNumber: 'C-77', city: 'Tehran' },
    chen: { firstName: 'Chen', mobile: '+79161234567', city: 'Tehran' },
    dora: { firstName: 'Dora', email: 'dora@example.com', city: 'Moscow' },
  };
  for (const [key, attributes] of Object.entries(people)) {
    ids[key] = (await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes } })).createCustomer.id;
  }
  await ws.as.OPERATOR.requestOk(ADJUST, {
    input: { customerId: ids.bella, currency: 'coins', amount: 20, idempotencyKey: 'bella-start' },
  });
  await ws.as.OPERATOR.requestOk('mutation($id: ID!) { deactivateCustomer(id: $id) { id } }', {
    id: ids.chen,
  });
});
afterAll(async () => server?.close());

describe('bulk balance adjustments', () => {
  let batchId: string;

  it('preview a file: matched lines, unmatched and invalid ones by line number, and nothing applied yet', async () => {
    const csv = [
      'mobile;amount',
      '0912 123 4567;100',
      '+98 912 000 0000;5',
      'not-a-phone;5',
      '',
      '+7 916 123-45-67;10',
      '09121234567;2.5',
      '۰۹۱۲۱۲۳۴۵۶۷;۳۰',
    ].join('\n');
    const { previewBalanceBatch: batch } = await ws.as.MANAGER.requestOk(PREVIEW, {
      input: { currency: 'coins', identifier: 'MOBILE', csv, reason: 'Spring promo' },
    });
    batchId = batch.id;
    expect(batch).toMatchObject({
      status: 'PREVIEW',
      matched: 2,
      unmatched: 1,
      invalid: 2,
      inactive: 1,
      applied: 0,
    });
    expect(batch.problems.map((p: { line: number; problem: string }) => [p.line, p.problem])).toEqual([
      [3, 'UNMATCHED'],
      [4, 'INVALID'],
      [6, 'INACTIVE'],
      [7, 'INVALID'],
    ]);
    expect(batch.problems[3].detail).toMatch(/whole amounts/);
    expect(await coins(ids.arash as string)).toBe(0);
  });

  it('reads +98 (0) 912… as the E.164 number it is, and an impossible +98 number as invalid', async () => {
    const { previewBalanceBatch: batch } = await ws.as.MANAGER.requestOk(PREVIEW, {
      input: { currency: 'coins', identifier: 'MOBILE', csv: '+98 (0) 912 123 4567;1\n+98 912 00;1' },
    });
    expect(batch).toMatchObject({ matched: 1, unmatched: 0, invalid: 1 });
    expect(batch.problems).toEqual([
      { line: 2, identifier: '+9891200', amount: 1, problem: 'INVALID', detail: 'Not a phone number' },
    ]);
  });

  it('finds customers by card number and by id; a deleted one is not found', async () => {
    const gone = (
      await ws.as.OPERATOR.requestOk(CREATE, {
        input: { attributes: { firstName: 'Gone', cardNumber: 'C-99' } },
      })
    ).createCustomer.id;
    await ws.as.MANAGER.requestOk('mutation($id: ID!) { deleteCustomer(id: $id) }', { id: gone });
    const byCard = (
      await ws.as.MANAGER.requestOk(PREVIEW, {
        input: { currency: 'coins', identifier: 'CARD_NUMBER', csv: 'C-77,4\nC-99,4\nC-00,4' },
      })
    ).previewBalanceBatch;
    expect(byCard).toMatchObject({ matched: 1, unmatched: 2 });
    expect(byCard.problems.map((p: { line: number }) => p.line)).toEqual([2, 3]);

    // A card reported lost is unmatched too, and says so.
    const holder = (
      await ws.as.OPERATOR.requestOk(CREATE, {
        input: { attributes: { firstName: 'Lost', cardNumber: 'C-55' } },
      })
    ).createCustomer.id;
    await ws.as.OPERATOR.requestOk(
      'mutation($id: ID!) { reportLostCard(customerId: $id, newCardNumber: "C-56", reason: "") { id } }',
      { id: holder },
    );
    const lost = (
      await ws.as.MANAGER.requestOk(PREVIEW, {
        input: { currency: 'coins', identifier: 'CARD_NUMBER', csv: 'C-55,4\nC-00,4\nC-56,1' },
      })
    ).previewBalanceBatch;
    expect(lost).toMatchObject({ matched: 1, unmatched: 2 });
    const details = lost.problems.map((p: { line: number; detail: string }) => [p.line, p.detail]);
    expect(details[0]?.[0]).toBe(1);
    expect(details[0]?.[1]).toMatch(/^This card was reported lost on \d{4}-\d{2}-\d{2}T[\d:]+Z: ask/);
    expect(details[1]?.[1]).not.toContain('lost');

    const byId = (
      await ws.as.MANAGER.requestOk(PREVIEW, {
        input: {
          currency: 'coins',
          identifier: 'CUSTOMER_ID',
          csv: [ids.bella?.toUpperCase(), ids.chen, gone, 'not-an-id', '00000000-0000-4000-8000-000000000000']
            .map((id) => `${id};3`)
            .join('\n'),
        },
      })
    ).previewBalanceBatch;
    expect(byId).toMatchObject({ matched: 1, inactive: 1, unmatched: 2, invalid: 1 });
    expect(byId.problems.map((p: { line: number; problem: string }) => [p.line, p.problem])).toEqual([
      [2, 'INACTIVE'],
      [3, 'UNMATCHED'],
      [4, 'INVALID'],
      [5, 'UNMATCHED'],
    ]);
    expect(await coins(ids.bella as string)).toBe(20);
  });

  it('apply once on confirmation, however often it is confirmed or re-run', async () => {
    const first = (await ws.as.MANAGER.requestOk(CONFIRM, { id: batchId })).confirmBalanceBatch;
    expect(first.status).toBe('APPLYING');
    const again = (await ws.as.MANAGER.requestOk(CONFIRM, { id: batchId })).confirmBalanceBatch;
    expect(again.id).toBe(batchId);
    await server.app.jobs.kickWorkspace('balance-batches.apply', ws.id);
    const done = (await ws.as.ANALYST.requestOk(BATCH, { id: batchId })).balanceBatch;
    expect(done).toMatchObject({ status: 'DONE', applied: 2 });
    expect(await coins(ids.arash as string)).toBe(130);

    // A crash after a chunk committed, then the chunk run again: every line is already written.
    const [{ written }] = (await sql<{ written: number }>(
      'select ledger_apply_batch(?, ?, 1, 100, ?) as written',
      [ws.id, batchId, 'customer.balanceChanged'],
    )) as [{ written: number }];
    expect(written).toBe(0);
    await ws.as.MANAGER.requestOk(CONFIRM, { id: batchId });
    await server.app.jobs.kickWorkspace('balance-batches.apply', ws.id);
    expect(await coins(ids.arash as string)).toBe(130);
    const history = await ws.as.ANALYST.requestOk(
      'query($id: ID!) { customer(id: $id) { history(types: [BALANCE_CHANGED]) { totalCount } } }',
      { id: ids.arash },
    );
    expect(history.customer.history.totalCount).toBe(2);
  });

  it('marks lines that would leave a balance negative, and refuses at apply time what no longer fits', async () => {
    const csv = 'bella@example.com,-15\nBELLA@example.com,-10\ndora@example.com,-1\narash@example.com,-30\n';
    const { previewBalanceBatch: batch } = await ws.as.MANAGER.requestOk(PREVIEW, {
      input: { currency: 'coins', identifier: 'EMAIL', csv },
    });
    expect(batch).toMatchObject({ matched: 1, wouldGoNegative: 3 });
    // Arash spends 120 between preview and confirmation: his line no longer fits.
    await ws.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: ids.arash, currency: 'coins', amount: -120, idempotencyKey: `spend-${++n}` },
    });
    await ws.as.MANAGER.requestOk(CONFIRM, { id: batch.id });
    await server.app.jobs.kickWorkspace('balance-batches.apply', ws.id);
    const done = (await ws.as.ANALYST.requestOk(BATCH, { id: batch.id })).balanceBatch;
    expect(done).toMatchObject({ status: 'DONE', applied: 0, tooLow: 1 });
    expect(await coins(ids.arash as string)).toBe(10);
    expect(await coins(ids.bella as string)).toBe(20);
  });

  it('adjust every member of a segment, with an expiry', async () => {
    const { createSegment } = await ws.as.MANAGER.requestOk(
      'mutation($input: SegmentInput!) { createSegment(input: $input) { id } }',
      {
        input: {
          name: 'Tehran',
          filter: { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'Tehran' }] },
        },
      },
    );
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const { previewBalanceBatch: batch } = await ws.as.MANAGER.requestOk(PREVIEW, {
      input: { currency: 'coins', segmentId: createSegment.id, amount: 7, expiresAt, reason: 'Tehran day' },
    });
    expect(batch).toMatchObject({ totalLines: 3, matched: 2, inactive: 1 });
    expect(batch.problems).toEqual([
      expect.objectContaining({
        identifier: ids.chen,
        problem: 'INACTIVE',
        detail: 'The customer is inactive',
      }),
    ]);
    await ws.as.MANAGER.requestOk(CONFIRM, { id: batch.id });
    await server.app.jobs.kickWorkspace('balance-batches.apply', ws.id);
    expect(await coins(ids.arash as string)).toBe(17);
    expect(await coins(ids.bella as string)).toBe(27);
    expect(await coins(ids.dora as string)).toBe(0);
    const [grant] = await sql<{ expires_at: Date }>(
      `select g.expires_at from ledger_grant g join ledger_operation o on o.id = g.operation_id
        where o.customer_id = ? and o.reason = 'Tehran day'`,
      [ids.bella],
    );
    expect(new Date(grant?.expires_at as Date).toISOString()).toBe(expiresAt);
  });

  it("adjust the customers chosen in the list (the bulk bar), by ids or by the list's filter", async () => {
    const before = { arash: await coins(ids.arash as string), bella: await coins(ids.bella as string) };
    const { previewBalanceBatch: chosen } = await ws.as.OPERATOR.requestOk(PREVIEW, {
      input: { currency: 'coins', selection: { ids: [ids.arash, ids.bella] }, amount: 3, reason: 'Picked' },
    });
    expect(chosen).toMatchObject({ totalLines: 2, matched: 2, status: 'PREVIEW' });
    await ws.as.OPERATOR.requestOk(CONFIRM, { id: chosen.id });
    await server.app.jobs.kickWorkspace('balance-batches.apply', ws.id);
    expect((await ws.as.OPERATOR.requestOk(BATCH, { id: chosen.id })).balanceBatch).toMatchObject({
      status: 'DONE',
      applied: 2,
    });
    expect(await coins(ids.arash as string)).toBe(before.arash + 3);
    expect(await coins(ids.bella as string)).toBe(before.bella + 3);

    const { previewBalanceBatch: listed } = await ws.as.OPERATOR.requestOk(PREVIEW, {
      input: {
        currency: 'coins',
        selection: {
          filter: { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'Moscow' }] },
        },
        amount: 1,
      },
    });
    expect(listed).toMatchObject({ totalLines: 1, matched: 1 });

    const both = await ws.as.OPERATOR.request(PREVIEW, {
      input: { currency: 'coins', selection: { ids: [ids.dora] }, segmentId: ids.dora, amount: 1 },
    });
    expect(both.errors?.[0]?.extensions?.problem).toMatchObject({ code: 'BATCH_ONE_SOURCE' });
    const foreign = await ws.as.ANALYST.request(PREVIEW, {
      input: { currency: 'coins', selection: { ids: [ids.dora] }, amount: 1 },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses unclear requests, other roles and other workspaces', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ currency: 'coins' }, ['input', 'csv']],
      [{ currency: 'coins', csv: 'a,1' }, ['input', 'identifier']],
      [{ currency: 'gems', identifier: 'EMAIL', csv: 'a@b.c,1' }, ['input', 'currency']],
      [{ currency: 'coins', identifier: 'EMAIL', csv: '\n\n' }, ['input', 'csv']],
      [
        {
          currency: 'coins',
          identifier: 'EMAIL',
          csv: 'dora@example.com,5\nnobody@example.com,-1',
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
        ['input', 'expiresAt'],
      ],
    ];
    const batches = async () =>
      Number(
        (
          await server.app.orm.em
            .getConnection()
            .execute<{ n: string }[]>('select count(*) as n from balance_batch where workspace_id = ?', [
              ws.id,
            ])
        )[0]?.n,
      );
    const before = await batches();
    for (const [input, path] of cases) {
      const result = await ws.as.MANAGER.request(PREVIEW, { input });
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        path,
      });
    }
    // A refused file leaves no batch behind, even one refused after its lines were read.
    expect(await batches()).toBe(before);
    const denied = await ws.as.ANALYST.request(PREVIEW, {
      input: { currency: 'coins', identifier: 'EMAIL', csv: 'dora@example.com,1' },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mine = (
      await ws.as.MANAGER.requestOk(PREVIEW, {
        input: { currency: 'coins', identifier: 'EMAIL', csv: 'dora@example.com,1' },
      })
    ).previewBalanceBatch;
    const other = await server.workspace('Other');
    const foreign = await other.as.MANAGER.request(CONFIRM, { id: mine.id });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await coins(ids.dora as string)).toBe(0);
  });
});
