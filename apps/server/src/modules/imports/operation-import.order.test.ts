import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const IMPORT_FIELDS = `id state counts { rows created skipped invalid } progress { done total } problem { code }`;
const OPEN = `mutation($input: OpenImportInput!) { openImport(input: $input) { id } }`;
const CONFIGURE = `mutation($input: ConfigureImportInput!) { configureImport(input: $input) { id } }`;
const START = `mutation($id: ID!) { startImport(id: $id) { ${IMPORT_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelImport(id: $id) { ${IMPORT_FIELDS} } }`;
const GET = `query($id: ID!) { import(id: $id) { ${IMPORT_FIELDS} } }`;
const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
const HEADER = 'Mobile,Currency,Amount,Date,Operation ID';
const TARGETS = ['customer', 'currency', 'amount', 'date', 'operationId'];

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);
const cookie = () => [...ws.as.MANAGER.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

/** One operation of a history: whose, which currency, how much (signed), when, and its id there. */
interface Operation {
  mobile: string;
  currency: 'coins' | 'credit';
  amount: number;
  at: Date;
  id: string;
}

let mobiles = 0;
async function customer(): Promise<string> {
  const mobile = `+98912${String(3_000_000 + ++mobiles).padStart(7, '0')}`;
  await ws.as.OPERATOR.requestOk(CREATE, { input: { attributes: { firstName: 'Saver', mobile } } });
  return mobile;
}

const csv = (ops: Operation[]) =>
  [
    HEADER,
    ...ops.map(
      (o) =>
        `${o.mobile},${o.currency},${o.amount},${o.at.toISOString().slice(0, 16).replace('T', ' ')},${o.id}`,
    ),
  ].join('\n');

async function open(ops: Operation[]): Promise<string> {
  const res = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { cookie: cookie(), 'x-patron-csrf': '1', 'x-file-name': 'history.csv' },
    body: csv(ops),
  });
  const { fileId } = (await res.json()) as { fileId: string };
  const { id } = (await ws.as.MANAGER.requestOk(OPEN, { input: { fileId, kind: 'OPERATIONS' } })).openImport;
  await ws.as.MANAGER.requestOk(CONFIGURE, {
    input: { id, matchOn: 'MOBILE', columns: TARGETS.map((target, index) => ({ index, target })) },
  });
  return id;
}

async function finished(id: string) {
  for (let i = 0; i < 1200; i++) {
    const { import: job } = await ws.as.MANAGER.requestOk(GET, { id });
    if (!['QUEUED', 'RUNNING'].includes(job.state)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

async function run(ops: Operation[]) {
  const id = await open(ops);
  await ws.as.MANAGER.requestOk(START, { id });
  return finished(id);
}

/**
 * What a history consistent in time gives: each operation's balance after it, applied oldest first
 * (ties in file order), and each account's balance at the end.
 */
function expected(ops: Operation[]) {
  const balances = new Map<string, number>();
  const after = new Map<string, number>();
  for (const o of [...ops].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const account = `${o.mobile}:${o.currency}`;
    const balance = Math.round(((balances.get(account) ?? 0) + o.amount) * 100) / 100;
    balances.set(account, balance);
    after.set(`import-operation:${o.id}`, balance);
  }
  return { balances, after };
}

/** What the ledger has for these operations: balance after each (by key) and the accounts' balances. */
async function written(ops: Operation[]) {
  const rows = await sql<{ key: string; after: string; mobile: string; currency: string; balance: string }>(
    `select o.idempotency_key as key, o.balance_after::float8 / 10 ^ c.decimals as after, m.mobile, c.key as currency,
            b.amount::float8 / 10 ^ c.decimals as balance
       from ledger_operation o
       join currency c on c.workspace_id = o.workspace_id and c.id = o.currency_id
       join customer m on m.workspace_id = o.workspace_id and m.id = o.customer_id
       join balance b on b.workspace_id = o.workspace_id and b.customer_id = o.customer_id and b.currency_id = o.currency_id
      where o.workspace_id = ? and o.idempotency_key in (select jsonb_array_elements_text(?::jsonb))`,
    [ws.id, JSON.stringify(ops.map((o) => `import-operation:${o.id}`))],
  );
  return {
    count: rows.length,
    after: new Map(rows.map((r) => [r.key, Number(r.after)])),
    balances: new Map(rows.map((r) => [`${r.mobile}:${r.currency}`, Number(r.balance)])),
  };
}

/** Rows of the import still staged in date order. */
async function staged(id: string): Promise<number> {
  const [row] = await sql<{ n: string }>(
    'select count(*) as n from import_operation_row where workspace_id = ? and import_id = ?',
    [ws.id, id],
  );
  return Number(row?.n);
}

let ids = 0;
/** `n` operations of one customer, an hour apart from 2020, earning 10 and spending 7 by turns: never below zero in time. */
function alternating(mobile: string, n: number): Operation[] {
  const tag = ++ids;
  return Array.from({ length: n }, (_, i) => ({
    mobile,
    currency: 'coins' as const,
    amount: i % 2 === 0 ? 10 : -7,
    at: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
    id: `ALT-${tag}-${i}`,
  }));
}

describe('points and balance history is applied oldest first, whatever the file’s order', () => {
  it('a file written newest first imports with no refusal, each operation with its balance after it in time', async () => {
    const ana = await customer();
    const ops = alternating(ana, 40);
    const job = await run([...ops].reverse());
    expect(job).toMatchObject({ state: 'DONE', counts: { rows: 40, created: 40, skipped: 0, invalid: 0 } });
    const want = expected(ops);
    const got = await written(ops);
    expect(got.after).toEqual(want.after);
    expect(got.balances.get(`${ana}:coins`)).toBe(60);
  });

  it('the preview follows balances oldest first, and says when the rows are not in date order', async () => {
    const eve = await customer();
    const ops = alternating(eve, 6);
    const PREVIEW =
      'query($id: ID!) { importPreview(id: $id) { outOfDateOrder counts { created invalid } } }';
    const preview = async (file: Operation[]) =>
      (await ws.as.MANAGER.requestOk(PREVIEW, { id: await open(file) })).importPreview;
    expect(await preview([...ops].reverse())).toEqual({
      outOfDateOrder: true,
      counts: { created: 6, invalid: 0 },
    });
    expect(await preview(ops)).toEqual({ outOfDateOrder: false, counts: { created: 6, invalid: 0 } });
  });

  it('operations of the same date go in file order', async () => {
    const bob = await customer();
    const at = new Date('2023-05-05T12:00:00Z');
    const ops: Operation[] = [
      { mobile: bob, currency: 'coins', amount: -5, at, id: 'TIE-1' },
      { mobile: bob, currency: 'coins', amount: 20, at, id: 'TIE-2' },
      { mobile: bob, currency: 'coins', amount: -5, at, id: 'TIE-3' },
    ];
    const job = await run(ops);
    expect(job.counts).toMatchObject({ created: 2, invalid: 1 });
    expect((await written(ops)).after).toEqual(
      new Map([
        ['import-operation:TIE-2', 20],
        ['import-operation:TIE-3', 15],
      ]),
    );
  });

  it('any order of a history consistent in time imports to the balances and balance_after of the history sorted', async () => {
    const history = fc
      .array(
        fc.record({
          who: fc.nat({ max: 1 }),
          currency: fc.constantFrom('coins' as const, 'credit' as const),
          spend: fc.boolean(),
          part: fc.double({ min: 0.1, max: 1, noNaN: true }),
          cents: fc.integer({ min: 1, max: 9999 }),
        }),
        { minLength: 1, maxLength: 14 },
      )
      .chain((steps) =>
        fc
          .shuffledSubarray(Array.from(steps.keys()), { minLength: steps.length, maxLength: steps.length })
          .map((order) => ({ steps, order })),
      );
    await fc.assert(
      fc.asyncProperty(history, async ({ steps, order }) => {
        const mobiles = [await customer(), await customer()];
        const tag = ++ids;
        const balances = new Map<string, number>();
        // Spends are a part of the balance there is then, so the history is consistent in time.
        const ops = steps.map((s, i): Operation => {
          const mobile = mobiles[s.who] as string;
          const account = `${mobile}:${s.currency}`;
          const units = s.currency === 'credit' ? 100 : 1;
          const balance = Math.round((balances.get(account) ?? 0) * units);
          const spent = Math.floor(balance * s.part);
          const minor = s.spend && spent > 0 ? -spent : s.cents;
          balances.set(account, (balance + minor) / units);
          return {
            mobile,
            currency: s.currency,
            amount: minor / units,
            at: new Date(Date.UTC(2021, 0, 1) + i * 86_400_000),
            id: `PERM-${tag}-${i}`,
          };
        });
        const job = await run(order.map((i) => ops[i] as Operation));
        expect(job.counts).toMatchObject({ created: ops.length, invalid: 0 });
        const want = expected(ops);
        const got = await written(ops);
        expect(got.after).toEqual(want.after);
        expect(got.balances).toEqual(want.balances);
      }),
      { numRuns: 8 },
    );
  });

  it('a cancel midway, then a new start, applies every operation once, oldest first', async () => {
    const cy = await customer();
    const ops = alternating(cy, 2100);
    const id = await open([...ops].reverse());
    await ws.as.MANAGER.requestOk(START, { id });
    // Cancelled once the first chunk has been applied, with two more to come.
    for (let i = 0; i < 600; i++) {
      const { import: job } = await ws.as.MANAGER.requestOk(GET, { id });
      if (job.progress.done > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await ws.as.MANAGER.requestOk(CANCEL, { id });
    const cancelled = await finished(id);
    expect(cancelled.state).toBe('CANCELLED');
    expect(cancelled.progress.done).toBeLessThan(2100);
    expect((await written(ops)).count).toBeLessThan(2100);
    await ws.as.MANAGER.requestOk(START, { id });
    const done = await finished(id);
    expect(done).toMatchObject({
      state: 'DONE',
      counts: { rows: 2100, created: 2100, skipped: 0, invalid: 0 },
    });
    expect(done.progress).toEqual({ done: 2100, total: 2100 });
    const got = await written(ops);
    expect(got.count).toBe(2100);
    expect(got.after).toEqual(expected(ops).after);
    expect(got.balances.get(`${cy}:coins`)).toBe(3150);
    // Nothing of the runs is left behind.
    expect(await staged(id)).toBe(0);
  });

  it('a run that stops midway through a chunk (the process failing) is finished exactly by the next', async () => {
    const dee = await customer();
    const ops = alternating(dee, 1800);
    const id = await open([...ops].reverse());
    const ledger = server.app.services.ledger;
    const applyWithin = ledger.applyWithin;
    let calls = 0;
    // The 1,500th operation, halfway through the second chunk, meets a failure that is not a refusal.
    ledger.applyWithin = (...args) => {
      if (++calls === 1500) throw new Error('the database went away');
      return applyWithin.apply(ledger, args);
    };
    try {
      await ws.as.MANAGER.requestOk(START, { id });
      const failed = await finished(id);
      expect(failed).toMatchObject({
        state: 'FAILED',
        problem: { code: 'IMPORT_FAILED' },
        progress: { done: 1000 },
      });
    } finally {
      ledger.applyWithin = applyWithin;
    }
    expect((await written(ops)).count).toBe(1499);
    expect(await staged(id)).toBe(0);
    await ws.as.MANAGER.requestOk(START, { id });
    const done = await finished(id);
    // The chunk cut short is applied again: its 499 operations written before are found, not written twice.
    expect(done).toMatchObject({
      state: 'DONE',
      counts: { rows: 1800, created: 1301, skipped: 499, invalid: 0 },
    });
    const got = await written(ops);
    expect(got.count).toBe(1800);
    expect(got.after).toEqual(expected(ops).after);
    expect(got.balances.get(`${dee}:coins`)).toBe(2700);
  });

  it('rows left staged by a run that never dropped them go an hour after their import ended, not sooner', async () => {
    const ended = await run(alternating(await customer(), 3));
    expect(ended.state).toBe('DONE');
    const waiting = await open(alternating(await customer(), 3));
    // As a process stopped midway leaves them: one run's rows, of an import that then ended or waits.
    const stage = (id: string) =>
      sql(
        `insert into import_operation_row (workspace_id, import_id, run_id, occurred_at, line, original)
         select ?, ?, gen_random_uuid(), now(), n, '[]'::jsonb from generate_series(2, 4) n`,
        [ws.id, id],
      );
    await stage(ended.id);
    await stage(waiting);
    const endedAt = (id: string, ago: string) =>
      sql(`update import set finished_at = now() - ?::interval where workspace_id = ? and id = ?`, [
        ago,
        ws.id,
        id,
      ]);

    await endedAt(ended.id, '10 minutes');
    expect(await server.app.services.importRunner.pruneStaged()).toBe(0);
    await endedAt(ended.id, '2 hours');
    expect(await server.app.services.importRunner.pruneStaged()).toBe(3);
    expect(await staged(ended.id)).toBe(0);
    // An import not yet started (or under way) keeps its rows.
    expect(await staged(waiting)).toBe(3);
    await sql('delete from import_operation_row where workspace_id = ? and import_id = ?', [ws.id, waiting]);
  });
});
