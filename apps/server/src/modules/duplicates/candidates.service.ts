import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { refusal } from '../../graphql/errors.js';
import { Customer } from '../customers/customer.entity.js';

export type CandidateReason = 'EMAIL' | 'NAME_BIRTH_DATE';

export interface CandidateGroup {
  reason: CandidateReason;
  /** The shared email, or the shared birth date. */
  key: string;
  /** 100 for a shared email; for names, the trigram similarity of the whole names × 90. */
  score: number;
  customers: Customer[];
}

export interface CandidatePage {
  groups: CandidateGroup[];
  totalCount: number;
  counts: { reason: CandidateReason; count: number }[];
  /** When the stored pairs were last computed; null before the first refresh. */
  refreshedAt: Date | null;
}

/** Names at least this similar (pg_trgm similarity of "first last", lower-cased) are offered. */
export const NAME_SIMILARITY = 0.5;
/**
 * An email, or a birth date and name part, shared by more customers than this is a placeholder
 * (no@mail.com, 1 January of some year, an imported default), not one person: it is not offered (and a
 * name block that large would be compared with itself quadratically).
 */
export const MAX_BLOCK = 20;

/**
 * Every pair of live customers that may be one person, computed set-based for one workspace. Mobile
 * numbers are unique among live customers (a second profile with a taken mobile can only arrive as a
 * child), so the rules are: the same email (every pair within a group of 2–MAX_BLOCK customers sharing
 * it; an index-only walk, migration 26), and similar names with the same birth date. Name pairs are
 * formed only within blocks of customers sharing the birth date and their first or their last name
 * (one pass over the customers), then kept when the whole names are similar; a block larger than
 * MAX_BLOCK is skipped. A pair found by both rules keeps its best score.
 */
const PAIRS = `
with email_groups as (
  select email as key, array_agg(id order by id) as ids
    from customer
   where workspace_id = ? and deleted_at is null and email is not null
   group by email having count(*) between 2 and ?
),
email_pairs as (
  select a.id as a, b.id as b, 'EMAIL'::text as reason, g.key, 100::numeric as score
    from email_groups g cross join lateral unnest(g.ids) as a(id) cross join lateral unnest(g.ids) as b(id)
   where a.id < b.id
),
blocks as (
  select c.bd, array_agg(c.id order by c.id) as ids
    from (select id, attributes->>'birthDate' as bd, v.k from customer,
                 lateral (values ('f:' || lower(first_name)), ('l:' || lower(last_name))) as v(k)
           where workspace_id = ? and deleted_at is null and attributes->>'birthDate' is not null) c
   where c.k is not null
   group by c.bd, c.k having count(*) between 2 and ?
),
blocked as (
  select distinct a.id as a, b.id as b, bl.bd from blocks bl
   cross join lateral unnest(bl.ids) as a(id) cross join lateral unnest(bl.ids) as b(id)
   where a.id < b.id
),
name_pairs as (
  select p.a, p.b, 'NAME_BIRTH_DATE'::text as reason, p.bd as key,
         round((similarity(lower(concat_ws(' ', ca.first_name, ca.last_name)),
                            lower(concat_ws(' ', cb.first_name, cb.last_name))) * 90)::numeric, 1) as score
    from blocked p
    join customer ca on ca.workspace_id = ? and ca.id = p.a
    join customer cb on cb.workspace_id = ? and cb.id = p.b
   where similarity(lower(concat_ws(' ', ca.first_name, ca.last_name)),
                    lower(concat_ws(' ', cb.first_name, cb.last_name))) >= ?
)
select distinct on (a, b) a, b, reason, key, score
  from (select * from email_pairs union all select * from name_pairs) found
 order by a, b, score desc, reason`;

/** The pairs found, stored; a customer erased meanwhile is left out. */
const STORE = `insert into duplicate_candidate (workspace_id, customer_a, customer_b, reason, key, score)
  select ?::uuid, p.a, p.b, p.reason, p.key, p.score
    from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::numeric[]) as p(a, b, reason, key, score)
   where exists (select 1 from customer c where c.workspace_id = ?::uuid and c.id = p.a)
     and exists (select 1 from customer c where c.workspace_id = ?::uuid and c.id = p.b)`;

/** A pair is shown while both its customers are live (a pair is dropped at merge and at the next refresh). */
const LIVE = `d.workspace_id = ?
   and exists (select 1 from customer a where a.workspace_id = d.workspace_id and a.id = d.customer_a and a.deleted_at is null)
   and exists (select 1 from customer b where b.workspace_id = d.workspace_id and b.id = d.customer_b and b.deleted_at is null)`;

/**
 * Live pairs per reason: every stored pair less those with a customer deleted since the refresh. Deleted
 * customers are few (customer_deleted indexes them), so a million customers' 125,000 pairs are counted
 * from the table's index alone instead of two customer lookups a pair (1.5 s).
 */
const LIVE_COUNTS = `with gone as (
    select id from customer where workspace_id = ? and deleted_at is not null),
  hidden as (
    select d.reason, d.customer_a, d.customer_b from duplicate_candidate d join gone on gone.id = d.customer_a
     where d.workspace_id = ?
    union
    select d.reason, d.customer_a, d.customer_b from duplicate_candidate d join gone on gone.id = d.customer_b
     where d.workspace_id = ?),
  stored as (select reason, count(*) as n from duplicate_candidate where workspace_id = ? group by reason)
  select s.reason, s.n - (select count(*) from hidden h where h.reason = s.reason) as n from stored s`;

/**
 * Workspaces whose live customers changed since their last refresh (or never refreshed) and have been
 * quiet for `settle` seconds, and any refreshed more than a day ago (a deleted customer changes no live
 * row: its pairs are hidden at once by the read and leave the table at the next refresh).
 */
const DUE = `
select w.id as workspace_id
  from workspace w
  left join duplicate_refresh r on r.workspace_id = w.id
  cross join lateral (select max(c.updated_at) as changed from customer c
                       where c.workspace_id = w.id and c.deleted_at is null) last
 where last.changed is not null
   and (r.refreshed_at < now() - interval '1 day'
        or ((r.changes_until is null or last.changed > r.changes_until)
            and last.changed < now() - make_interval(secs => ?)))
 order by w.id`;

export interface RefreshRun {
  pairs: number;
  durationMs: number;
}

export class DuplicateCandidates {
  constructor(
    private readonly orm: MikroORM,
    private readonly sql: PreparedPool,
  ) {}

  /**
   * Computes the workspace's pairs again and replaces the stored ones in one transaction: the screen
   * reads the old pairs until the new ones commit. Two refreshes of one workspace take turns (an
   * advisory lock). The pairs are found before anything is written, so the transaction has no id
   * while it reads (seconds at a million customers): outbox deliveries, which wait for every older
   * transaction id, go on meanwhile.
   */
  async refresh(workspaceId: string): Promise<RefreshRun> {
    const started = Date.now();
    const pairs = await this.sql.transaction(async (run) => {
      await run('select pg_advisory_xact_lock(hashtext(?))', [`duplicate_refresh:${workspaceId}`]);
      // Read before the pairs: a change committed meanwhile is newer and brings another refresh.
      const [seen] = await run<{ changed: Date | null }>(
        'select max(updated_at) as changed from customer where workspace_id = ? and deleted_at is null',
        [workspaceId],
      );
      const found = await run<{ a: string; b: string; reason: string; key: string; score: string }>(PAIRS, [
        workspaceId,
        MAX_BLOCK,
        workspaceId,
        MAX_BLOCK,
        workspaceId,
        workspaceId,
        NAME_SIMILARITY,
      ]);
      await run('delete from duplicate_candidate where workspace_id = ?', [workspaceId]);
      const [stored] = await run<{ n: number }>(
        `with stored as (${STORE} returning 1) select count(*)::int as n from stored`,
        [
          workspaceId,
          found.map((p) => p.a),
          found.map((p) => p.b),
          found.map((p) => p.reason),
          found.map((p) => p.key),
          found.map((p) => p.score),
          workspaceId,
          workspaceId,
        ],
      );
      const n = stored?.n ?? 0;
      await run(
        `insert into duplicate_refresh (workspace_id, refreshed_at, changes_until, pairs, duration_ms)
         values (?, now(), ?, ?, ?)
         on conflict (workspace_id) do update set refreshed_at = excluded.refreshed_at,
           changes_until = excluded.changes_until, pairs = excluded.pairs, duration_ms = excluded.duration_ms`,
        [workspaceId, seen?.changed ?? null, n, Date.now() - started],
      );
      return n;
    });
    return { pairs, durationMs: Date.now() - started };
  }

  /** Refreshes every workspace whose customers changed and have been quiet for `settleSeconds`. */
  async refreshDue(settleSeconds: number, log: (m: string) => void = () => {}): Promise<number> {
    const due = await this.sql.query<{ workspace_id: string }>(DUE, [settleSeconds]);
    for (const { workspace_id } of due) {
      const run = await this.refresh(workspace_id);
      log(`duplicates: workspace ${workspace_id}: ${run.pairs} candidate pair(s) in ${run.durationMs} ms`);
    }
    return due.length;
  }

  /** Ranked pairs of live customers from the stored table, with counts per reason. */
  async page(workspaceId: string, first: number, offset: number): Promise<CandidatePage> {
    const rows = await this.sql.query<{
      reason: CandidateReason;
      key: string;
      score: string;
      customer_a: string;
      customer_b: string;
    }>(
      `select d.reason, d.key, d.score, d.customer_a, d.customer_b from duplicate_candidate d
        where ${LIVE}
        order by d.score desc, d.reason, d.key, d.customer_a, d.customer_b
        limit ? offset ?`,
      [workspaceId, first, offset],
    );
    const [counted, refreshed] = await Promise.all([
      this.sql.query<{ reason: CandidateReason; n: string }>(LIVE_COUNTS, [
        workspaceId,
        workspaceId,
        workspaceId,
        workspaceId,
      ]),
      this.sql.query<{ refreshed_at: Date }>(
        'select refreshed_at from duplicate_refresh where workspace_id = ?',
        [workspaceId],
      ),
    ]);
    const ids = [...new Set(rows.flatMap((r) => [r.customer_a, r.customer_b]))];
    const customers = ids.length
      ? await workspaceEm(this.orm, workspaceId).find(Customer, { id: { $in: ids } })
      : [];
    const byId = new Map(customers.map((c) => [c.id, c]));
    const counts = (['EMAIL', 'NAME_BIRTH_DATE'] as const).map((reason) => ({
      reason,
      count: Number(counted.find((c) => c.reason === reason)?.n ?? 0),
    }));
    return {
      groups: rows.map((r) => ({
        reason: r.reason,
        key: r.key,
        score: Number(r.score),
        customers: [r.customer_a, r.customer_b]
          .map((id) => byId.get(id))
          .filter((c): c is Customer => c !== undefined),
      })),
      totalCount: counts.reduce((sum, c) => sum + c.count, 0),
      counts,
      refreshedAt: refreshed[0]?.refreshed_at ?? null,
    };
  }

  /** The child profiles of a customer, oldest first. */
  async children(workspaceId: string, customerId: string): Promise<Customer[]> {
    if (!isUuid(customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    return workspaceEm(this.orm, workspaceId).find(
      Customer,
      { mainCustomerId: customerId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }
}
