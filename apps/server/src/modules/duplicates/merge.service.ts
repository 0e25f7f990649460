import { randomUUID } from 'node:crypto';
import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, refusal } from '../../graphql/errors.js';
import { lostAmong } from '../customers/lost-cards.js';
import { recordHistory } from '../history/history.service.js';
import { fromMinor } from '../ledger/amounts.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { reasonText } from '../ledger/ledger-reasons.js';
import { MERGE_HISTORY } from './duplicate-history.js';
import {
  countsOf,
  type MergeCounts,
  type MergeMoves,
  type MovedBalance,
  splitBalance,
  totalsByCurrency,
} from './merge-record.js';

/** How long a merge can be undone. */
export const UNMERGE_DAYS = 30;
const DAY_MS = 86_400_000;
/** An amount already due to expire moves with this much time left, so the ledger accepts it. */
const DUE_GRACE_MS = 60_000;

interface CustomerRow {
  id: string;
  status: string;
  tags: string[];
  deleted_at: Date | null;
  main_customer_id: string | null;
  mobile: string | null;
  card_number: string | null;
}

export interface MergeResult {
  mergeId: string;
  mainId: string;
  mergedId: string;
  mergedAt: Date;
  counts: MergeCounts;
}

/**
 * Merging two profiles of one person: everything the merged-away profile owns moves to the main in
 * one transaction (balances as ledger operations, purchases, returns, tags, groups, referrals, child
 * profiles, history), the merged profile stays as the main's child, and customer_merge records what
 * moved so that unmerge, within 30 days, moves exactly that back.
 */
export class MergeService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly ledger: LedgerService,
    private readonly afterCommit: (workspaceId: string, customerIds: string[]) => Promise<void>,
  ) {}

  async merge(workspaceId: string, actor: Actor, mainId: string, mergedId: string): Promise<MergeResult> {
    if (mainId === mergedId) throw refusal('MERGE_INTO_ITSELF');
    if (!isUuid(mainId) || !isUuid(mergedId)) throw refusal('CUSTOMER_NOT_FOUND');
    const mergeId = randomUUID();
    const result = await this.sql.transaction(async (run) => {
      const rows = await lockCustomers(run, workspaceId, [mainId, mergedId]);
      const main = rows.get(mainId);
      const merged = rows.get(mergedId);
      for (const c of [main, merged]) {
        if (!c) throw refusal('CUSTOMER_NOT_FOUND');
        if (c.main_customer_id) throw refusal('MERGE_ALREADY_MERGED');
        if (c.deleted_at) throw refusal('CUSTOMER_NOT_FOUND');
        if (c.status === 'ERASED') throw refusal('CUSTOMER_ERASED');
      }
      if (!main || !merged) throw refusal('CUSTOMER_NOT_FOUND');

      const ids = (r: { id: string }[]) => r.map((x) => String(x.id));
      // History first, so the operations written below stay on the profile they concern.
      const history = ids(
        await run<{ id: string }>(
          'update history_event set customer_id = ? where workspace_id = ? and customer_id = ? returning id',
          [mainId, workspaceId, mergedId],
        ),
      );
      const balances = await this.moveBalances(run, workspaceId, actor, mergeId, mergedId, mainId);
      const purchases = ids(
        await run<{ id: string }>(
          'update purchase set customer_id = ? where workspace_id = ? and customer_id = ? returning id',
          [mainId, workspaceId, mergedId],
        ),
      );
      const returns = ids(
        await run<{ id: string }>(
          'update purchase_return set customer_id = ? where workspace_id = ? and customer_id = ? returning id',
          [mainId, workspaceId, mergedId],
        ),
      );
      const tagsAdded = merged.tags.filter((t) => !main.tags.includes(t));
      if (tagsAdded.length) {
        await run('update customer set tags = ?::uuid[] where workspace_id = ? and id = ?', [
          [...main.tags, ...tagsAdded],
          workspaceId,
          mainId,
        ]);
      }
      const groupsAdded = (
        await run<{ group_id: string }>(
          `insert into customer_group_member (workspace_id, group_id, customer_id)
           select workspace_id, group_id, ? from customer_group_member where workspace_id = ? and customer_id = ?
           on conflict do nothing returning group_id`,
          [mainId, workspaceId, mergedId],
        )
      ).map((r) => r.group_id);
      const groupsLeft = (
        await run<{ group_id: string }>(
          'delete from customer_group_member where workspace_id = ? and customer_id = ? returning group_id',
          [workspaceId, mergedId],
        )
      ).map((r) => r.group_id);
      const referrals = await moveReferrals(run, workspaceId, mainId, mergedId);
      const children = ids(
        await run<{ id: string }>(
          `update customer set main_customer_id = ? where workspace_id = ? and main_customer_id = ?
           returning id`,
          [mainId, workspaceId, mergedId],
        ),
      );
      const mergedAt = new Date();
      await run(
        `update customer set main_customer_id = ?, deleted_at = ?, updated_at = ?
          where workspace_id = ? and id = ?`,
        [mainId, mergedAt, mergedAt, workspaceId, mergedId],
      );
      // The merged profile is one person with the main now: none of its candidate pairs is left to offer.
      await run(
        'delete from duplicate_candidate where workspace_id = ? and (customer_a = ? or customer_b = ?)',
        [workspaceId, mergedId, mergedId],
      );
      await recomputeStats(run, workspaceId, [mainId, mergedId]);

      const moves: MergeMoves = {
        purchases,
        returns,
        history,
        tagsAdded,
        groupsAdded,
        groupsLeft,
        ...referrals,
        children,
        balances,
      };
      const counts = countsOf(moves);
      await run(
        `insert into customer_merge (workspace_id, id, main_id, merged_id, merged_at, actor_kind, actor_id,
           actor_name, moved, counts) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)`,
        [
          workspaceId,
          mergeId,
          mainId,
          mergedId,
          mergedAt,
          actor.kind,
          actor.id,
          actor.name,
          JSON.stringify(moves),
          JSON.stringify(counts),
        ],
      );
      await recordHistory(run, workspaceId, mainId, MERGE_HISTORY.merged, actor, [
        { key: 'mergedProfile', oldValue: null, newValue: { id: mergedId, mergeId, ...counts } },
      ]);
      await recordHistory(run, workspaceId, mergedId, MERGE_HISTORY.mergedInto, actor, [
        { key: 'mainCustomerId', oldValue: null, newValue: mainId },
      ]);
      return { mergeId, mainId, mergedId, mergedAt, counts };
    });
    await this.afterCommit(workspaceId, [mainId, mergedId]);
    return result;
  }

  /** Undoes the latest merge of a merged-away profile, within UNMERGE_DAYS. */
  async unmerge(workspaceId: string, actor: Actor, mergedId: string, now = new Date()): Promise<MergeResult> {
    if (!isUuid(mergedId)) throw refusal('CUSTOMER_NOT_FOUND');
    const result = await this.sql.transaction(async (run) => {
      const [record] = await run<{
        id: string;
        main_id: string;
        merged_at: Date;
        moved: MergeMoves;
        counts: MergeCounts;
      }>(
        `select id, main_id, merged_at, moved, counts from customer_merge
          where workspace_id = ? and merged_id = ? and unmerged_at is null
          order by merged_at desc limit 1 for update`,
        [workspaceId, mergedId],
      );
      if (!record) throw refusal('MERGE_NOT_FOUND');
      if (now.getTime() - new Date(record.merged_at).getTime() > UNMERGE_DAYS * DAY_MS)
        throw refusal('UNMERGE_TOO_LATE', { days: UNMERGE_DAYS });
      const mainId = record.main_id;
      const rows = await lockCustomers(run, workspaceId, [mainId, mergedId]);
      const main = rows.get(mainId);
      const merged = rows.get(mergedId);
      if (!main || main.deleted_at || main.main_customer_id) throw refusal('UNMERGE_MAIN_GONE');
      if (!merged || merged.main_customer_id !== mainId) throw refusal('MERGE_NOT_FOUND');
      await checkValuesFree(run, workspaceId, merged);

      const moves = record.moved;
      await run(
        `update customer set main_customer_id = null, deleted_at = null, updated_at = now()
          where workspace_id = ? and id = ?`,
        [workspaceId, mergedId],
      );
      await run('update history_event set customer_id = ? where workspace_id = ? and id = any(?::bigint[])', [
        mergedId,
        workspaceId,
        moves.history,
      ]);
      await this.returnBalances(run, workspaceId, actor, record.id, moves.balances, mainId, mergedId);
      await run(
        `update purchase set customer_id = ? where workspace_id = ? and id = any(?::uuid[]) and customer_id = ?`,
        [mergedId, workspaceId, moves.purchases, mainId],
      );
      // Returns made since on a moved purchase go back with it.
      await run(
        `update purchase_return set customer_id = ?
          where workspace_id = ? and customer_id = ? and (id = any(?::uuid[]) or purchase_id = any(?::uuid[]))`,
        [mergedId, workspaceId, mainId, moves.returns, moves.purchases],
      );
      if (moves.tagsAdded.length) {
        await run(
          `update customer set tags = array(select t from unnest(tags) t where t <> all(?::uuid[]))
            where workspace_id = ? and id = ?`,
          [moves.tagsAdded, workspaceId, mainId],
        );
      }
      await run(
        `delete from customer_group_member where workspace_id = ? and customer_id = ? and group_id = any(?::uuid[])`,
        [workspaceId, mainId, moves.groupsAdded],
      );
      // A group deleted meanwhile is not brought back.
      await run(
        `insert into customer_group_member (workspace_id, group_id, customer_id)
         select ?, g.id, ? from customer_group g where g.workspace_id = ? and g.id = any(?::uuid[])
         on conflict do nothing`,
        [workspaceId, mergedId, workspaceId, moves.groupsLeft],
      );
      await restoreReferrals(run, workspaceId, mainId, mergedId, moves);
      await run(
        `update customer set main_customer_id = ? where workspace_id = ? and id = any(?::uuid[]) and main_customer_id = ?`,
        [mergedId, workspaceId, moves.children, mainId],
      );
      await recomputeStats(run, workspaceId, [mainId, mergedId]);
      await run('update customer_merge set unmerged_at = now() where workspace_id = ? and id = ?', [
        workspaceId,
        record.id,
      ]);
      const change = [
        { key: 'mergedProfile', oldValue: { id: mergedId, mergeId: record.id }, newValue: null },
      ];
      await recordHistory(run, workspaceId, mainId, MERGE_HISTORY.unmerged, actor, change);
      await recordHistory(run, workspaceId, mergedId, MERGE_HISTORY.unmerged, actor, [
        { key: 'mainCustomerId', oldValue: mainId, newValue: null },
      ]);
      return {
        mergeId: record.id,
        mainId,
        mergedId,
        mergedAt: new Date(record.merged_at),
        counts: record.counts,
      };
    });
    await this.afterCommit(workspaceId, [result.mainId, mergedId]);
    return result;
  }

  /** Every positive balance of `from`, per currency, out of it and into `to` with its expiry dates. */
  private async moveBalances(
    run: Run,
    workspaceId: string,
    actor: Actor,
    mergeId: string,
    from: string,
    to: string,
  ): Promise<MovedBalance[]> {
    const balances = await run<{ currency_id: string; key: string; decimals: number; amount: string }>(
      `select b.currency_id, c.key, c.decimals, b.amount from balance b
         join currency c on c.workspace_id = b.workspace_id and c.id = b.currency_id
        where b.workspace_id = ? and b.customer_id = ? and b.amount > 0 order by c.key`,
      [workspaceId, from],
    );
    if (balances.length === 0) return [];
    const grants = await run<{ currency_id: string; expires_at: Date | null; remaining: string }>(
      `select currency_id, expires_at, sum(remaining)::bigint as remaining from ledger_grant
        where workspace_id = ? and customer_id = ? and remaining > 0
        group by currency_id, expires_at order by expires_at nulls last`,
      [workspaceId, from],
    );
    const moved: MovedBalance[] = [];
    for (const b of balances) {
      const parts = splitBalance(
        b.key,
        b.decimals,
        Number(b.amount),
        grants
          .filter((g) => g.currency_id === b.currency_id)
          .map((g) => ({
            expiresAt: g.expires_at ? new Date(g.expires_at).toISOString() : null,
            remaining: Number(g.remaining),
          })),
      );
      moved.push(...parts);
    }
    await this.transfer(run, workspaceId, actor, `merge:${mergeId}`, moved, from, to);
    return moved;
  }

  private async returnBalances(
    run: Run,
    workspaceId: string,
    actor: Actor,
    mergeId: string,
    moved: MovedBalance[],
    from: string,
    to: string,
  ): Promise<void> {
    for (const [currency, t] of totalsByCurrency(moved)) {
      const [row] = await run<{ amount: string }>(
        `select b.amount from balance b join currency c on c.workspace_id = b.workspace_id and c.id = b.currency_id
          where b.workspace_id = ? and b.customer_id = ? and c.key = ?`,
        [workspaceId, from, currency],
      );
      const available = Number(row?.amount ?? 0);
      if (available < t.minor)
        throw refusal('UNMERGE_BALANCE_SPENT', {
          currency,
          available: fromMinor(available, t.decimals),
          needed: fromMinor(t.minor, t.decimals),
        });
    }
    await this.transfer(run, workspaceId, actor, `unmerge:${mergeId}`, moved, from, to);
  }

  /** One operation out of `from` per currency, one into `to` per expiry date; keys name the merge. */
  private async transfer(
    run: Run,
    workspaceId: string,
    actor: Actor,
    keyPrefix: string,
    parts: MovedBalance[],
    from: string,
    to: string,
  ): Promise<void> {
    const reason = reasonText(keyPrefix.startsWith('merge') ? 'MERGE' : 'UNMERGE');
    for (const [currency, t] of totalsByCurrency(parts)) {
      await this.ledger.applyWithin(
        run,
        workspaceId,
        actor,
        {
          customerId: from,
          currency,
          amount: -fromMinor(t.minor, t.decimals),
          kind: 'ADJUSTMENT',
          reason,
          comment: keyPrefix,
          idempotencyKey: `${keyPrefix}:${currency}:out`,
        },
        ['balances', currency],
      );
    }
    const floor = Date.now() + DUE_GRACE_MS;
    for (const [i, part] of parts.entries()) {
      const expiresAt = part.expiresAt ? new Date(Math.max(Date.parse(part.expiresAt), floor)) : null;
      await this.ledger.applyWithin(
        run,
        workspaceId,
        actor,
        {
          customerId: to,
          currency: part.currency,
          amount: fromMinor(part.minor, part.decimals),
          kind: 'ADJUSTMENT',
          reason,
          comment: keyPrefix,
          expiresAt,
          idempotencyKey: `${keyPrefix}:${part.currency}:in:${i}`,
        },
        ['balances', part.currency],
      );
    }
  }
}

async function lockCustomers(
  run: Run,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, CustomerRow>> {
  const rows = await run<CustomerRow>(
    `select id, status, tags::text[] as tags, deleted_at, main_customer_id, mobile, card_number from customer
      where workspace_id = ? and id = any(?::uuid[]) order by id for update`,
    [workspaceId, ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The merged profile's referrals: those it brought now count for the main; its own referrer moves too. */
async function moveReferrals(run: Run, workspaceId: string, mainId: string, mergedId: string) {
  const referralsMoved = (
    await run<{ customer_id: string }>(
      `update referral set referrer_id = ? where workspace_id = ? and referrer_id = ? and customer_id <> ?
       returning customer_id`,
      [mainId, workspaceId, mergedId, mainId],
    )
  ).map((r) => r.customer_id);
  const [dropped] = await run<{ created_at: Date }>(
    'delete from referral where workspace_id = ? and customer_id = ? and referrer_id = ? returning created_at',
    [workspaceId, mainId, mergedId],
  );
  const own = await run<{ customer_id: string }>(
    `update referral set customer_id = ? where workspace_id = ? and customer_id = ? and referrer_id <> ?
       and not exists (select 1 from referral m where m.workspace_id = ? and m.customer_id = ?)
     returning customer_id`,
    [mainId, workspaceId, mergedId, mainId, workspaceId, mainId],
  );
  return {
    referralsMoved,
    ownReferral: own.length > 0,
    referralDropped: dropped ? { createdAt: new Date(dropped.created_at).toISOString() } : null,
  };
}

async function restoreReferrals(
  run: Run,
  workspaceId: string,
  mainId: string,
  mergedId: string,
  moves: MergeMoves,
) {
  await run(
    `update referral set referrer_id = ? where workspace_id = ? and referrer_id = ? and customer_id = any(?::uuid[])`,
    [mergedId, workspaceId, mainId, moves.referralsMoved],
  );
  if (moves.ownReferral) {
    await run('update referral set customer_id = ? where workspace_id = ? and customer_id = ?', [
      mergedId,
      workspaceId,
      mainId,
    ]);
  }
  if (moves.referralDropped) {
    await run(
      `insert into referral (customer_id, workspace_id, referrer_id, created_at) values (?, ?, ?, ?)
       on conflict do nothing`,
      [mainId, workspaceId, mergedId, moves.referralDropped.createdAt],
    );
  }
}

/** Running purchase totals read again from the purchases (net of returns), as the purchase writers keep them. */
async function recomputeStats(run: Run, workspaceId: string, customerIds: string[]): Promise<void> {
  await run('delete from customer_purchase_stats where workspace_id = ? and customer_id = any(?::uuid[])', [
    workspaceId,
    customerIds,
  ]);
  await run(
    `insert into customer_purchase_stats (customer_id, workspace_id, total, count, first_purchase_at, last_purchase_at)
     select customer_id, workspace_id, sum(amount - returned_amount),
            count(*) filter (where returned_amount < amount), min(purchased_at), max(purchased_at)
       from purchase where workspace_id = ? and customer_id = any(?::uuid[])
      group by workspace_id, customer_id`,
    [workspaceId, customerIds],
  );
}

/** A unique value of the merged profile that a live customer has taken since refuses the unmerge. */
async function checkValuesFree(run: Run, workspaceId: string, merged: CustomerRow): Promise<void> {
  for (const [field, column, value] of [
    ['mobile', 'mobile', merged.mobile],
    ['cardNumber', 'card_number', merged.card_number],
  ] as const) {
    if (!value) continue;
    const taken = await run(
      `select 1 from customer where workspace_id = ? and deleted_at is null and ${column} = ? limit 1`,
      [workspaceId, value],
    );
    if (taken.length) throw refusal('UNMERGE_VALUE_TAKEN', { field });
  }
  // A child profile may still carry a card its main reported lost: back live, it would hold a dead number.
  if (merged.card_number && (await lostAmong(run, workspaceId, [merged.card_number])).size)
    throw badField(['cardNumber'], 'CARD_NUMBER_LOST');
}
