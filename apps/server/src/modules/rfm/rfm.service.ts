import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql-array.js';
import { RFM_CHANGED } from './rfm-history.js';
import { RFM_SEGMENTS, type RfmSegment, segmentSql } from './rfm-segments.js';

export interface RfmRecomputation {
  customersScored: number;
  segmentsChanged: number;
  durationMs: number;
}

export interface RfmRow {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
  since: Date;
  /** When the workspace was last recomputed (the figures held then), else when the row was written. */
  computedAt: Date;
}

/** How many customers the last run moved from one segment to another (null: not scored before / after). */
export interface RfmMove {
  from: RfmSegment | null;
  to: RfmSegment | null;
  customers: number;
}

/** The actor of every RFM history row. */
export const RFM_ACTOR = { kind: 'system', id: null, name: 'RFM' } as const;

/**
 * A recomputation of a workspace is two statements in one transaction. The first scores every buyer
 * into a temporary table, analysed before the second statement is planned, so that one is planned on
 * real counts (a million new rows or a few hundred changes take different joins). Scores are
 * quintiles among the workspace's customers with purchases: score = 1 + ⌊5 × (rank − 1) / n⌋, where
 * customers with equal figures share the middle of their places (plain ntile would split e.g. the
 * many one-time buyers between F = 1, 2 and 3 by their ids; the lowest place would score a club
 * where everyone bought today as "Lost"). R ranks fewer days as higher, F and M more as higher. Purchases are aggregated before
 * the join that drops deleted customers, so the join sees one row per buyer, not one per purchase.
 */
export const SCORE = `
create temp table rfm_fresh on commit drop as
with bought as (
  select p.customer_id, max(p.purchased_at) as last_at, count(*)::int as frequency,
         sum(p.amount - p.returned_amount) as monetary
    from purchase p
   where p.workspace_id = $1 and p.returned_amount < p.amount
   group by p.customer_id
),
zone as (
  select coalesce((select time_zone from workspace where id = $1), 'UTC') as tz
),
live as (
  select b.customer_id, b.frequency, b.monetary,
         greatest(0, (now() at time zone z.tz)::date - (b.last_at at time zone z.tz)::date) as recency_days
    from bought b
    join customer c on c.id = b.customer_id and c.workspace_id = $1 and c.deleted_at is null
   cross join zone z
),
ranked as (
  select l.*, count(*) over () as n,
         rank() over (order by l.recency_days desc) + count(*) over (order by l.recency_days desc) as r_rank2,
         rank() over (order by l.frequency) + count(*) over (order by l.frequency) as f_rank2,
         rank() over (order by l.monetary) + count(*) over (order by l.monetary) as m_rank2
    from live l
),
scored as (
  select customer_id, recency_days, frequency, monetary,
         (1 + 5 * (r_rank2 - 2) / (2 * n))::smallint as r,
         (1 + 5 * (f_rank2 - 2) / (2 * n))::smallint as f,
         (1 + 5 * (m_rank2 - 2) / (2 * n))::smallint as m
    from ranked
)
select s.*, ${segmentSql('s.r', 's.f')} as segment from scored s`;

/**
 * The second statement writes only what changed: new buyers are inserted (in key order, which keeps
 * the index inserts local: a fifth faster), rows whose figures changed
 * are updated (unchanged rows are not touched), customers left without a purchase lose their row, and
 * every segment change writes an RFM_CHANGED history row. No outbox event is written per customer: a
 * recomputation can move a million customers at once and each event would be a handler call per
 * module; the history rows are the record, and a module that needs segments reads customer_rfm.
 */
export const WRITE = `
with diff as (
  select n.*, o.customer_id is not null as existed, o.segment as old_segment
    from rfm_fresh n left join customer_rfm o on o.workspace_id = $1 and o.customer_id = n.customer_id
   where o.customer_id is null
      or (o.recency_days, o.frequency, o.monetary, o.r, o.f, o.m, o.segment)
         is distinct from (n.recency_days, n.frequency, n.monetary, n.r, n.f, n.m, n.segment)
),
gone as (
  delete from customer_rfm o
   where o.workspace_id = $1 and not exists (select 1 from rfm_fresh n where n.customer_id = o.customer_id)
  returning o.customer_id, o.segment
),
added as (
  insert into customer_rfm
         (customer_id, workspace_id, recency_days, frequency, monetary, r, f, m, segment, since, computed_at)
  select customer_id, $1, recency_days, frequency, monetary, r, f, m, segment, now(), now()
    from diff where not existed
   order by customer_id
),
updated as (
  update customer_rfm t set
    recency_days = d.recency_days,
    frequency = d.frequency,
    monetary = d.monetary,
    r = d.r,
    f = d.f,
    m = d.m,
    segment = d.segment,
    since = case when t.segment = d.segment then t.since else now() end,
    computed_at = now()
    from diff d
   where d.existed and t.workspace_id = $1 and t.customer_id = d.customer_id
),
changes as (
  select customer_id, old_segment as old_value, segment as new_value
    from diff where old_segment is distinct from segment
  union all
  select customer_id, segment, null from gone
),
recorded as (
  insert into history_event (workspace_id, customer_id, type, actor_kind, actor_id, actor_name, occurred_at, changes)
  select $1, customer_id, '${RFM_CHANGED.type}', '${RFM_ACTOR.kind}', null, '${RFM_ACTOR.name}', now(),
         jsonb_build_array(jsonb_build_object('key', 'rfm', 'oldValue', old_value, 'newValue', new_value))
    from changes
   order by customer_id
  returning 1
)
select (select count(*) from rfm_fresh)::int as scored, (select count(*) from recorded)::int as changed,
       (select coalesce(jsonb_object_agg(segment, customers), '{}')
          from (select segment, count(*) as customers from rfm_fresh group by segment) s) as segments,
       (select coalesce(jsonb_agg(jsonb_build_object('from', old_value, 'to', new_value, 'customers', customers)
                                  order by customers desc, old_value, new_value), '[]')
          from (select old_value, new_value, count(*) as customers from changes group by old_value, new_value) m)
         as movement`;

/** `$1` (the workspace) as MikroORM's `?`, once per use. */
function bound(sql: string, workspaceId: string): [string, string[]] {
  return [sql.replace(/\$1/g, '?::uuid'), Array(sql.match(/\$1/g)?.length ?? 0).fill(workspaceId)];
}

/** RFM scores and segments per workspace: recomputed set-based in SQL, read for the card and lists. */
export class RfmService {
  constructor(private readonly orm: MikroORM) {}

  /** Recomputes one workspace in one transaction; two recomputations of a workspace take turns. */
  async recompute(workspaceId: string): Promise<RfmRecomputation> {
    const started = performance.now();
    const em = this.orm.em.fork();
    const result = await em.transactional(async (tx) => {
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      await conn.execute(
        `select pg_advisory_xact_lock(hashtext('rfm'), hashtext(?))`,
        [workspaceId],
        'all',
        ctx,
      );
      // The three window sorts over every buyer (about 90 MB each at a million) stay in memory.
      await conn.execute(`set local work_mem = '128MB'`, [], 'run', ctx);
      await conn.execute(...bound(SCORE, workspaceId), 'run', ctx);
      await conn.execute('analyze rfm_fresh', [], 'run', ctx);
      const [row] = await conn.execute<
        { scored: number; changed: number; segments: Record<string, number>; movement: RfmMove[] }[]
      >(...bound(WRITE, workspaceId), 'all', ctx);
      const figures = {
        customersScored: row?.scored ?? 0,
        segmentsChanged: row?.changed ?? 0,
        durationMs: Math.round(performance.now() - started),
      };
      await conn.execute(
        `insert into rfm_run (workspace_id, computed_at, customers_scored, segments_changed, duration_ms, segments, movement)
         values (?, now(), ?, ?, ?, ?::jsonb, ?::jsonb)
         on conflict (workspace_id) do update set previous_computed_at = rfm_run.computed_at,
           computed_at = excluded.computed_at,
           customers_scored = excluded.customers_scored, segments_changed = excluded.segments_changed,
           duration_ms = excluded.duration_ms, segments = excluded.segments, movement = excluded.movement`,
        [
          workspaceId,
          figures.customersScored,
          figures.segmentsChanged,
          figures.durationMs,
          JSON.stringify(row?.segments ?? {}),
          JSON.stringify(row?.movement ?? []),
        ],
        'run',
        ctx,
      );
      return figures;
    });
    // The run as recorded (its time up to the last write; the commit after it is not counted).
    return result;
  }

  /**
   * Workspaces whose last recomputation is older than `everyMs` (or that never had one) and that have
   * purchases (purchases are never deleted, so a workspace with RFM rows has some); the job
   * recomputes them one at a time.
   */
  async due(everyMs: number): Promise<string[]> {
    const rows = await this.orm.em.getConnection().execute<{ id: string }[]>(
      `select w.id from workspace w left join rfm_run r on r.workspace_id = w.id
        where (r.computed_at is null or r.computed_at <= now() - make_interval(secs => ?))
          and exists (select 1 from purchase p where p.workspace_id = w.id)
        order by r.computed_at nulls first`,
      [everyMs / 1000],
    );
    return rows.map((r) => r.id);
  }

  /** The rows of many customers at once (a list page asks for all its rows together). */
  async rows(workspaceId: string, customerIds: readonly string[]): Promise<Map<string, RfmRow>> {
    const rows = await this.orm.em.getConnection().execute<
      {
        customer_id: string;
        recency_days: number;
        frequency: number;
        monetary: string;
        r: number;
        f: number;
        m: number;
        segment: RfmSegment;
        since: Date;
        computed_at: Date;
      }[]
    >(
      `select x.customer_id, x.recency_days, x.frequency, x.monetary, x.r, x.f, x.m, x.segment, x.since,
              greatest(x.computed_at, run.computed_at) as computed_at
         from customer_rfm x left join rfm_run run on run.workspace_id = x.workspace_id
        where x.workspace_id = ? and x.customer_id = any(?::uuid[])`,
      [workspaceId, pgArray(customerIds)],
    );
    return new Map(
      rows.map((x) => [
        x.customer_id,
        {
          customerId: x.customer_id,
          recencyDays: x.recency_days,
          frequency: x.frequency,
          monetary: Number(x.monetary),
          r: x.r,
          f: x.f,
          m: x.m,
          segment: x.segment,
          since: new Date(x.since),
          computedAt: new Date(x.computed_at),
        },
      ]),
    );
  }

  /** The customer's segments, newest first: each RFM_CHANGED row's new segment (null: lost its row). */
  async history(
    workspaceId: string,
    customerId: string,
    limit = 50,
  ): Promise<{ segment: RfmSegment | null; from: Date }[]> {
    const rows = await this.orm.em
      .getConnection()
      .execute<{ segment: RfmSegment | null; occurred_at: Date }[]>(
        `select h.changes->0->>'newValue' as segment, h.occurred_at from history_event h
        where h.customer_id = ? and h.workspace_id = ? and h.type = '${RFM_CHANGED.type}'
        order by h.id desc limit ?`,
        [customerId, workspaceId, limit],
      );
    return rows.map((r) => ({ segment: r.segment, from: new Date(r.occurred_at) }));
  }

  /**
   * Customers per segment as the last recomputation left them (only it writes customer_rfm), every
   * segment listed (zero included), in the table's order.
   */
  async summary(workspaceId: string): Promise<{ segment: RfmSegment; customers: number }[]> {
    const [row] = await this.orm.em
      .getConnection()
      .execute<{ segments: Record<string, number> }[]>(
        'select segments from rfm_run where workspace_id = ?',
        [workspaceId],
      );
    return RFM_SEGMENTS.map((segment) => ({ segment, customers: Number(row?.segments[segment] ?? 0) }));
  }

  /**
   * What the last recomputation changed: customers per (from, to) segment pair, largest first, and
   * when it and the run before it happened (null before the first / second run).
   */
  async movement(
    workspaceId: string,
  ): Promise<{ computedAt: Date | null; previousComputedAt: Date | null; moves: RfmMove[] }> {
    const [row] = await this.orm.em
      .getConnection()
      .execute<{ computed_at: Date; previous_computed_at: Date | null; movement: RfmMove[] }[]>(
        'select computed_at, previous_computed_at, movement from rfm_run where workspace_id = ?',
        [workspaceId],
      );
    return {
      computedAt: row ? new Date(row.computed_at) : null,
      previousComputedAt: row?.previous_computed_at ? new Date(row.previous_computed_at) : null,
      moves: (row?.movement ?? []).map((m) => ({ ...m, customers: Number(m.customers) })),
    };
  }
}
