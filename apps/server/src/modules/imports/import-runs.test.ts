import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takenRun } from '../../jobs/testing/taken-run.js';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const FIELDS = 'id state progress { done total } counts { rows created }';
const OPEN = `mutation($input: OpenImportInput!) { openImport(input: $input) { ${FIELDS} } }`;
const START = `mutation($id: ID!) { startImport(id: $id) { ${FIELDS} } }`;
const GET = `query($id: ID!) { import(id: $id) { ${FIELDS} } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const sql = <T>(text: string, params: unknown[] = []) =>
  server.app.orm.em.getConnection().execute<T[]>(text, params);

interface ImportState {
  id: string;
  state: string;
  progress: { done: number; total: number | null };
}

/** A file of `rows` customers with mobiles `+98<prefix>NNNNNNN`, uploaded, opened and started. */
async function startImport(ws: TestWorkspace, prefix: string, rows: number): Promise<string> {
  const id = await openImport(ws, prefix, rows);
  await ws.as.MANAGER.requestOk(START, { id });
  return id;
}

/** The same file uploaded and opened, then queued without a kick: only the runs the test makes take it. */
async function queuedImport(ws: TestWorkspace, prefix: string, rows: number): Promise<string> {
  const id = await openImport(ws, prefix, rows);
  await sql(`update import set state = 'QUEUED', started_at = now() where workspace_id = ? and id = ?`, [
    ws.id,
    id,
  ]);
  return id;
}

async function openImport(ws: TestWorkspace, prefix: string, rows: number): Promise<string> {
  const lines = ['mobile,first name'];
  for (let i = 0; i < rows; i++) lines.push(`+98${prefix}${String(i).padStart(7, '0')},N${i}`);
  const cookie = [...ws.as.MANAGER.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const res = await fetch(`${server.url}/files`, {
    method: 'POST',
    headers: { cookie, 'x-patron-csrf': '1', 'x-file-name': `${prefix}.csv` },
    body: lines.join('\n'),
  });
  expect(res.status).toBe(201);
  const { fileId } = (await res.json()) as { fileId: string };
  const { openImport } = await ws.as.MANAGER.requestOk(OPEN, { input: { fileId, kind: 'CUSTOMERS' } });
  return openImport.id;
}

const stateOf = async (ws: TestWorkspace, id: string): Promise<ImportState> =>
  (await ws.as.MANAGER.requestOk(GET, { id })).import;

async function until(
  ws: TestWorkspace,
  id: string,
  done: (job: ImportState) => boolean,
): Promise<ImportState> {
  for (let i = 0; i < 1200; i++) {
    const job = await stateOf(ws, id);
    if (done(job)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} never reached the state awaited`);
}

const applying = (job: ImportState) => job.state === 'RUNNING' && job.progress.done > 0;
const ended = (job: ImportState) => !['QUEUED', 'RUNNING'].includes(job.state);

describe('import runs', () => {
  it('a small import of one workspace ends while a large one of another is still being applied', async () => {
    const large = await server.workspace();
    const small = await server.workspace();
    const big = await startImport(large, '931', 40_000);
    await until(large, big, applying);
    const few = await startImport(small, '932', 5);
    expect((await until(small, few, ended)).state).toBe('DONE');
    expect((await stateOf(large, big)).state).toBe('RUNNING');
    expect((await until(large, big, ended)).state).toBe('DONE');
  });

  it('one workspace’s imports run one after another: a run of any workspace leaves the second waiting', async () => {
    const ws = await server.workspace();
    const first = await startImport(ws, '933', 40_000);
    await until(ws, first, applying);
    const second = await startImport(ws, '934', 50);
    // What the periodic run (no workspace) does: it finds nothing it may take.
    expect(await server.app.services.importRunner.runNext()).toBe(false);
    expect((await stateOf(ws, second)).state).toBe('QUEUED');
    expect((await stateOf(ws, first)).state).toBe('RUNNING');
    expect((await until(ws, first, ended)).state).toBe('DONE');
    expect((await until(ws, second, ended)).state).toBe('DONE');
    // File after file: every number of the first import comes before the second's.
    const [numbers] = await sql<{ first_last: number; second_first: number; n: number }>(
      `select max(number) filter (where mobile like '+98933%') as first_last,
              min(number) filter (where mobile like '+98934%') as second_first, count(*)::int as n
         from customer where workspace_id = ?`,
      [ws.id],
    );
    expect(numbers).toEqual({ first_last: 40_000, second_first: 40_001, n: 40_050 });
  });

  const customers = async (ws: TestWorkspace) =>
    (await sql<{ n: number }>('select count(*)::int as n from customer where workspace_id = ?', [ws.id]))[0]
      ?.n;

  it('cancelled on the Jobs screen: stops after its chunks under way, ends CANCELLED, and no later run takes it up', async () => {
    const ws = await server.workspace();
    // Three chunks of 1000 rows.
    const id = await queuedImport(ws, '935', 3000);
    const run = await takenRun(server, 'imports.run', ws, { cancelledAtReport: 1 });
    expect(await server.app.services.importRunner.runNext(ws.id, run.control)).toBe(true);
    expect(run.reports).toEqual([[1000, 3000]]);
    const cancelled = await stateOf(ws, id);
    expect(cancelled.state).toBe('CANCELLED');
    // The first chunk was under way when the cancel came: it ends whole, nothing after it starts.
    expect(await customers(ws)).toBe(1000);

    // A minute on, neither the workspace's next run nor the periodic one takes it up again.
    await sql(
      `update import set heartbeat_at = now() - interval '1 hour' where workspace_id = ? and id = ?`,
      [ws.id, id],
    );
    expect(await server.app.services.importRunner.runNext(ws.id)).toBe(false);
    await server.app.jobs.kick('imports.run');
    expect((await stateOf(ws, id)).state).toBe('CANCELLED');
    expect(await customers(ws)).toBe(1000);
    // As after its own cancel, a later start finishes it: every row once.
    await ws.as.MANAGER.requestOk(START, { id });
    expect((await until(ws, id, ended)).state).toBe('DONE');
    expect(await customers(ws)).toBe(3000);
  });

  it('taken from a stopping process: stops after its chunks under way, and a later run finishes it', async () => {
    const ws = await server.workspace();
    const id = await queuedImport(ws, '936', 3000);
    // A run taken from a stopping process (no staff cancel) answers its first progress report with false.
    const stopping = { id: 'stopping-run', progress: async () => false };
    expect(await server.app.services.importRunner.runNext(ws.id, stopping)).toBe(true);
    expect((await stateOf(ws, id)).state).toBe('RUNNING');
    expect(await customers(ws)).toBe(1000);

    // Its heartbeat stops with the run: a minute later another run goes on after the chunks applied.
    await sql(
      `update import set heartbeat_at = now() - interval '1 hour' where workspace_id = ? and id = ?`,
      [ws.id, id],
    );
    expect(await server.app.services.importRunner.runNext(ws.id)).toBe(true);
    expect((await stateOf(ws, id)).state).toBe('DONE');
    expect(await customers(ws)).toBe(3000);
  });
});
