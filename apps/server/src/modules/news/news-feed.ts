import type { PreparedPool } from '../../db/prepared-pool.js';
import { badField, refusal } from '../../graphql/errors.js';
import type { CustomerSearchService } from '../customer-search/customer-search.service.js';
import type { SelfServiceCaller } from '../self-service/customer-sessions.js';
import { type CheckedTexts, inLanguage, isLanguage, type Language } from './news-post.js';

/** The code of a refusal (the first field's for bad input); null for anything unexpected. */
function problemCode(error: unknown): string | null {
  const ext = (error as { extensions?: { problem?: { code?: string } } } | null)?.extensions;
  return typeof ext?.problem?.code === 'string' ? ext.problem.code : null;
}

export interface MyNewsItem {
  id: string;
  /** The language the title and body are in: the one asked for when written, else another. */
  language: Language;
  title: string;
  body: string;
  publishedAt: Date;
  pinned: boolean;
  read: boolean;
}

interface LivePost {
  id: string;
  segment_id: string | null;
  segment_viewer_id: string | null;
}

type FeedRow = CheckedTexts & { id: string; publish_at: Date; pinned: boolean; read: boolean };

const PAGE_MAX = 100;
/** A page cursor: pinned (1/0), publication time and id of the last post shown. */
const CURSOR = /^([01])\|(\d{4}-\d\d-\d\dT[\d:.]+Z)\|([0-9a-f-]{36})$/;
export const feedCursor = (p: MyNewsItem): string =>
  `${p.pinned ? 1 : 0}|${p.publishedAt.toISOString()}|${p.id}`;

/**
 * The news a signed-in customer reads: posts live now (published, not expired) for everyone or for
 * a segment they are a member of, pinned first, then newest. Membership is asked of customer search
 * as the staff member who chose the segment saw it; a segment gone or no longer compiling shows its
 * posts to nobody.
 */
export class NewsFeed {
  constructor(
    private readonly sql: PreparedPool,
    private readonly customerSearch: CustomerSearchService,
    private readonly log: (line: string) => void,
  ) {}

  async page(
    me: SelfServiceCaller,
    args: { first: number; after: string | null; language: Language | null },
  ): Promise<{ items: MyNewsItem[]; hasNextPage: boolean }> {
    if (args.first < 1 || args.first > PAGE_MAX) throw badField(['first'], 'PAGE_SIZE', { max: PAGE_MAX });
    const cursor = args.after == null ? null : CURSOR.exec(args.after);
    if (args.after != null && !cursor) throw badField(['after'], 'CURSOR_INVALID');
    const [ids, language] = await Promise.all([this.visibleIds(me), this.languageOf(me, args.language)]);
    const rows = await this.sql.query<FeedRow>(
      `select p.id, p.title, p.body, p.publish_at, p.pinned,
              exists (select 1 from news_read r where r.workspace_id = p.workspace_id
                        and r.customer_id = ? and r.news_id = p.id) as read
         from news_post p
        where p.workspace_id = ? and p.id = any(?::uuid[])
          and (?::boolean is null or (p.pinned, p.publish_at, p.id) < (?::boolean, ?::timestamptz, ?::uuid))
        order by p.pinned desc, p.publish_at desc, p.id desc limit ?`,
      [
        me.customerId,
        me.workspaceId,
        ids,
        cursor ? cursor[1] === '1' : null,
        cursor ? cursor[1] === '1' : null,
        cursor?.[2] ?? null,
        cursor?.[3] ?? null,
        args.first + 1,
      ],
    );
    const items = rows.slice(0, args.first).map((r) => ({
      id: r.id,
      ...inLanguage(r, language),
      publishedAt: new Date(r.publish_at),
      pinned: r.pinned,
      read: r.read,
    }));
    return { items, hasNextPage: rows.length > args.first };
  }

  async unreadCount(me: SelfServiceCaller): Promise<number> {
    const ids = await this.visibleIds(me);
    const [row] = await this.sql.query<{ n: number }>(
      `select count(*)::int as n from unnest(?::uuid[]) as v(id)
        where not exists (select 1 from news_read r where r.workspace_id = ? and r.customer_id = ? and r.news_id = v.id)`,
      [ids, me.workspaceId, me.customerId],
    );
    return row?.n ?? 0;
  }

  /** Marks a post the customer may read now as read (again: no change); NEWS_NOT_FOUND otherwise. */
  async markRead(me: SelfServiceCaller, id: string): Promise<void> {
    if (!(await this.visibleIds(me)).includes(id)) throw refusal('NEWS_NOT_FOUND');
    await this.sql.query(
      `insert into news_read (workspace_id, customer_id, news_id) values (?, ?, ?) on conflict do nothing`,
      [me.workspaceId, me.customerId, id],
    );
  }

  /** The ids of live posts the customer may read: for everyone, or for a segment they are in. */
  private async visibleIds(me: SelfServiceCaller): Promise<string[]> {
    const live = await this.sql.query<LivePost>(
      `select id, segment_id, segment_viewer_id from news_post
        where workspace_id = ? and publish_at <= now() and (expires_at is null or expires_at > now())`,
      [me.workspaceId],
    );
    const memberships = new Map<string, Promise<boolean>>();
    const isMember = (post: LivePost) => {
      const key = `${post.segment_id}|${post.segment_viewer_id}`;
      if (!memberships.has(key)) memberships.set(key, this.isMember(me, post));
      return memberships.get(key) as Promise<boolean>;
    };
    const shown = await Promise.all(live.map((p) => (p.segment_id ? isMember(p) : true)));
    return live.filter((_, i) => shown[i]).map((p) => p.id);
  }

  private async isMember(me: SelfServiceCaller, post: LivePost): Promise<boolean> {
    try {
      const where = await this.customerSearch.where(
        { workspaceId: me.workspaceId, staffId: post.segment_viewer_id },
        { segmentId: post.segment_id },
      );
      const [row] = await this.sql.query<{ member: boolean }>(
        `select exists (select 1 from customer c where ${where.sql} and c.id = ?) as member`,
        [...where.params, me.customerId],
      );
      return row?.member === true;
    } catch (error) {
      if (!problemCode(error)) throw error;
      this.log(
        `news: segment ${post.segment_id} is refused (${problemCode(error)}); its posts are shown to nobody`,
      );
      return false;
    }
  }

  /** The language asked for, else the customer's language of messages, else English. */
  private async languageOf(me: SelfServiceCaller, asked: Language | null): Promise<Language> {
    if (asked) return asked;
    const [row] = await this.sql.query<{ language: unknown }>(
      `select attributes->>'language' as language from customer where workspace_id = ? and id = ?`,
      [me.workspaceId, me.customerId],
    );
    return isLanguage(row?.language) ? row.language : 'en';
  }
}
