import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../customer-search/customer-search.service.js';
import type { SegmentService } from '../segments/segment.service.js';
import {
  type CheckedTexts,
  checkedTexts,
  inLanguage,
  type NewsInput,
  type NewsStatus,
  publishAtOf,
  STATUS_SQL,
  statusOf,
  windowProblems,
} from './news-post.js';

export interface NewsPost extends CheckedTexts {
  id: string;
  segmentId: string | null;
  segmentName: string | null;
  publishAt: Date | null;
  expiresAt: Date | null;
  pinned: boolean;
  status: NewsStatus;
  readCount: number;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewsListArgs {
  status: NewsStatus | null;
  first: number;
  offset: number;
}

type Row = Omit<NewsPost, 'status'> & { segmentViewerId: string | null };

const SELECT = `select p.id, p.title, p.body, p.segment_id as "segmentId", s.name as "segmentName",
    p.segment_viewer_id as "segmentViewerId", p.publish_at as "publishAt", p.expires_at as "expiresAt",
    p.pinned, p.created_by_name as "createdByName", p.created_at as "createdAt", p.updated_at as "updatedAt",
    (select count(*) from news_read r where r.workspace_id = p.workspace_id and r.news_id = p.id)::int as "readCount"
  from news_post p left join segment s on s.workspace_id = p.workspace_id and s.id = p.segment_id`;

const toPost = ({ segmentViewerId: _, ...row }: Row, now = new Date()): NewsPost => ({
  ...row,
  status: statusOf(row, now),
});

/** The subject of its audit events: its title in the first language written. */
const subjectOf = (texts: CheckedTexts) => inLanguage(texts, 'en').title;

/**
 * News posts as staff write them: texts in up to three languages, an optional segment (one the
 * writer may see; its members alone read the post), a publication window and a pin. Every change
 * writes an audit event (`NEWS_AUDIT_TYPES`) in its transaction.
 */
export class NewsService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly segments: SegmentService,
    private readonly audit: AuditService,
  ) {}

  /** Pinned first, then by publication (drafts first, as the newest work), newest first. */
  async list(workspaceId: string, args: NewsListArgs): Promise<{ items: NewsPost[]; totalCount: number }> {
    const where = `p.workspace_id = ? and (?::text is null or ${STATUS_SQL} = ?::text)`;
    const params = [workspaceId, args.status, args.status];
    const [rows, [count]] = await Promise.all([
      this.sql.query<Row>(
        `${SELECT} where ${where} order by p.pinned desc, p.publish_at desc nulls first, p.id desc
          limit ? offset ?`,
        [...params, args.first, args.offset],
      ),
      this.sql.query<{ n: number }>(`select count(*)::int as n from news_post p where ${where}`, params),
    ]);
    const now = new Date();
    return { items: rows.map((r) => toPost(r, now)), totalCount: count?.n ?? 0 };
  }

  async get(workspaceId: string, id: string, run: Run = this.sql.query): Promise<NewsPost> {
    return toPost(await this.row(run, workspaceId, id));
  }

  async create(viewer: Viewer, actor: Actor, input: NewsInput): Promise<NewsPost> {
    const checked = await this.checked(viewer, input, null);
    return this.sql.transaction(async (run) => {
      const [row] = await run<{ id: string }>(
        `insert into news_post (workspace_id, title, body, segment_id, segment_viewer_id, publish_at, expires_at,
                                pinned, created_by_name)
         values (?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?) returning id`,
        [viewer.workspaceId, ...checked.values, actor.name],
      );
      const post = await this.get(viewer.workspaceId, row?.id as string, run);
      await this.record(run, viewer.workspaceId, actor, 'NEWS_CREATED', post);
      return post;
    });
  }

  async update(viewer: Viewer, actor: Actor, id: string, input: NewsInput): Promise<NewsPost> {
    return this.sql.transaction(async (run) => {
      const before = await this.row(run, viewer.workspaceId, id, true);
      const checked = await this.checked(viewer, input, before);
      await run(
        `update news_post set title = ?::jsonb, body = ?::jsonb, segment_id = ?, segment_viewer_id = ?,
                publish_at = ?, expires_at = ?, pinned = ?, updated_at = now()
          where workspace_id = ? and id = ?`,
        [...checked.values, viewer.workspaceId, id],
      );
      const post = await this.get(viewer.workspaceId, id, run);
      await this.record(run, viewer.workspaceId, actor, 'NEWS_UPDATED', post, toPost(before));
      return post;
    });
  }

  /** Deletes the post and its read marks. */
  async delete(actor: Actor, workspaceId: string, id: string): Promise<string> {
    await this.sql.transaction(async (run) => {
      const post = toPost(await this.row(run, workspaceId, id, true));
      await run('delete from news_post where workspace_id = ? and id = ?', [workspaceId, id]);
      await this.record(run, workspaceId, actor, 'NEWS_DELETED', post);
    });
    return id;
  }

  /**
   * The input as the row's values. A segment must be one the writer sees (their view of it is kept:
   * the post's readers are its members as they see it); one kept from before stays as chosen.
   */
  private async checked(viewer: Viewer, input: NewsInput, before: Row | null) {
    const problems: FieldProblem[] = [];
    const texts = checkedTexts(input, problems);
    const publishAt = publishAtOf(input, before?.publishAt ?? null, new Date());
    const expiresAt = input.expiresAt ?? null;
    problems.push(...windowProblems(publishAt, expiresAt));
    const segmentId = input.segmentId || null;
    let segmentViewerId = viewer.staffId;
    if (segmentId && segmentId === before?.segmentId) segmentViewerId = before.segmentViewerId;
    else if (segmentId && !(await this.seesSegment(viewer, segmentId)))
      problems.push(fieldProblem(['input', 'segmentId'], 'SEGMENT_NOT_FOUND'));
    if (problems.length) throw badInput(problems);
    return {
      texts,
      values: [
        JSON.stringify(texts.title),
        JSON.stringify(texts.body),
        segmentId,
        segmentId ? segmentViewerId : null,
        publishAt,
        expiresAt,
        Boolean(input.pinned),
      ],
    };
  }

  /** Whether the staff member may see the segment (another's private one: no). */
  async seesSegment(viewer: Viewer, id: string): Promise<boolean> {
    try {
      await this.segments.get(viewer, id);
      return true;
    } catch (error) {
      if ((error as { extensions?: { problem?: unknown } }).extensions?.problem) return false;
      throw error;
    }
  }

  private async row(run: Run, workspaceId: string, id: string, lock = false): Promise<Row> {
    const [row] = isUuid(id)
      ? await run<Row>(`${SELECT} where p.workspace_id = ? and p.id = ?${lock ? ' for update of p' : ''}`, [
          workspaceId,
          id,
        ])
      : [];
    if (!row) throw refusal('NEWS_NOT_FOUND');
    return row;
  }

  private async record(
    run: Run,
    workspaceId: string,
    actor: Actor,
    type: (typeof NEWS_AUDIT_TYPES)[number],
    post: NewsPost,
    before?: NewsPost,
  ): Promise<void> {
    const facts = (p: NewsPost) => ({
      title: p.title,
      segmentId: p.segmentId,
      publishAt: p.publishAt,
      expiresAt: p.expiresAt,
      pinned: p.pinned,
    });
    await this.audit.record(run, {
      workspaceId,
      type,
      actor,
      subject: subjectOf(post),
      details: { id: post.id, ...(before ? { from: facts(before), to: facts(post) } : facts(post)) },
    });
  }
}

/** Audit event types this module writes; the subject is the post's title. */
export const NEWS_AUDIT_TYPES = ['NEWS_CREATED', 'NEWS_UPDATED', 'NEWS_DELETED'] as const;
