import type { JobRunControl } from '@patron/sdk';
import type { TestServer, TestWorkspace } from '../../testing/harness.js';
import { QUEUE_SCHEMA } from '../queue-settings.js';

const CANCEL_JOB = 'mutation($id: ID!) { cancelJob(id: $id) { state } }';

/**
 * The workspace's run of `job` as pg-boss keeps one a worker has taken (its row active), played by the
 * test: it calls the module's step itself with `control`, whose progress is written to that row and
 * answered by it, as the queue's own control does (false once the run is no longer active). Workers
 * fetch waiting runs only, so none takes it: where the run is when something happens is the test's.
 */
export async function takenRun(
  server: TestServer,
  job: string,
  workspace: TestWorkspace,
  /** The workspace's admin presses Cancel on the Jobs screen while the run makes this report (1: its first). */
  options: { cancelledAtReport?: number } = {},
): Promise<{ id: string; control: JobRunControl; reports: [number, number][] }> {
  const sql = server.app.orm.em.getConnection();
  const [row] = await sql.execute<{ id: string }[]>(
    `insert into ${QUEUE_SCHEMA}.job (name, data, state, started_on) values (?, ?::jsonb, 'active', now()) returning id`,
    [job, JSON.stringify({ workspaceId: workspace.id })],
  );
  const id = row?.id as string;
  const reports: [number, number][] = [];
  const control: JobRunControl = {
    id,
    progress: async (done, total) => {
      reports.push([done, total]);
      if (reports.length === options.cancelledAtReport)
        await workspace.as.ADMIN.requestOk(CANCEL_JOB, { id });
      const written = await sql.execute<{ id: string }[]>(
        `update ${QUEUE_SCHEMA}.job set output = ?::jsonb where name = ? and id = ? and state = 'active' returning id`,
        [JSON.stringify({ progress: { done, total } }), job, id],
      );
      return written.length > 0;
    },
  };
  return { id, control, reports };
}
