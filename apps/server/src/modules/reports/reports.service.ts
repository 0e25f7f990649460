import { type PreparedPool, plannedEachTime } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField } from '../../graphql/errors.js';
import type { Currency } from '../currencies/currency.entity.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { displayName } from '../customers/customer-values.js';
import { RFM_SEGMENT_TABLE } from '../rfm/rfm-segments.js';
import type { Tier } from '../tiers/tier.entity.js';
import type { TierService } from '../tiers/tier.service.js';
import type { WorkspaceSettingsService } from '../workspaces/workspace-settings.service.js';
import { type Calendar, type Granularity, type ReportPeriod, reportPeriod } from './report-period.js';

export const MAX_TOP = 100;

export interface Figure {
  value: number;
  previous: number | null;
}

export interface MemberFigures {
  members: Figure;
  newMembers: Figure;
  /** Per bucket, in order. */
  series: number[];
}

export interface PurchaseFigures {
  activeMembers: Figure;
  purchases: Figure;
  revenue: Figure;
  averagePurchase: Figure;
  repeatCustomers: Figure;
  series: { activeMembers: number; purchases: number; revenue: number }[];
}

export interface CurrencyFlow {
  currency: Currency;
  issued: number;
  spent: number;
  expired: number;
  previousIssued: number | null;
  previousSpent: number | null;
}

export interface TopCustomer {
  customerId: string;
  displayName: string;
  purchases: number;
  revenue: number;
}

export type RfmSegment = (typeof RFM_SEGMENT_TABLE)[number]['segment'];

export interface Dashboard {
  period: ReportPeriod;
  members: MemberFigures;
  purchases: PurchaseFigures;
  balances: CurrencyFlow[];
  tiers: { tier: Tier | null; customers: number }[];
  rfmSegments: { segment: RfmSegment | null; customers: number }[];
  topCustomers: TopCustomer[];
}

export interface DashboardInput {
  from: Date;
  to: Date;
  granularity: Granularity;
  compare?: boolean | null;
  calendar: Calendar;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The thresholds every bucketed query cuts by, with `width_bucket`: [previous from,] from, each
 * bucket's end. Bucket b of the answer covers [th[b], th[b+1]); 0 is before the first.
 */
function thresholds(p: ReportPeriod): { text: string; first: number } {
  const starts = [...(p.previous ? [p.previous.from] : []), ...p.buckets.map((b) => b.start), p.to];
  return { text: pgArray(starts.map((d) => d.toISOString())), first: p.previous ? 2 : 1 };
}

/**
 * The reports dashboard: figures of a period against the one before it, charts per bucket, shares
 * of tiers and RFM segments, the best customers. Set-based SQL, a few statements per part, each
 * naming the workspace first; planned with its own values every time (a period of a day and one of
 * three years want different plans).
 */
export class ReportsService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly settings: WorkspaceSettingsService,
    private readonly currencies: CurrencyService,
    private readonly tierList: TierService,
  ) {}

  /** Checks the input and cuts the period into the workspace's local calendar units. */
  async period(workspaceId: string, input: DashboardInput): Promise<ReportPeriod> {
    const { timeZone } = await this.settings.get(workspaceId);
    return reportPeriod({ ...input, compare: input.compare ?? true, timeZone });
  }

  /** Everything at once (the Excel export). */
  async dashboard(workspaceId: string, period: ReportPeriod, first: number): Promise<Dashboard> {
    const [members, purchases, balances, tiers, rfmSegments, topCustomers] = await Promise.all([
      this.members(workspaceId, period),
      this.purchases(workspaceId, period),
      this.balances(workspaceId, period),
      this.tiers(workspaceId),
      this.rfmSegments(workspaceId),
      this.topCustomers(workspaceId, period, first),
    ]);
    return { period, members, purchases, balances, tiers, rfmSegments, topCustomers };
  }

  /**
   * Members live at `to` (and at `from`), and new members per bucket: profiles created in the period
   * and still live at its end (so the buckets add up to the figure). Live at t: created before t and
   * not deleted (nor attached as a child profile, which sets deleted_at) by t. Live rows come from
   * the index of live customers by creation; deleted ones only when deleted after `from`.
   */
  async members(workspaceId: string, p: ReportPeriod): Promise<MemberFigures> {
    const th = thresholds(p);
    const rows = await this.sql.query<{ b: number; fresh: number; at_to: number; at_from: number }>(
      plannedEachTime(`
      select x.b,
             count(*) filter (where x.deleted_at is null
                                 or x.deleted_at >= case when x.b >= ? then ?::timestamptz else ?::timestamptz end)::int as fresh,
             count(*) filter (where x.deleted_at is null or x.deleted_at >= ?)::int as at_to,
             count(*) filter (where x.deleted_at is null or x.deleted_at >= ?)::int as at_from
        from (select width_bucket(c.created_at, ?::timestamptz[]) as b, null::timestamptz as deleted_at
                from customer c where c.workspace_id = ? and c.deleted_at is null and c.created_at < ?
              union all
              select width_bucket(c.created_at, ?::timestamptz[]), c.deleted_at
                from customer c where c.workspace_id = ? and c.deleted_at is not null
                 and c.created_at < ? and c.deleted_at >= ?) x
       group by x.b`),
      [th.first, p.to, p.from, p.to, p.from, th.text, workspaceId, p.to, th.text, workspaceId, p.to, p.from],
    );
    const by = new Map(rows.map((r) => [r.b, r]));
    // Rows created before `from` are in the buckets before the first of the period.
    const atFrom = rows.filter((r) => r.b < th.first).reduce((n, r) => n + r.at_from, 0);
    const series = p.buckets.map((_, i) => by.get(th.first + i)?.fresh ?? 0);
    return {
      members: { value: rows.reduce((n, r) => n + r.at_to, 0), previous: p.previous ? atFrom : null },
      newMembers: {
        value: series.reduce((n, x) => n + x, 0),
        previous: p.previous ? (by.get(1)?.fresh ?? 0) : null,
      },
      series,
    };
  }

  /**
   * Purchases of the period and the one before, in one pass: grouped per customer and bucket, then
   * per bucket (the series) and per customer and period (active and repeat customers). Every
   * purchase recorded counts, pending ones too and those of customers deleted since; revenue is net
   * of returns.
   */
  async purchases(workspaceId: string, p: ReportPeriod): Promise<PurchaseFigures> {
    const th = thresholds(p);
    const rows = await this.sql.query<{
      kind: 'bucket' | 'period';
      b: number;
      customers: number;
      purchases: number;
      revenue: string;
      repeaters: number;
    }>(
      plannedEachTime(`
      with per as materialized (
        select p.customer_id, width_bucket(p.purchased_at, ?::timestamptz[]) as b, count(*) as n,
               sum(p.amount - p.returned_amount) as revenue
          from purchase p
         where p.workspace_id = ? and p.purchased_at >= ? and p.purchased_at < ?
         group by 1, 2),
      cust as (
        select customer_id, b >= ? as current, sum(n) as n, sum(revenue) as revenue from per group by 1, 2)
      select 'bucket' as kind, b, count(*)::int as customers, sum(n)::int as purchases, sum(revenue)::text as revenue,
             0 as repeaters
        from per group by b
      union all
      select 'period', case when current then 1 else 0 end, count(*)::int, sum(n)::int, sum(revenue)::text,
             count(*) filter (where n >= 2)::int
        from cust group by current`),
      [th.text, workspaceId, p.previous?.from ?? p.from, p.to, th.first],
    );
    const bucket = new Map(rows.filter((r) => r.kind === 'bucket').map((r) => [r.b, r]));
    const period = (current: boolean) => rows.find((r) => r.kind === 'period' && r.b === (current ? 1 : 0));
    const figure = (read: (r: (typeof rows)[number] | undefined) => number): Figure => ({
      value: read(period(true)),
      previous: p.previous ? read(period(false)) : null,
    });
    const revenueOf = (r: (typeof rows)[number] | undefined) => round2(Number(r?.revenue ?? 0));
    const average = (r: (typeof rows)[number] | undefined) =>
      r?.purchases ? round2(Number(r.revenue) / r.purchases) : 0;
    return {
      activeMembers: figure((r) => r?.customers ?? 0),
      purchases: figure((r) => r?.purchases ?? 0),
      revenue: figure(revenueOf),
      averagePurchase: figure(average),
      repeatCustomers: figure((r) => r?.repeaters ?? 0),
      series: p.buckets.map((_, i) => {
        const r = bucket.get(th.first + i);
        return { activeMembers: r?.customers ?? 0, purchases: r?.purchases ?? 0, revenue: revenueOf(r) };
      }),
    };
  }

  /**
   * Per currency of the workspace: what operations added (issued) and took away (spent, a positive
   * amount: spends, expiry, returns and reversals of earnings alike; `expired` is the expiry's part).
   */
  async balances(workspaceId: string, p: ReportPeriod): Promise<CurrencyFlow[]> {
    const [currencies, rows] = await Promise.all([
      this.currencies.list(workspaceId),
      this.sql.query<{
        currency_id: string;
        current: boolean;
        issued: string;
        spent: string;
        expired: string;
      }>(
        plannedEachTime(`
        select o.currency_id, o.created_at >= ? as current,
               coalesce(sum(o.amount) filter (where o.amount > 0), 0)::text as issued,
               coalesce(-sum(o.amount) filter (where o.amount < 0), 0)::text as spent,
               coalesce(-sum(o.amount) filter (where o.kind = 'EXPIRY'), 0)::text as expired
          from ledger_operation o
         where o.workspace_id = ? and o.created_at >= ? and o.created_at < ?
         group by 1, 2`),
        [p.from, workspaceId, p.previous?.from ?? p.from, p.to],
      ),
    ]);
    return currencies.map((currency) => {
      const unit = 10 ** currency.decimals;
      const row = (current: boolean) =>
        rows.find((r) => r.currency_id === currency.id && r.current === current);
      const units = (text: string | undefined) => Number(text ?? 0) / unit;
      return {
        currency,
        issued: units(row(true)?.issued),
        spent: units(row(true)?.spent),
        expired: units(row(true)?.expired),
        previousIssued: p.previous ? units(row(false)?.issued) : null,
        previousSpent: p.previous ? units(row(false)?.spent) : null,
      };
    });
  }

  /** Live customers per current tier, every tier (lowest first) then those in none. */
  async tiers(workspaceId: string): Promise<{ tier: Tier | null; customers: number }[]> {
    const [tiers, rows] = await Promise.all([
      this.tierList.list(workspaceId),
      this.sql.query<{ tier_id: string | null; n: number }>(
        `select ct.tier_id, count(*)::int as n
           from customer c
           left join customer_tier ct on ct.workspace_id = c.workspace_id and ct.customer_id = c.id
          where c.workspace_id = ? and c.deleted_at is null
          group by 1`,
        [workspaceId],
      ),
    ]);
    const count = new Map(rows.map((r) => [r.tier_id, r.n]));
    return [
      ...tiers.map((tier) => ({ tier, customers: count.get(tier.id) ?? 0 })),
      { tier: null, customers: count.get(null) ?? 0 },
    ];
  }

  /** Live customers per segment of the last RFM recomputation, every segment, then those never scored. */
  async rfmSegments(workspaceId: string): Promise<{ segment: RfmSegment | null; customers: number }[]> {
    const rows = await this.sql.query<{ segment: RfmSegment | null; n: number }>(
      `select r.segment, count(*)::int as n
         from customer c
         left join customer_rfm r on r.workspace_id = c.workspace_id and r.customer_id = c.id
        where c.workspace_id = ? and c.deleted_at is null
        group by 1`,
      [workspaceId],
    );
    const count = new Map(rows.map((r) => [r.segment, r.n]));
    return [
      ...RFM_SEGMENT_TABLE.map((s) => ({ segment: s.segment, customers: count.get(s.segment) ?? 0 })),
      { segment: null, customers: count.get(null) ?? 0 },
    ];
  }

  /** The live customers who spent most in the period (net of returns), then by most purchases. */
  async topCustomers(workspaceId: string, p: ReportPeriod, first: number): Promise<TopCustomer[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_TOP)
      throw badField(['first'], 'NUMBER_RANGE', { min: 1, max: MAX_TOP });
    const rows = await this.sql.query<{
      id: string;
      attributes: Record<string, unknown>;
      n: number;
      revenue: string;
    }>(
      plannedEachTime(`
      select c.id, c.attributes, t.n, t.revenue::text as revenue
        from (select p.customer_id, count(*)::int as n, sum(p.amount - p.returned_amount) as revenue
                from purchase p
               where p.workspace_id = ? and p.purchased_at >= ? and p.purchased_at < ?
               group by 1) t
        join customer c on c.workspace_id = ? and c.id = t.customer_id and c.deleted_at is null
       order by t.revenue desc, t.n desc, c.id
       limit ?`),
      [workspaceId, p.from, p.to, workspaceId, first],
    );
    return rows.map((r) => ({
      customerId: r.id,
      displayName: displayName(r.attributes),
      purchases: r.n,
      revenue: round2(Number(r.revenue)),
    }));
  }
}
