import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takenRun } from '../../jobs/testing/taken-run.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { listedRuns } from '../../testing/job-runs.js';

const START = `mutation($selection: CustomerSelection!, $action: BulkActionInput!) {
  startBulkAction(selection: $selection, action: $action) { id status kind } }`;
const JOB = `query($id: ID!) { bulkJob(id: $id) { status total processed failed problems { customerId message } startedBy finishedAt } }`;
const LIST = `query($filter: CustomerFilter) { customers(filter: $filter, first: 100) { totalCount edges { node { id status firstName attributes tags { name } } } } }`;

let server: TestServer;
let ws: TestWorkspace;
let tagId: string;
const ids: string[] = [];

async function finished(client: TestWorkspace['as']['ADMIN'], id: string) {
  await server.app.jobs.kickWorkspace('bulk-actions.run', ws.id);
  return (await client.requestOk(JOB, { id })).bulkJob;
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  tagId = (
    await ws.as.MANAGER.requestOk('mutation { createTag(input: { name: "Promo", color: "#00aa00" }) { id } }')
  ).createTag.id;
  for (let i = 0; i < 450; i++) {
    const customer = await server.app.services.customers.create(
      ws.id,
      { kind: 'system', id: null, name: 'seed' },
      { firstName: `P${String(i).padStart(3, '0')}`, city: i % 3 === 0 ? 'Moscow' : 'Tehran' },
    );
    ids.push(customer.id);
  }
}, 120_000);
afterAll(async () => server?.close());

const moscow = { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'moscow' }] };

describe('bulk actions', () => {
  it('tag a whole filter result in the background, in chunks, each change in the customer history', async () => {
    const { startBulkAction } = await ws.as.OPERATOR.requestOk(START, {
      selection: { filter: moscow },
      action: { kind: 'ADD_TAGS', tagIds: [tagId] },
    });
    expect(startBulkAction.kind).toBe('ADD_TAGS');
    const job = await finished(ws.as.OPERATOR, startBulkAction.id);
    expect(job).toMatchObject({
      status: 'DONE',
      total: 150,
      processed: 150,
      failed: 0,
      startedBy: 'OPERATOR person',
    });
    // The workspace's run that applied it shows the customers done of all on the Jobs screen.
    await expect
      .poll(() => listedRuns(ws.as.ADMIN), { timeout: 15_000 })
      .toContainEqual({ job: 'bulk-actions.run', state: 'DONE', progress: { done: 150, total: 150 } });
    const tagged = await ws.as.ANALYST.requestOk(LIST, {
      filter: { op: 'AND', conditions: [{ field: 'tags', operator: 'HAS_ANY', value: [tagId] }] },
    });
    expect(tagged.customers.totalCount).toBe(150);
    const history = await ws.as.ANALYST.requestOk(
      'query($id: ID!) { customer(id: $id) { history(types: [CUSTOMER_TAGGED]) { edges { node { actor { name } changes { newValue } } } } } }',
      { id: ids[0] },
    );
    expect(history.customer.history.edges[0].node).toEqual({
      actor: { name: 'OPERATOR person' },
      changes: [{ newValue: ['Promo'] }],
    });
  });

  it('set a field on listed customers and deactivate them; a value that breaks a rule writes nothing', async () => {
    const chosen = ids.slice(1, 4);
    const set = await ws.as.OPERATOR.requestOk(START, {
      selection: { ids: chosen },
      action: { kind: 'SET_FIELDS', attributes: { region: 'North' } },
    });
    expect(await finished(ws.as.OPERATOR, set.startBulkAction.id)).toMatchObject({
      status: 'DONE',
      processed: 3,
    });
    const off = await ws.as.OPERATOR.requestOk(START, {
      selection: { ids: chosen },
      action: { kind: 'DEACTIVATE' },
    });
    expect(await finished(ws.as.OPERATOR, off.startBulkAction.id)).toMatchObject({
      status: 'DONE',
      processed: 3,
    });
    const rows = await ws.as.ANALYST.requestOk(LIST, {
      filter: { op: 'AND', conditions: [{ field: 'status', operator: 'EQ', value: 'INACTIVE' }] },
    });
    expect(rows.customers.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(
      [...chosen].sort(),
    );
    expect(
      rows.customers.edges.every(
        (e: { node: { attributes: { region: string } } }) => e.node.attributes.region === 'North',
      ),
    ).toBe(true);

    const bad = await ws.as.OPERATOR.request(START, {
      selection: { ids: chosen },
      action: { kind: 'SET_FIELDS', attributes: { birthDate: 'yesterday' } },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['action', 'attributes', 'birthDate'],
    });
  });

  it('refuse an ambiguous selection, unknown tags, and deleting without the permission', async () => {
    const both = await ws.as.OPERATOR.request(START, {
      selection: { ids: [ids[0]], filter: moscow },
      action: { kind: 'ACTIVATE' },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['selection'] });
    const none = await ws.as.OPERATOR.request(START, { selection: {}, action: { kind: 'ACTIVATE' } });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['selection'] });
    const unknown = await ws.as.OPERATOR.request(START, {
      selection: { all: true },
      action: { kind: 'ADD_TAGS', tagIds: [ids[0]] },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['action', 'tagIds', 0],
    });
    const badFilter = await ws.as.OPERATOR.request(START, {
      selection: { filter: { op: 'AND', conditions: [{ field: 'nope', operator: 'EQ', value: 1 }] } },
      action: { kind: 'ACTIVATE' },
    });
    expect(badFilter.errors?.[0]?.extensions).toMatchObject({
      path: ['selection', 'filter', 'conditions', 0, 'field'],
    });
    const denied = await ws.as.OPERATOR.request(START, {
      selection: { all: true },
      action: { kind: 'DELETE' },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await ws.as.ANALYST.request(START, { selection: { all: true }, action: { kind: 'ACTIVATE' } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('resume a job whose process died, without repeating the customers already done', async () => {
    const { startBulkAction } = await ws.as.MANAGER.requestOk(START, {
      selection: { filter: { op: 'AND', conditions: [{ field: 'city', operator: 'EQ', value: 'tehran' }] } },
      action: { kind: 'DELETE' },
    });
    await finished(ws.as.MANAGER, startBulkAction.id);
    const conn = server.app.orm.em.getConnection();
    // Pretend a crash after the first chunk: put the job back to RUNNING with a stale heartbeat.
    const [first] = await conn.execute<{ id: string }[]>(
      `select id from customer where workspace_id = ? and deleted_at is not null order by id offset 199 limit 1`,
      [ws.id],
    );
    await conn.execute(
      `update customer set deleted_at = null where workspace_id = ? and deleted_at is not null and id > ?`,
      [ws.id, first?.id],
    );
    await conn.execute(
      `update bulk_job set status = 'RUNNING', processed = 200, last_id = ?, heartbeat_at = now() - interval '1 hour' where id = ?`,
      [first?.id, startBulkAction.id],
    );
    const deletedBefore = await conn.execute<{ n: string }[]>(
      `select count(*) as n from history_event where workspace_id = ? and type = 'CUSTOMER_DELETED'`,
      [ws.id],
    );
    // The periodic run (no workspace) takes up what a stopped process left.
    await server.app.jobs.kick('bulk-actions.run');
    const job = (await ws.as.MANAGER.requestOk(JOB, { id: startBulkAction.id })).bulkJob;
    expect(job).toMatchObject({ status: 'DONE', total: 300, processed: 300 });
    expect((await ws.as.ANALYST.requestOk(LIST, {})).customers.totalCount).toBe(150);
    const deletedAfter = await conn.execute<{ n: string }[]>(
      `select count(*) as n from history_event where workspace_id = ? and type = 'CUSTOMER_DELETED'`,
      [ws.id],
    );
    expect(Number(deletedAfter[0]?.n) - Number(deletedBefore[0]?.n)).toBe(100);
  });

  /** A workspace of `customers` (inserted as they are: no history to wait for) and a DEACTIVATE of them all, queued without a kick. */
  async function pausedClub(name: string, customers: number) {
    const paused = await server.workspace(name);
    const conn = server.app.orm.em.getConnection();
    await conn.execute(
      `insert into customer (workspace_id, attributes)
       select ?, jsonb_build_object('firstName', 'C' || n) from generate_series(1, ?) n`,
      [paused.id, customers],
    );
    const [admin] = await conn.execute<{ id: string }[]>('select id from staff where email = ?', [
      paused.emails.ADMIN,
    ]);
    // Queued without a kick, so that only the runs the test makes take it.
    const [queued] = await conn.execute<{ id: string }[]>(
      `insert into bulk_job (workspace_id, staff_id, started_by, kind, selection, action)
       values (?, ?, 'ADMIN person', 'DEACTIVATE', '{"all":true}', '{"kind":"DEACTIVATE"}') returning id`,
      [paused.id, admin?.id],
    );
    const inactive = async () =>
      Number(
        (
          await conn.execute<{ n: string }[]>(
            `select count(*) as n from customer where workspace_id = ? and status = 'INACTIVE'`,
            [paused.id],
          )
        )[0]?.n,
      );
    const job = async () => (await paused.as.ADMIN.requestOk(JOB, { id: queued?.id })).bulkJob;
    return { paused, id: queued?.id as string, inactive, job };
  }

  it('cancelled on the Jobs screen: the chunk under way ends whole, the rest is never done, the job says CANCELLED', async () => {
    const { paused, id, inactive, job } = await pausedClub('Cancelled club', 450);
    const run = await takenRun(server, 'bulk-actions.run', paused, { cancelledAtReport: 1 });
    expect(await server.app.services.bulkActions.runNext(paused.id, run.control)).toBe(true);
    expect(run.reports).toEqual([[200, 450]]);
    expect(await inactive()).toBe(200);
    expect(await job()).toMatchObject({ status: 'CANCELLED', total: 450, processed: 200, failed: 0 });
    const runs = (await paused.as.ADMIN.requestOk('{ jobs(first: 10) { edges { node { id state } } } }')).jobs
      .edges;
    expect(runs.map((e: { node: unknown }) => e.node)).toContainEqual({ id: run.id, state: 'CANCELLED' });
    const audited = await server.app.orm.em
      .getConnection()
      .execute(`select subject from audit_event where workspace_id = ? and type = 'JOB_CANCELLED'`, [
        paused.id,
      ]);
    expect(audited).toEqual([{ subject: 'bulk-actions.run' }]);

    // A minute on, neither the workspace's next run nor the periodic one takes it up again.
    await server.app.orm.em
      .getConnection()
      .execute(`update bulk_job set heartbeat_at = now() - interval '1 hour' where id = ?`, [id]);
    expect(await server.app.services.bulkActions.runNext(paused.id)).toBe(false);
    await server.app.jobs.kick('bulk-actions.run');
    expect(await inactive()).toBe(200);
    expect(await job()).toMatchObject({ status: 'CANCELLED', processed: 200 });
  });

  it('a cancelled job whose process stopped in its last chunk is finished as of its last heartbeat', async () => {
    const { id, job } = await pausedClub('Crashed club', 10);
    const conn = server.app.orm.em.getConnection();
    await conn.execute(
      `update bulk_job set status = 'CANCELLED', finished_at = null, heartbeat_at = now() - interval '5 seconds' where id = ?`,
      [id],
    );
    // Its run may still be finishing the chunk: not finished yet.
    expect((await job()).finishedAt).toBeNull();
    const [moved] = await conn.execute<{ at: Date }[]>(
      `update bulk_job set heartbeat_at = now() - interval '1 hour' where id = ? returning heartbeat_at as at`,
      [id],
    );
    expect(new Date((await job()).finishedAt).getTime()).toBe(new Date(moved?.at ?? 0).getTime());
  });

  it('stop after a whole chunk when their run is taken from a stopping process; a later run resumes after it', async () => {
    const { paused, id, inactive, job } = await pausedClub('Paused club', 250);
    const conn = server.app.orm.em.getConnection();
    const told: [number, number][] = [];
    // A run taken from a stopping process (no staff cancel) answers its first progress report with false.
    const stopping = {
      id: 'stopping-run',
      progress: async (done: number, total: number) => told.push([done, total]) < 0,
    };
    expect(await server.app.services.bulkActions.runNext(paused.id, stopping)).toBe(true);
    expect(told).toEqual([[200, 250]]);
    expect(await inactive()).toBe(200);
    expect(await job()).toMatchObject({ status: 'RUNNING', total: 250, processed: 200 });

    // Its heartbeat stops with the run: a minute later another run goes on after the saved chunk.
    await conn.execute(`update bulk_job set heartbeat_at = now() - interval '1 hour' where id = ?`, [id]);
    const resumed: [number, number][] = [];
    const live = {
      id: 'later-run',
      progress: async (done: number, total: number) => resumed.push([done, total]) > 0,
    };
    expect(await server.app.services.bulkActions.runNext(paused.id, live)).toBe(true);
    expect(resumed).toEqual([
      [250, 250],
      [250, 250],
    ]);
    expect(await inactive()).toBe(250);
    expect(await job()).toMatchObject({ status: 'DONE', total: 250, processed: 250 });
  });
});
