import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { refusal } from '../../graphql/errors.js';
import { fromMinor } from '../ledger/amounts.js';
import { UNMERGE_DAYS } from './merge.service.js';
import type { MergeCounts } from './merge-record.js';

export interface MergeInfo {
  mergeId: string;
  mainId: string;
  mergedId: string;
  mergedAt: Date;
  undoUntil: Date;
  counts: MergeCounts;
}

/** What the merge dialog shows before anything moves, and the card's record of a merge. */
export class MergeReads {
  constructor(private readonly orm: MikroORM) {}

  /** What merging `mergedId` into `mainId` would move, counted now. */
  async preview(workspaceId: string, mainId: string, mergedId: string): Promise<MergeCounts> {
    if (mainId === mergedId) throw refusal('MERGE_INTO_ITSELF');
    if (!isUuid(mainId) || !isUuid(mergedId)) throw refusal('CUSTOMER_NOT_FOUND');
    const conn = this.orm.em.getConnection();
    const found = await conn.execute<
      { id: string; main_customer_id: string | null; deleted_at: Date | null; tags: string[] }[]
    >(
      'select id, main_customer_id, deleted_at, tags::text[] as tags from customer where workspace_id = ? and id in (?, ?)',
      [workspaceId, mainId, mergedId],
    );
    if (found.length < 2) throw refusal('CUSTOMER_NOT_FOUND');
    if (found.some((c) => c.main_customer_id)) throw refusal('MERGE_ALREADY_MERGED');
    if (found.some((c) => c.deleted_at)) throw refusal('CUSTOMER_NOT_FOUND');
    const main = found.find((c) => c.id === mainId);
    const merged = found.find((c) => c.id === mergedId);
    const [row] = await conn.execute<
      {
        purchases: string;
        history: string;
        groups: string;
        referrals: string;
        children: string;
      }[]
    >(
      `select
         (select count(*) from purchase where workspace_id = ? and customer_id = ?) as purchases,
         (select count(*) from history_event where workspace_id = ? and customer_id = ?) as history,
         (select count(*) from customer_group_member g where g.workspace_id = ? and g.customer_id = ?
           and not exists (select 1 from customer_group_member m where m.workspace_id = g.workspace_id
                           and m.group_id = g.group_id and m.customer_id = ?)) as groups,
         (select count(*) from referral where workspace_id = ? and referrer_id = ? and customer_id <> ?) as referrals,
         (select count(*) from customer where workspace_id = ? and main_customer_id = ?) as children`,
      [
        ...[workspaceId, mergedId],
        ...[workspaceId, mergedId],
        ...[workspaceId, mergedId, mainId],
        ...[workspaceId, mergedId, mainId],
        ...[workspaceId, mergedId],
      ],
    );
    const balances = await conn.execute<{ key: string; decimals: number; amount: string }[]>(
      `select c.key, c.decimals, b.amount from balance b
         join currency c on c.workspace_id = b.workspace_id and c.id = b.currency_id
        where b.workspace_id = ? and b.customer_id = ? and b.amount > 0 order by c.key`,
      [workspaceId, mergedId],
    );
    return {
      purchases: Number(row?.purchases ?? 0),
      history: Number(row?.history ?? 0),
      tags: (merged?.tags ?? []).filter((t) => !(main?.tags ?? []).includes(t)).length,
      groups: Number(row?.groups ?? 0),
      referrals: Number(row?.referrals ?? 0),
      children: Number(row?.children ?? 0),
      balances: balances.map((b) => ({ currency: b.key, amount: fromMinor(b.amount, b.decimals) })),
    };
  }

  /** The merge that made this profile a child, while it can still be undone or not. */
  async latest(workspaceId: string, mergedId: string): Promise<MergeInfo | null> {
    const [row] = await this.orm.em
      .getConnection()
      .execute<{ id: string; main_id: string; merged_id: string; merged_at: Date; counts: MergeCounts }[]>(
        `select id, main_id, merged_id, merged_at, counts from customer_merge
        where workspace_id = ? and merged_id = ? and unmerged_at is null order by merged_at desc limit 1`,
        [workspaceId, mergedId],
      );
    if (!row) return null;
    const mergedAt = new Date(row.merged_at);
    return {
      mergeId: row.id,
      mainId: row.main_id,
      mergedId: row.merged_id,
      mergedAt,
      undoUntil: new Date(mergedAt.getTime() + UNMERGE_DAYS * 86_400_000),
      counts: row.counts,
    };
  }
}
