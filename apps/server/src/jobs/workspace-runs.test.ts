import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../testing/harness.js';
import { holdTransaction } from '../testing/held-transaction.js';
import { keepAlive, type WorkTable } from './workspace-claim.js';

/**
 * Long work of one workspace (exports, bulk actions, balance batches) does not hold up another
 * workspace's: each workspace's work runs under its own run of the job. Work that changes customers
 * goes one at a time within a workspace. Imports: `modules/imports/import-runs.test.ts`.
 */

const BULK = `mutation($selection: CustomerSelection!, $action: BulkActionInput!) {
  startBulkAction(selection: $selection, action: $action) { id } }`;
const BULK_JOB = 'query($id: ID!) { bulkJob(id: $id) { status processed } }';
const PREVIEW = 'mutation($input: BalanceBatchInput!) { previewBalanceBatch(input: $input) { id matched } }';
const CONFIRM = 'mutation($id: ID!) { confirmBalanceBatch(id: $id) { id status } }';
const BATCH = 'query($id: ID!) { balanceBatch(id: $id) { status applied } }';
const EXPORT = 'mutation($input: CustomerExportInput!) { startCustomerExport(input: $input) { id } }';
const EXPORTED = 'query($id: ID!) { customerExport(id: $id) { state done } }';
const ADJUST = 'mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { id } }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

/** A workspace with `count` customers, written in one statement. */
async function workspaceOf(count: number): Promise<TestWorkspace> {
  const ws = await server.workspace();
  await server.app.services.sql.query(
    `insert into customer (workspace_id, attributes)
     select ?, jsonb_build_object('firstName', 'N' || i) from generate_series(1, ?::int) i`,
    [ws.id, count],
  );
  return ws;
}

/** Holds `lock` (a `select … for update` of one row): what a card being saved at that moment does to work reaching it. */
async function holding(lock: string, params: unknown[]): Promise<() => Promise<void>> {
  const held = await holdTransaction(server.app.services.sql, lock, params);
  // Nothing to hold: end the transaction before failing, or the server could never close.
  if (held.rows.length !== 1) await held.release();
  expect(held.rows).toHaveLength(1);
  return held.release;
}

/** Like `holding`, for a row that is not there yet: tried every few milliseconds until it is. */
async function holdingOnceThere(lock: string, params: unknown[], what: string): Promise<() => Promise<void>> {
  for (let i = 0; i < 3000; i++) {
    const held = await holdTransaction(server.app.services.sql, lock, params);
    if (held.rows.length === 1) return held.release;
    await held.release();
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`${what} never happened`);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} never happened`);
}

const firstCustomer = async (ws: TestWorkspace) =>
  (
    await server.app.services.sql.query<{ id: string }>(
      'select id from customer where workspace_id = ? order by id limit 1',
      [ws.id],
    )
  )[0]?.id;

describe('workspace runs', () => {
  it('a bulk action of one workspace ends while another workspace’s waits on a customer; the second of a workspace waits its turn', async () => {
    const busy = await workspaceOf(300);
    const quiet = await workspaceOf(3);
    const release = await holding('select id from customer where workspace_id = ? and id = ? for update', [
      busy.id,
      await firstCustomer(busy),
    ]);
    const job = (id: string, ws: TestWorkspace) => async () =>
      (await ws.as.MANAGER.requestOk(BULK_JOB, { id })).bulkJob;
    const deactivate = { selection: { all: true }, action: { kind: 'DEACTIVATE' } };
    try {
      const stuck = (await busy.as.MANAGER.requestOk(BULK, deactivate)).startBulkAction.id;
      await until(job(stuck, busy), (j) => j.status === 'RUNNING', 'the busy bulk action running');
      const next = (await busy.as.MANAGER.requestOk(BULK, deactivate)).startBulkAction.id;
      const other = (await quiet.as.MANAGER.requestOk(BULK, deactivate)).startBulkAction.id;
      expect(
        await until(
          job(other, quiet),
          (j) => j.status !== 'QUEUED' && j.status !== 'RUNNING',
          'the quiet one ending',
        ),
      ).toEqual({
        status: 'DONE',
        processed: 3,
      });
      // What the periodic run (no workspace) does: it finds nothing it may take.
      expect(await server.app.services.bulkActions.runNext()).toBe(false);
      expect((await job(stuck, busy)()).status).toBe('RUNNING');
      expect((await job(next, busy)()).status).toBe('QUEUED');
      await release();
      const over = (j: { status: string }) => j.status === 'DONE' || j.status === 'FAILED';
      expect(await until(job(stuck, busy), over, 'the busy one ending')).toEqual({
        status: 'DONE',
        processed: 300,
      });
      expect((await until(job(next, busy), over, 'the next one ending')).status).toBe('DONE');
    } finally {
      await release();
    }
  });

  it('a balance batch of one workspace is applied while another workspace’s waits on a balance', async () => {
    const busy = await workspaceOf(50);
    const quiet = await workspaceOf(3);
    const held = await firstCustomer(busy);
    await busy.as.OPERATOR.requestOk(ADJUST, {
      input: { customerId: held, currency: 'coins', amount: 1, idempotencyKey: 'first' },
    });
    const release = await holding(
      `select 1 from balance b join currency c on c.workspace_id = b.workspace_id and c.id = b.currency_id
        where b.workspace_id = ? and b.customer_id = ? and c.key = 'coins' for update of b`,
      [busy.id, held],
    );
    const batch = (id: string, ws: TestWorkspace) => async () =>
      (await ws.as.MANAGER.requestOk(BATCH, { id })).balanceBatch;
    const start = async (ws: TestWorkspace) => {
      const input = { currency: 'coins', amount: 5, reason: 'Gift', selection: { all: true } };
      const { previewBalanceBatch } = await ws.as.MANAGER.requestOk(PREVIEW, { input });
      await ws.as.MANAGER.requestOk(CONFIRM, { id: previewBalanceBatch.id });
      return previewBalanceBatch.id as string;
    };
    try {
      const stuck = await start(busy);
      const other = await start(quiet);
      expect(
        await until(batch(other, quiet), (b) => b.status !== 'APPLYING', 'the quiet batch ending'),
      ).toEqual({
        status: 'DONE',
        applied: 3,
      });
      expect(await batch(stuck, busy)()).toEqual({ status: 'APPLYING', applied: 0 });
      await release();
      expect(
        await until(batch(stuck, busy), (b) => b.status !== 'APPLYING', 'the busy batch ending'),
      ).toEqual({
        status: 'DONE',
        applied: 50,
      });
    } finally {
      await release();
    }
  });

  it('a small export of one workspace ends while a large one of another is held', async () => {
    const large = await workspaceOf(25_000);
    const small = await workspaceOf(3);
    const input = { format: 'CSV', columns: ['firstName', 'createdAt'], selection: { all: true } };
    const state = (id: string, ws: TestWorkspace) => async () =>
      (await ws.as.MANAGER.requestOk(EXPORTED, { id })).customerExport;
    const ended = (e: { state: string }) => e.state !== 'QUEUED' && e.state !== 'RUNNING';
    const big = (await large.as.MANAGER.requestOk(EXPORT, { input })).startCustomerExport.id;
    // Taken the moment it runs: its first write (the total), a progress report or its end waits for it.
    const release = await holdingOnceThere(
      `select id from customer_export where workspace_id = ? and id = ? and state = 'RUNNING' for update`,
      [large.id, big],
      'the large export running',
    );
    try {
      const few = (await small.as.MANAGER.requestOk(EXPORT, { input })).startCustomerExport.id;
      expect(await until(state(few, small), ended, 'the small export ending')).toMatchObject({
        state: 'DONE',
        done: 3,
      });
      // Held at one of its writes: still running.
      expect((await state(big, large)()).state).toBe('RUNNING');
      await release();
      expect(await until(state(big, large), ended, 'the large export ending')).toEqual({
        state: 'DONE',
        done: 25_000,
      });
    } finally {
      await release();
    }
  });

  it('a run keeps its row’s heartbeat fresh while it works, and lets it age once it ends', async () => {
    const sql = server.app.services.sql;
    await sql.query(
      `create table work_probe (workspace_id uuid, id uuid, heartbeat_at timestamptz, primary key (workspace_id, id))`,
      [],
    );
    const row = { workspace_id: crypto.randomUUID(), id: crypto.randomUUID() };
    const age = async () =>
      (
        await sql.query<{ seconds: number }>(
          'select extract(epoch from now() - heartbeat_at)::float8 as seconds from work_probe where id = ?',
          [row.id],
        )
      )[0]?.seconds as number;
    await sql.query(`insert into work_probe values (?, ?, now() - interval '1 hour')`, [
      row.workspace_id,
      row.id,
    ]);
    const probe: WorkTable = { table: 'work_probe', waiting: () => 'true', set: '', returning: '' };
    const stop = keepAlive(sql, probe, row, 50);
    await until(age, (seconds) => seconds < 5, 'a heartbeat while the run works');
    stop();
    await new Promise((r) => setTimeout(r, 100));
    await sql.query(`update work_probe set heartbeat_at = now() - interval '1 hour'`, []);
    await new Promise((r) => setTimeout(r, 200));
    expect(await age()).toBeGreaterThan(3000);
  });
});
