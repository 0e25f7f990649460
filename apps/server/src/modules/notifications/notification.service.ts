import type { EntityManager } from '@mikro-orm/postgresql';
import { type EmSql, emSql } from '../../db/em-sql.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { LINK, type NoticeContent } from './notification-kinds.js';

/** How long a notice is kept, read or not. */
export const NOTIFICATION_KEPT_DAYS = 90;
const PRUNE_BATCH = 5_000;

/**
 * The caller's transaction, so a notice commits or rolls back with the change it tells about: the
 * `sql` of an ORM transaction (`emSql(em)`, as `audit.record` takes it), the EntityManager itself, or
 * the `run` of a `PreparedPool` transaction.
 */
export type InTransaction = EmSql | EntityManager | Run;

export interface Notification {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

interface Row {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

/**
 * Notices for staff members: written by other modules in one call, read and marked read by their
 * recipient only (every read names the workspace and the staff member).
 */
export class NotificationService {
  constructor(private readonly sql: PreparedPool) {}

  /** One notice for one active staff member of the workspace; returns how many were written (0 or 1). */
  notify<K extends string>(
    notice: NoticeContent<K> & { workspaceId: string; staffId: string },
    tx?: InTransaction,
  ): Promise<number> {
    return this.write(notice.workspaceId, notice, 'and s.id = ?', [notice.staffId], tx);
  }

  /** The same notice to every active admin of the workspace (a job failed and no one asked for it). */
  notifyAdmins<K extends string>(
    workspaceId: string,
    notice: NoticeContent<K>,
    tx?: InTransaction,
  ): Promise<number> {
    return this.write(workspaceId, notice, `and s.role = 'ADMIN'`, [], tx);
  }

  /** The same notice to every active staff member whose role holds `permission` (admins hold all). */
  notifyRoleHolders<K extends string>(
    workspaceId: string,
    permission: string,
    notice: NoticeContent<K>,
    tx?: InTransaction,
  ): Promise<number> {
    return this.write(
      workspaceId,
      notice,
      `and (s.role = 'ADMIN' or exists (select from role r
              where r.workspace_id = s.workspace_id and r.key = s.role and ? = any(r.permissions)))`,
      [permission],
      tx,
    );
  }

  private async write(
    workspaceId: string,
    notice: NoticeContent,
    who: string,
    whoParams: unknown[],
    tx: InTransaction | undefined,
  ): Promise<number> {
    const link = notice.link ?? null;
    // Links come from code, never from users; one that is not ours would send a click elsewhere.
    if (link !== null && !LINK.test(link))
      throw new Error(`A notice links to ${link}: only #/… and /files/…`);
    const rows = await runIn(tx, this.sql)<{ n: number }>(
      `with made as (
         insert into notification (workspace_id, staff_id, kind, params, link)
         select s.workspace_id, s.id, ?, ?::jsonb, ? from staff s
          where s.workspace_id = ? and s.active ${who}
         returning 1)
       select count(*)::int as n from made`,
      [notice.kind, JSON.stringify(notice.params ?? {}), link, workspaceId, ...whoParams],
    );
    return rows[0]?.n ?? 0;
  }

  /** The staff member's notices, newest first, keyset on id. */
  async page(
    workspaceId: string,
    staffId: string,
    options: { first: number; after?: string | null; unreadOnly?: boolean },
  ): Promise<{ notifications: Notification[]; hasNextPage: boolean }> {
    const rows = await this.sql.query<Row>(
      `select id, kind, params, link, created_at, read_at from notification
        where workspace_id = ? and staff_id = ? and (?::bigint is null or id < ?::bigint)
          and (not ?::boolean or read_at is null)
        order by id desc limit ?`,
      [
        workspaceId,
        staffId,
        options.after ?? null,
        options.after ?? null,
        options.unreadOnly ?? false,
        options.first + 1,
      ],
    );
    return {
      hasNextPage: rows.length > options.first,
      notifications: rows.slice(0, options.first).map((r) => ({
        id: String(r.id),
        kind: r.kind,
        params: r.params,
        link: r.link,
        createdAt: new Date(r.created_at),
        readAt: r.read_at ? new Date(r.read_at) : null,
      })),
    };
  }

  async unreadCount(workspaceId: string, staffId: string): Promise<number> {
    const [row] = await this.sql.query<{ n: number }>(
      'select count(*)::int as n from notification where workspace_id = ? and staff_id = ? and read_at is null',
      [workspaceId, staffId],
    );
    return row?.n ?? 0;
  }

  /**
   * Marks the staff member's notices among `ids` read; ids of others' notices, of another workspace or
   * made up are passed over. Returns the unread count after.
   */
  async markRead(workspaceId: string, staffId: string, ids: string[]): Promise<number> {
    const mine = ids.filter((id) => /^\d{1,18}$/.test(id));
    if (mine.length > 0) {
      await this.sql.query(
        `update notification set read_at = now()
          where workspace_id = ? and staff_id = ? and read_at is null
            -- As JSON: an array parameter would be spread into a list of placeholders.
            and id in (select jsonb_array_elements_text(?::jsonb)::bigint)`,
        [workspaceId, staffId, JSON.stringify(mine)],
      );
    }
    return this.unreadCount(workspaceId, staffId);
  }

  /** Marks every notice of the staff member read; returns how many were unread. */
  async markAllRead(workspaceId: string, staffId: string): Promise<number> {
    const [row] = await this.sql.query<{ n: number }>(
      `with marked as (
         update notification set read_at = now()
          where workspace_id = ? and staff_id = ? and read_at is null returning 1)
       select count(*)::int as n from marked`,
      [workspaceId, staffId],
    );
    return row?.n ?? 0;
  }

  /** Deletes one batch of notices older than the keeping time; true while there may be more. */
  async prune(): Promise<boolean> {
    const [row] = await this.sql.query<{ n: number }>(
      // The batch is picked once (materialized): as a nested loop's inner side a locking subquery runs
      // again per row and takes more than its limit.
      `with batch as materialized (
         select workspace_id, id from notification
          where created_at < now() - make_interval(days => ?)
          limit ? for update skip locked),
       gone as (
         delete from notification n using batch b where n.workspace_id = b.workspace_id and n.id = b.id
         returning 1)
       select count(*)::int as n from gone`,
      [NOTIFICATION_KEPT_DAYS, PRUNE_BATCH],
    );
    return (row?.n ?? 0) === PRUNE_BATCH;
  }
}

/** A statement runner on the caller's transaction, or on the pool outside one. */
function runIn(tx: InTransaction | undefined, pool: PreparedPool): Run {
  if (tx === undefined) return pool.query;
  if (typeof tx === 'function') return tx;
  const sql = 'execute' in tx && !('getConnection' in tx) ? tx : emSql(tx as EntityManager);
  return <T>(text: string, params: unknown[]) => sql.execute<T[]>(text, params);
}
