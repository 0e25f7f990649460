import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

/**
 * Random sequences of add (with or without expiry) / subtract / expire / reverse run against the real
 * ledger and against a model of grants spent earliest expiry first. After every sequence the model
 * and the database agree on each step's outcome and on the final balance and grants, and the
 * ledger's invariants hold: balance = sum of operations = sum of what is left of grants, nothing
 * negative, and each grant's remainder = its amount − what was taken + what was given back.
 */
type Command =
  | { type: 'add'; amount: number; expiresInDays: number | null }
  | { type: 'subtract'; amount: number }
  | { type: 'expire'; days: number }
  | { type: 'reverse'; pick: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc.record({
      type: fc.constant('add' as const),
      amount: fc.integer({ min: 1, max: 100 }),
      expiresInDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      type: fc.constant('subtract' as const),
      amount: fc.integer({ min: 1, max: 150 }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({ type: fc.constant('expire' as const), days: fc.integer({ min: 1, max: 15 }) }),
    weight: 1,
  },
  { arbitrary: fc.record({ type: fc.constant('reverse' as const), pick: fc.nat() }), weight: 2 },
);

interface ModelGrant {
  opId: string;
  amount: number;
  remaining: number;
  expiresDay: number | null;
  seq: number;
}
interface ModelOp {
  id: string;
  amount: number;
  kind: 'ADJUSTMENT' | 'EXPIRY' | 'REVERSAL';
  taken: Map<string, number>;
  reversed: boolean;
}

/** The ledger as a list of grants: subtractions take the preferred grant, then earliest expiry, then oldest. */
class Model {
  grants: ModelGrant[] = [];
  ops: ModelOp[] = [];
  day = 0;
  private seq = 0;

  get balance() {
    return this.grants.reduce((s, g) => s + g.remaining, 0);
  }

  take(amount: number, prefer: string | null): Map<string, number> {
    const order = [...this.grants]
      .filter((g) => g.remaining > 0)
      .sort(
        (a, b) =>
          Number(b.opId === prefer) - Number(a.opId === prefer) ||
          (a.expiresDay ?? Number.POSITIVE_INFINITY) - (b.expiresDay ?? Number.POSITIVE_INFINITY) ||
          a.seq - b.seq,
      );
    const taken = new Map<string, number>();
    let need = amount;
    for (const g of order) {
      if (need === 0) break;
      const t = Math.min(g.remaining, need);
      g.remaining -= t;
      need -= t;
      taken.set(g.opId, t);
    }
    return taken;
  }

  grant(opId: string, amount: number, expiresDay: number | null) {
    this.grants.push({ opId, amount, remaining: amount, expiresDay, seq: this.seq++ });
  }
}

let server: TestServer;
let ws: TestWorkspace;
const actor = { kind: 'system' as const, id: null, name: 'Property' };
const DAY = 86_400_000;
let run = 0;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
});
afterAll(async () => server?.close());

const sql = <T>(text: string, params: unknown[]) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);

async function outcome<T>(work: Promise<T>): Promise<T | 'refused'> {
  try {
    return await work;
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    if (code === 'BAD_USER_INPUT') return 'refused';
    throw error;
  }
}

async function check(commands: Command[]): Promise<void> {
  const customer = await server.app.services.customers.create(ws.id, actor, { firstName: `Run ${++run}` });
  const base = Date.now();
  const model = new Model();
  let n = 0;
  const key = () => `p${run}-${n++}`;

  for (const c of commands) {
    if (c.type === 'add' || c.type === 'subtract') {
      const amount = c.type === 'add' ? c.amount : -c.amount;
      const expiresDay = c.type === 'add' && c.expiresInDays != null ? model.day + c.expiresInDays : null;
      const result = await outcome(
        server.app.services.ledger.apply(ws.id, actor, {
          customerId: customer.id,
          currency: 'coins',
          amount,
          kind: 'ADJUSTMENT',
          expiresAt: expiresDay == null ? null : new Date(base + expiresDay * DAY),
          idempotencyKey: key(),
        }),
      );
      const affordable = amount > 0 || model.balance >= -amount;
      expect(result === 'refused', JSON.stringify(c)).toBe(!affordable);
      if (result === 'refused') continue;
      const op: ModelOp = { id: result.id, amount, kind: 'ADJUSTMENT', taken: new Map(), reversed: false };
      if (amount > 0) model.grant(result.id, amount, expiresDay);
      else op.taken = model.take(-amount, null);
      model.ops.push(op);
      expect(result.balanceAfter).toBe(model.balance);
    } else if (c.type === 'expire') {
      model.day += c.days;
      await server.app.services.ledger.expireDue(new Date(base + model.day * DAY + 1));
      for (const g of model.grants) {
        if (g.expiresDay != null && g.expiresDay * DAY + 1 <= model.day * DAY + 1 && g.remaining > 0) {
          g.remaining = 0;
        }
      }
    } else {
      const reversible = model.ops.filter((o) => o.kind === 'ADJUSTMENT');
      if (reversible.length === 0) continue;
      const target = reversible[c.pick % reversible.length] as ModelOp;
      const result = await outcome(
        server.app.services.ledger.reverse(ws.id, actor, { operationId: target.id, idempotencyKey: key() }),
      );
      const allowed = !target.reversed && (target.amount < 0 || model.balance >= target.amount);
      expect(result === 'refused', `reverse ${JSON.stringify(target)}`).toBe(!allowed);
      if (result === 'refused') continue;
      target.reversed = true;
      if (target.amount > 0) model.take(target.amount, target.id);
      else
        for (const [g, t] of target.taken)
          (model.grants.find((x) => x.opId === g) as ModelGrant).remaining += t;
      model.ops.push({
        id: result.id,
        amount: -target.amount,
        kind: 'REVERSAL',
        taken: new Map(),
        reversed: false,
      });
      expect(result.balanceAfter).toBe(model.balance);
    }
  }

  const [state] = await sql<{ balance: string | null; sum: string | null; remaining: string | null }>(
    `select (select amount from balance where customer_id = ?) as balance,
            (select sum(amount) from ledger_operation where customer_id = ?) as sum,
            (select sum(remaining) from ledger_grant where customer_id = ?) as remaining`,
    [customer.id, customer.id, customer.id],
  );
  const balance = Number(state?.balance ?? 0);
  expect(balance).toBe(model.balance);
  expect(Number(state?.sum ?? 0)).toBe(balance);
  expect(Number(state?.remaining ?? 0)).toBe(balance);
  const grants = await sql<{ operation_id: string; amount: string; remaining: string; moved: string }>(
    `select g.operation_id, g.amount, g.remaining,
            coalesce(sum(case when o.amount < 0 then -k.amount else k.amount end), 0) as moved
       from ledger_grant g
       left join ledger_consumption k on k.workspace_id = g.workspace_id and k.grant_id = g.operation_id
       left join ledger_operation o on o.workspace_id = k.workspace_id and o.id = k.operation_id
      where g.customer_id = ? group by g.workspace_id, g.operation_id`,
    [customer.id],
  );
  for (const g of grants) {
    expect(Number(g.remaining)).toBe(Number(g.amount) + Number(g.moved));
    expect(Number(g.remaining)).toBe(model.grants.find((m) => m.opId === String(g.operation_id))?.remaining);
  }
}

describe('ledger invariants', () => {
  it('hold for random sequences of add, subtract, expire and reverse', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        await check(commands);
      }),
      { numRuns: 60 },
    );
  });
});
