import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparedPool } from '../../db/prepared-pool.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import { type CustomerNumbering, CustomerNumbersMoved } from './customer-numbers.js';

let server: TestServer;
let direct: PreparedPool;

beforeAll(async () => {
  server = await startTestServer();
  direct = new PreparedPool(String(server.app.orm.config.get('clientUrl')), 5);
});
afterAll(async () => {
  await direct?.end();
  await server?.close();
});

const staff = { kind: 'staff' as const, id: 'numbers-test', name: 'Numbers test' };
const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.fork().getConnection().execute<T[]>(text, params);

/**
 * A bulk write of new customers in a transaction held open until `release` (or rolled back by
 * `fail`); `told` is the last number it said its customers take.
 */
function bulkWrite(
  ws: TestWorkspace,
  definitions: AttributeDefinition[],
  names: string[],
  after: number | null,
) {
  let release: () => void = () => {};
  let fail: () => void = () => {};
  const ended = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = () => reject(new Error('rolled back on purpose'));
  });
  // A fail() may come before the write reaches `await ended` (it is still writing): not unhandled meanwhile.
  ended.catch(() => {});
  let told: (last: number | null) => void = () => {};
  const last = new Promise<number | null>((resolve) => (told = resolve));
  const numbering: CustomerNumbering = { after, took: (n) => told(n) };
  const done = direct.transaction(async (run) => {
    await server.app.services.customers.writeManyWithin(
      run,
      ws.id,
      staff,
      definitions,
      names.map((firstName) => ({ values: { firstName }, changes: [], tags: [] })),
      new Map(),
      numbering,
    );
    await ended;
  });
  done.catch(() => {});
  return { last, done, release, fail };
}

/** Until `count` connections wait for a lock (the writes are parked there). */
async function waiting(count: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const [row] = await sql<{ n: string }>(
      `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if (Number(row?.n) >= count) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`fewer than ${count} connections waited for a lock`);
}

const numbered = async (ws: TestWorkspace) =>
  (
    await sql<{ first: string; number: number }>(
      `select attributes->>'firstName' as first, number from customer where workspace_id = ? order by number`,
      [ws.id],
    )
  ).map((r) => `${r.number} ${r.first}`);

const counter = async (ws: TestWorkspace) =>
  (
    await sql<{ n: number }>('select last_number as n from customer_number_counter where workspace_id = ?', [
      ws.id,
    ])
  )[0]?.n;

describe('customer numbers of bulk writes under way at once', () => {
  it('a write inserts after the numbers of one still open; a single create waits for it; no gap, in order', async () => {
    const ws = await server.workspace('Beside');
    const definitions = await server.app.services.attributes.definitions(ws.id);
    const first = bulkWrite(ws, definitions, ['A1', 'A2'], null);
    expect(await first.last).toBe(2);
    const second = bulkWrite(ws, definitions, ['B1', 'B2', 'B3'], 2);
    expect(await second.last).toBe(5);
    // The second write has inserted and waits for the first one's end before counting its numbers.
    await waiting(1);
    const single = ws.as.OPERATOR.requestOk(
      'mutation { createCustomer(input: { attributes: { firstName: "C1" } }) { number } }',
    );
    await waiting(2);
    first.release();
    await first.done;
    second.release();
    await second.done;
    expect((await single).createCustomer.number).toBe(6);
    expect(await numbered(ws)).toEqual(['1 A1', '2 A2', '3 B1', '4 B2', '5 B3', '6 C1']);
    expect(await counter(ws)).toBe(6);
  });

  it('a write following one that rolls back is refused and leaves nothing', async () => {
    const ws = await server.workspace('Rolled back');
    const definitions = await server.app.services.attributes.definitions(ws.id);
    const first = bulkWrite(ws, definitions, ['A1', 'A2'], null);
    const second = bulkWrite(ws, definitions, ['B1'], (await first.last) ?? 0);
    await waiting(1);
    first.fail();
    await expect(first.done).rejects.toThrow('rolled back on purpose');
    await expect(second.done).rejects.toBeInstanceOf(CustomerNumbersMoved);
    expect(await numbered(ws)).toEqual([]);
    expect((await counter(ws)) ?? 0).toBe(0);
  });

  it('a write following one that follows a third waits for the middle one, not only for the counter', async () => {
    const ws = await server.workspace('Chain');
    const definitions = await server.app.services.attributes.definitions(ws.id);
    const first = bulkWrite(ws, definitions, ['A1'], null);
    const middle = bulkWrite(ws, definitions, ['B1', 'B2'], (await first.last) ?? 0);
    const last = bulkWrite(ws, definitions, ['C1'], (await middle.last) ?? 0);
    // The last write reaches its count while the middle one has not counted yet: it must wait, not refuse.
    await waiting(2);
    first.release();
    await first.done;
    middle.release();
    await middle.done;
    last.release();
    await last.done;
    expect(await numbered(ws)).toEqual(['1 A1', '2 B1', '3 B2', '4 C1']);
    expect(await counter(ws)).toBe(4);
  });
});
