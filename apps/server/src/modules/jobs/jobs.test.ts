import { defineModule } from '@patron/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

const JOBS = `query($state: JobRunState) { jobs(first: 50, state: $state) { edges { node {
  id job state ownWorkspace attempts maxAttempts queuedAt startedAt finishedAt error payload progress { done total }
  canCancel canRetry } } } }`;
const CANCEL = 'mutation($id: ID!) { cancelJob(id: $id) { id state } }';
const RETRY = 'mutation($id: ID!) { retryJob(id: $id) { id state } }';

/** What the test jobs did, as the test reads it back. */
const done = { global: 0, slowSteps: 0, flakyTries: 0, longStoppedAt: -1 };
let flakyFailsLeft = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const testJobs = defineModule({
  name: 'test-jobs',
  jobs: [
    {
      name: 'test.global',
      everyMs: 0,
      step: async () => {
        done.global++;
        await sleep(300);
        return false;
      },
    },
    {
      name: 'test.flaky',
      everyMs: 0,
      retryLimit: 1,
      step: async () => {
        done.flakyTries++;
        if (flakyFailsLeft-- > 0) throw new Error('the partner API is down');
        return false;
      },
    },
    {
      name: 'test.long',
      everyMs: 0,
      // One long step that says how far it is until it hears the run is no longer wanted.
      step: async (_services, _payload, run) => {
        for (let units = 0; ; units++) {
          if (!(await run?.progress(units, 1000))) {
            done.longStoppedAt = units;
            return false;
          }
          await sleep(50);
        }
      },
    },
    {
      name: 'test.slow',
      everyMs: 0,
      step: async () => {
        done.slowSteps++;
        await sleep(50);
        return true;
      },
    },
  ],
});

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

async function runs(ws: TestWorkspace, state?: string) {
  return (await ws.as.ADMIN.requestOk(JOBS, { state })).jobs.edges.map((e: { node: unknown }) => e.node);
}

async function until<T>(what: () => Promise<T | undefined | false>, ms = 40_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    const value = await what();
    if (value) return value;
  }
  throw new Error('timed out');
}

beforeAll(async () => {
  server = await startTestServer({ plugins: [testJobs] });
  a = await server.workspace('Club A');
  b = await server.workspace('Club B');
});
afterAll(() => server?.close());

describe('the Jobs screen', () => {
  it('a kick resolves once its run is over; every admin sees the global run, without details', async () => {
    await server.app.jobs.kick('test.global');
    expect(done.global).toBe(1);
    for (const ws of [a, b]) {
      // A finished global run stays off the unfiltered list (periodic runs would bury the workspace's own).
      expect((await runs(ws)).some((r: { job: string }) => r.job === 'test.global')).toBe(false);
      const [run] = (await runs(ws, 'DONE')).filter((r: { job: string }) => r.job === 'test.global');
      expect(run).toMatchObject({
        state: 'DONE',
        ownWorkspace: false,
        attempts: 1,
        payload: null,
        canCancel: false,
      });
      expect(run.finishedAt).not.toBeNull();
    }
    // Kicks collapse into the waiting run: three at once make at most two runs (one may start
    // before the others arrive; they then share the one waiting behind it).
    await Promise.all([1, 2, 3].map(() => server.app.jobs.kick('test.global')));
    expect(done.global).toBeGreaterThanOrEqual(2);
    expect(done.global).toBeLessThanOrEqual(3);
  });

  it('a failed run is retried with backoff, then shown failed to its workspace only, and run again on Retry', async () => {
    flakyFailsLeft = 2;
    const id = await server.app.jobs.enqueue('test.flaky', { workspaceId: a.id, note: 'import 7' });
    const failed = await until(async () =>
      (await runs(a, 'FAILED')).find((r: { id: string }) => r.id === id),
    );
    expect(done.flakyTries).toBe(2);
    expect(failed).toMatchObject({
      state: 'FAILED',
      ownWorkspace: true,
      attempts: 2,
      maxAttempts: 2,
      error: 'the partner API is down',
      payload: { workspaceId: a.id, note: 'import 7' },
      canRetry: true,
    });
    expect((await runs(b)).some((r: { id: string }) => r.id === id)).toBe(false);
    // Given up: the workspace's admins hear of it in their bell; nobody in the other workspace does.
    const notices = await server.app.orm.em
      .getConnection()
      .execute("select workspace_id, params, link from notification where kind = 'job.failed'");
    expect(notices).toEqual([{ workspace_id: a.id, params: { job: 'test.flaky' }, link: '#/jobs' }]);

    // Another workspace's admin neither sees nor steers it; a role without the permission cannot list.
    expect((await b.as.ADMIN.request(RETRY, { id })).errors?.[0]?.extensions?.problem).toMatchObject({
      code: 'JOB_RUN_NOT_FOUND',
    });
    expect((await b.as.ADMIN.request(CANCEL, { id })).errors?.[0]?.extensions?.problem).toMatchObject({
      code: 'JOB_RUN_NOT_FOUND',
    });
    expect((await a.as.MANAGER.request(JOBS, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await a.as.MANAGER.request(RETRY, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await a.as.ADMIN.requestOk(RETRY, { id });
    const again = await until(async () => (await runs(a, 'DONE')).find((r: { id: string }) => r.id === id));
    expect(again.attempts).toBe(3);
    expect(done.flakyTries).toBe(3);
  });

  it('cancel stops a running run after its current step; a global run cannot be cancelled from a workspace', async () => {
    const id = await server.app.jobs.enqueue('test.slow', { workspaceId: a.id });
    await until(async () => (await runs(a, 'RUNNING')).find((r: { id: string }) => r.id === id));
    expect((await a.as.ADMIN.requestOk(CANCEL, { id })).cancelJob.state).toBe('CANCELLED');
    await sleep(300);
    const steps = done.slowSteps;
    await sleep(500);
    expect(done.slowSteps).toBe(steps);
    expect((await a.as.ADMIN.request(CANCEL, { id })).errors?.[0]?.extensions?.problem).toMatchObject({
      code: 'JOB_RUN_NOT_CANCELLABLE',
    });

    const [global] = (await runs(a, 'DONE')).filter((r: { job: string }) => r.job === 'test.global');
    expect(
      (await a.as.ADMIN.request(CANCEL, { id: global.id })).errors?.[0]?.extensions?.problem,
    ).toMatchObject({ code: 'JOB_RUN_GLOBAL' });
  });

  it('a long step shows its progress and hears of a cancel in the middle; the cancelled run keeps it', async () => {
    const id = await server.app.jobs.enqueue('test.long', { workspaceId: a.id });
    const running = await until(async () =>
      (await runs(a, 'RUNNING')).find(
        (r: { id: string; progress?: { done: number } }) => r.id === id && (r.progress?.done ?? 0) >= 2,
      ),
    );
    expect(running.progress.total).toBe(1000);
    // Another workspace sees nothing of it.
    expect((await runs(b)).some((r: { id: string }) => r.id === id)).toBe(false);
    await a.as.ADMIN.requestOk(CANCEL, { id });
    const stoppedAt = await until(async () => done.longStoppedAt >= 0 && done.longStoppedAt);
    expect(stoppedAt).toBeGreaterThanOrEqual(2);
    const [cancelled] = (await runs(a, 'CANCELLED')).filter((r: { id: string }) => r.id === id);
    expect(cancelled.progress).toEqual({ done: stoppedAt - 1, total: 1000 });
  });
});
