import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor, JobRunControl } from '@patron/sdk';
import { GraphQLError } from 'graphql';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { badField, badInput, refusal } from '../../graphql/errors.js';
import { runProgress } from '../../jobs/run-progress.js';
import {
  claimNext,
  keepAlive,
  liveWhen,
  STALE_SECONDS,
  type WorkTable,
  waitingWhen,
} from '../../jobs/workspace-claim.js';
import type { AttributeService } from '../attributes/attribute.service.js';
import type { SqlFragment } from '../customer-search/compile-filter.js';
import type { CustomerSearchService, Viewer } from '../customer-search/customer-search.service.js';
import type { CustomerService } from '../customers/customer.service.js';
import { resolveAttributes } from '../customers/customer-values.js';
import type { TagService } from '../tags/tag.service.js';
import {
  type BulkAction,
  type BulkJobRow,
  type CustomerSelection,
  MAX_LISTED_IDS,
  MAX_PROBLEMS,
} from './bulk-action.js';

const CHUNK = 200;
/** Bulk actions waiting or left by a stopped process; one at a time per workspace (two would change the same customers). */
const BULK_JOBS: WorkTable = {
  table: 'bulk_job',
  waiting: waitingWhen('status', 'QUEUED', 'RUNNING'),
  live: liveWhen('status', 'RUNNING'),
  set: "status = 'RUNNING', heartbeat_at = now()",
  returning: 't.*',
};

/**
 * A cancelled job whose run's process stopped in its last chunk never had it marked finished: it
 * ended with that process's last heartbeat (the counts saved by then are final).
 */
function settled(job: BulkJobRow): BulkJobRow {
  if (job.status !== 'CANCELLED' || job.finished_at || !job.heartbeat_at) return job;
  const lastSign = new Date(job.heartbeat_at);
  return Date.now() - lastSign.getTime() > STALE_SECONDS * 1000 ? { ...job, finished_at: lastSign } : job;
}

/**
 * Bulk actions run as jobs: the request only records the job; a runner walks the selection by
 * customer id in chunks, applying each change through CustomerService (so each lands in that
 * customer's history) and saving its position after every chunk — a restarted job resumes there.
 */
export class BulkJobService {
  constructor(
    private readonly orm: MikroORM,
    private readonly sql: PreparedPool,
    private readonly attributes: AttributeService,
    private readonly customers: CustomerService,
    private readonly customerSearch: CustomerSearchService,
    private readonly tags: TagService,
    /** Starts the workspace's run of bulk-actions.run now rather than at the next poll. */
    private readonly kick: (workspaceId: string) => void,
  ) {}

  async start(
    viewer: Viewer,
    actor: Actor,
    selection: CustomerSelection,
    action: BulkAction,
  ): Promise<BulkJobRow> {
    await this.check(viewer, selection, action);
    const [job] = await this.orm.em.getConnection().execute<BulkJobRow[]>(
      `insert into bulk_job (workspace_id, staff_id, started_by, kind, selection, action)
       values (?, ?, ?, ?, ?::jsonb, ?::jsonb) returning *`,
      [
        viewer.workspaceId,
        viewer.staffId,
        actor.name,
        action.kind,
        JSON.stringify(selection),
        JSON.stringify(action),
      ],
    );
    this.kick(viewer.workspaceId);
    return job as BulkJobRow;
  }

  async get(workspaceId: string, id: string): Promise<BulkJobRow> {
    const [job] = isUuid(id)
      ? await this.orm.em
          .getConnection()
          .execute<BulkJobRow[]>('select * from bulk_job where id = ? and workspace_id = ?', [
            id,
            workspaceId,
          ])
      : [];
    if (!job) throw refusal('BULK_JOB_NOT_FOUND');
    return settled(job);
  }

  async recent(workspaceId: string, first: number): Promise<BulkJobRow[]> {
    return this.orm.em
      .getConnection()
      .execute<BulkJobRow[]>(
        'select * from bulk_job where workspace_id = ? order by created_at desc limit ?',
        [workspaceId, Math.min(Math.max(first, 1), 100)],
      )
      .then((rows) => rows.map(settled));
  }

  /**
   * The workspace's run was cancelled on the Jobs screen: its running bulk action is cancelled for
   * good. A run still working on it finishes the chunk under way, whole, does no more and then marks
   * it finished (its counts final); no later run resumes it.
   */
  async cancelRunning(workspaceId: string): Promise<void> {
    await this.sql.query(
      `update bulk_job set status = 'CANCELLED',
          finished_at = case when heartbeat_at >= now() - make_interval(secs => ?) then null else now() end
        where workspace_id = ? and status = 'RUNNING'`,
      [STALE_SECONDS, workspaceId],
    );
  }

  /**
   * Runs the next queued job (of `workspaceId`, or of any workspace), or one whose process died; false
   * when there was none. `run` shows its customers on the Jobs screen. Either way its run stops, the job
   * stops after its current chunk, whole and saved: cancelled there, the job ends CANCELLED
   * (`cancelRunning`); taken from a stopping process, its row waits for a later run to resume it after
   * the last whole chunk.
   */
  async runNext(workspaceId?: string, run?: JobRunControl): Promise<boolean> {
    const conn = this.orm.em.getConnection();
    const job = await claimNext<BulkJobRow>(this.sql, BULK_JOBS, workspaceId);
    if (!job) return false;
    const alive = keepAlive(this.sql, BULK_JOBS, job);
    try {
      await this.run(job, run);
    } catch (error) {
      await conn.execute(
        `update bulk_job set status = 'FAILED', finished_at = now(),
           problems = problems || ?::jsonb where workspace_id = ? and id = ?`,
        [JSON.stringify([{ customerId: null, message: (error as Error).message }]), job.workspace_id, job.id],
      );
    } finally {
      alive();
      // No run holds it any more: a cancelled job's counts are final, and one left RUNNING (its run
      // taken from a stopping process) is another run's to resume at once.
      await conn.execute(
        `update bulk_job set heartbeat_at = null,
            finished_at = case when status = 'CANCELLED' then coalesce(finished_at, now()) else finished_at end
          where workspace_id = ? and id = ? and status in ('RUNNING', 'CANCELLED')`,
        [job.workspace_id, job.id],
      );
    }
    return true;
  }

  private async run(job: BulkJobRow, run?: JobRunControl): Promise<void> {
    const conn = this.orm.em.getConnection();
    const viewer = { workspaceId: job.workspace_id, staffId: job.staff_id };
    const where = await this.where(viewer, job.selection);
    let total = job.total;
    if (total === null) {
      const [row] = await conn.execute<{ n: string }[]>(
        `select count(*) as n from customer c where ${where.sql}`,
        where.params,
      );
      total = Number(row?.n ?? 0);
      await conn.execute('update bulk_job set total = ? where workspace_id = ? and id = ?', [
        total,
        job.workspace_id,
        job.id,
      ]);
    }
    const progress = runProgress(run);
    let done = job.processed + job.failed;
    const actor: Actor = { kind: 'staff', id: job.staff_id, name: job.started_by };
    const names = new Map((await this.tags.list(job.workspace_id)).map((t) => [t.id, t.name]));
    let lastId = job.last_id;
    let problems = job.problems.length;
    for (;;) {
      const ids = await conn.execute<{ id: string }[]>(
        `select c.id from customer c where ${where.sql} and c.id > coalesce(?::uuid, '00000000-0000-0000-0000-000000000000')
          order by c.id limit ${CHUNK}`,
        [...where.params, lastId],
      );
      if (ids.length === 0) break;
      const failures: { customerId: string; message: string; problem: unknown }[] = [];
      for (const { id } of ids) {
        try {
          await this.apply(job, actor, id, names);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          failures.push({
            customerId: id,
            message: error.message,
            problem: error.extensions.problem ?? null,
          });
        }
      }
      lastId = ids.at(-1)?.id ?? lastId;
      const kept = failures.slice(0, Math.max(0, MAX_PROBLEMS - problems));
      problems += kept.length;
      const [saved] = await conn.execute<{ status: BulkJobRow['status'] }[]>(
        `update bulk_job set processed = processed + ?, failed = failed + ?, last_id = ?,
           problems = problems || ?::jsonb, heartbeat_at = now() where workspace_id = ? and id = ?
         returning status`,
        [
          ids.length - failures.length,
          failures.length,
          lastId,
          JSON.stringify(kept),
          job.workspace_id,
          job.id,
        ],
      );
      done += ids.length;
      // Cancelled on the Jobs screen (the row says so at once, the run within a second): this chunk is
      // whole and saved, the rest is not done. Taken from a stopping process: a later run resumes after it.
      if (saved?.status !== 'RUNNING' || !(await progress(done, total))) return;
    }
    await progress(done, done, true);
    await conn.execute(
      `update bulk_job set status = 'DONE', finished_at = now() where workspace_id = ? and id = ? and status = 'RUNNING'`,
      [job.workspace_id, job.id],
    );
  }

  private async apply(job: BulkJobRow, actor: Actor, id: string, names: Map<string, string>): Promise<void> {
    const ws = job.workspace_id;
    const { action } = job;
    switch (action.kind) {
      case 'SET_FIELDS':
        await this.customers.update(ws, actor, id, action.attributes ?? {});
        return;
      case 'ADD_TAGS':
      case 'REMOVE_TAGS':
      case 'REPLACE_TAGS': {
        const mode =
          action.kind === 'ADD_TAGS' ? 'add' : action.kind === 'REMOVE_TAGS' ? 'remove' : 'replace';
        await this.customers.changeTags(ws, actor, id, mode, action.tagIds ?? [], names);
        return;
      }
      case 'ACTIVATE':
      case 'DEACTIVATE':
        await this.customers.setStatus(ws, actor, id, action.kind === 'ACTIVATE' ? 'ACTIVE' : 'INACTIVE');
        return;
      case 'DELETE':
        await this.customers.delete(ws, actor, id);
        return;
    }
  }

  private async where(viewer: Viewer, selection: CustomerSelection): Promise<SqlFragment> {
    if (selection.ids?.length) {
      return {
        sql: 'c.workspace_id = ? and c.deleted_at is null and c.id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
        params: [viewer.workspaceId, JSON.stringify(selection.ids)],
      };
    }
    return this.customerSearch.where(viewer, selection, new Date(), ['selection']);
  }

  /** Every problem of the request before anything runs: a job never starts from bad input. */
  private async check(viewer: Viewer, selection: CustomerSelection, action: BulkAction): Promise<void> {
    const asQuery = Boolean(selection.filter || selection.search?.length || selection.segmentId);
    const ways = [Boolean(selection.ids?.length), asQuery, Boolean(selection.all)].filter(Boolean).length;
    if (ways !== 1) throw badField(['selection'], 'SELECTION_ONE_WAY');
    if (selection.ids) {
      if (selection.ids.length > MAX_LISTED_IDS)
        throw badField(['selection', 'ids'], 'SELECTION_IDS_TOO_MANY', { max: MAX_LISTED_IDS });
      const bad = selection.ids.findIndex((id) => !isUuid(id));
      if (bad >= 0) throw badField(['selection', 'ids', bad], 'CUSTOMER_ID_INVALID');
    } else {
      await this.where(viewer, selection);
    }
    if (action.kind === 'SET_FIELDS') {
      const input = action.attributes;
      if (
        typeof input !== 'object' ||
        input === null ||
        Array.isArray(input) ||
        Object.keys(input).length === 0
      )
        throw badField(['action', 'attributes'], 'BULK_ATTRIBUTES_EXPECTED');
      const definitions = await this.attributes.definitions(viewer.workspaceId);
      const given = new Set(Object.keys(input));
      const problems = resolveAttributes(
        definitions,
        input,
        {},
        { formats: this.attributes.formats },
      ).problems.filter((p) => given.has(String(p.path[2])));
      if (problems.length)
        throw badInput(problems.map((p) => ({ ...p, path: ['action', ...p.path.slice(1)] })));
    }
    if (action.kind.endsWith('_TAGS')) {
      if (!action.tagIds?.length && action.kind !== 'REPLACE_TAGS')
        throw badField(['action', 'tagIds'], 'BULK_TAGS_REQUIRED');
      await this.tags.byIds(viewer.workspaceId, action.tagIds ?? [], ['action', 'tagIds']);
    }
  }
}
