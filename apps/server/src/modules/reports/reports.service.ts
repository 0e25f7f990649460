import type { AnalyticsPool } from '../../db/analytics-pool.js';
import { plannedEachTime } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField } from '../../graphql/errors.js';
import type { Currency } from '../currencies/currency.entity.js';
import { displayName } from '../customers/customer-values.js';
import { bestSellers, type ProductSales } from '../products/product-sales.js';
import { RFM_SEGMENT_TABLE } from '../rfm/rfm-segments.js';
import type { Tier } from '../tiers/tier.entity.js';
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

/** A currency as the dashboard shows it. */
export type ReportCurrency = Pick<
  Currency,
  'id' | 'key' | 'name' | 'decimals' | 'unitValue' | 'spendable' | 'position'
>;
/** A tier as the dashboard shows it. */
export type ReportTier = Pick<
  Tier,
  'id' | 'key' | 'name' | 'position' | 'minPurchaseTotal' | 'minPurchaseCount' | 'minXp' | 'rules'
>;

export interface CurrencyFlow {
  currency: ReportCurrency;
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
  tiers: { tier: ReportTier | null; customers: number }[];
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

/** Live customers per tier and per RFM segment, now. */
export interface Shares {
  tiers: { tier: ReportTier | null; customers: number }[];
  rfmSegments: { segment: RfmSegment | null; customers: number }[];
}

/** Purchase figures and the best customers of a period: they come from one reading of the purchases. */
export interface Activity {
  purchases: PurchaseFigures;
  /** The first MAX_TOP live customers by revenue of the period, then purchases, then id. */
  top: TopCustomer[];
}

interface ActivityRow {
  kind: 'bucket' | 'customers' | 'top';
  b: number | null;
  /** bucket: active customers; customers: how many have these `cur` and `prev`. */
  customers: number | null;
  cur: number | null;
  prev: number | null;
  purchases: number | null;
  revenue: string | null;
  id: string | null;
  attributes: Record<string, unknown> | null;
}

/**
 * Bits per word of a customer's bucket mask (see `activity`). The customers are counted per value of
 * each word, so a word has at most 65,536 values, each looked at bit by bit: few words (3 for three
 * years by month, 26 at the 400 buckets' most) and a bounded count per word.
 */
const WORD_BITS = 16;

/**
 * A period whose purchases span more than this (with the one before) is read in CUSTOMER_SLICES
 * slices of customers at once, each on a connection of its own: such a period reads most of
 * `purchase_rfm` anyway, and one statement runs on one core. A shorter one is read once off the
 * index by time (slices would each read all of its purchases).
 */
const SLICED_SPAN_MS = 120 * 86_400_000;

/**
 * Slices of customer ids (uuids, random: the slices hold about as many customers), bounds
 * inclusive. Two: the cores of the machine the benchmark measures; more only share them.
 */
const CUSTOMER_SLICES: [string, string][] = [
  ['00000000-0000-0000-0000-000000000000', '7fffffff-ffff-ffff-ffff-ffffffffffff'],
  ['80000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
];
const ALL_CUSTOMERS: [string, string][] = [
  ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
];

/**
 * work_mem of the statement that groups a period's customers: its materialised rows (~100 bytes a
 * customer) stay in memory instead of a temporary file.
 */
const GROUPING_WORK_MEM = '128MB';

/** `first` of a top list: 1 to MAX_TOP. */
export function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_TOP)
    throw badField(['first'], 'NUMBER_RANGE', { min: 1, max: MAX_TOP });
}

/** The word numbers of the bucket masks: bucket b (1, 2, … as `width_bucket` numbers them) is bit (b − 1) % WORD_BITS of word (b − 1) / WORD_BITS. */
function maskWords(p: ReportPeriod): number[] {
  const buckets = p.buckets.length + (p.previous ? 1 : 0);
  return Array.from({ length: Math.ceil(buckets / WORD_BITS) }, (_, w) => w);
}

/** Revenue first, then purchases, then id: the order of the top list (ids compare as PostgreSQL's uuids do). */
function byRevenue(a: TopCustomer & { cents: bigint }, b: TopCustomer & { cents: bigint }): number {
  if (a.cents !== b.cents) return a.cents > b.cents ? -1 : 1;
  if (a.purchases !== b.purchases) return b.purchases - a.purchases;
  return a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0;
}

/** A sum of money as text ("-12.5", "7.25") in cents, exactly. */
function toCents(text: string | null | undefined): bigint {
  if (!text) return 0n;
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const cents = BigInt(whole) * 100n + BigInt(`${fraction}00`.slice(0, 2));
  return negative ? -cents : cents;
}

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
    /** The analytics replica when configured, else the main database. */
    private readonly sql: AnalyticsPool,
    private readonly settings: WorkspaceSettingsService,
  ) {}

  /** Checks the input and cuts the period into the workspace's local calendar units. */
  async period(workspaceId: string, input: DashboardInput): Promise<ReportPeriod> {
    const { timeZone } = await this.settings.get(workspaceId);
    return reportPeriod({ ...input, compare: input.compare ?? true, timeZone });
  }

  /**
   * When figures read now are current as of, if they come from a replica that lags; null when they
   * are read from the main database (see AnalyticsPool.asOf).
   */
  asOf(): Promise<Date | null> {
    return this.sql.asOf();
  }

  /** Everything at once (the Excel export). */
  async dashboard(workspaceId: string, period: ReportPeriod, first: number): Promise<Dashboard> {
    checkFirst(first);
    const [members, activity, balances, shares] = await Promise.all([
      this.members(workspaceId, period),
      this.activity(workspaceId, period),
      this.balances(workspaceId, period),
      this.shares(workspaceId),
    ]);
    const { purchases, top } = activity;
    const { tiers, rfmSegments } = shares;
    return { period, members, purchases, balances, tiers, rfmSegments, topCustomers: top.slice(0, first) };
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
   * Purchases of the period and the one before, and the best customers of the period, from one
   * reading of the purchases: grouped both per bucket (purchases, revenue) and per customer
   * (purchases and revenue per period, and a mask of the buckets bought in, `maskWords`). Active
   * customers per bucket are counted in SQL from the masks: the customers are counted per value of
   * each 16-bit word (a few thousand values), and each value's bits add its count to their buckets —
   * no pairs of customer and bucket, and a handful of rows back. The best customers are the first
   * by revenue, looked up live. A long period is read in slices of customers in parallel
   * (`CUSTOMER_SLICES`), whose figures add up: a customer is in one slice.
   */
  async activity(workspaceId: string, p: ReportPeriod): Promise<Activity> {
    const th = thresholds(p);
    const readFrom = p.previous?.from ?? p.from;
    const slices = p.to.getTime() - readFrom.getTime() > SLICED_SPAN_MS ? CUSTOMER_SLICES : ALL_CUSTOMERS;
    const words = maskWords(p);
    const masks = words.map((w) => `m${w}`).join(', ');
    const statement = plannedEachTime(`
        with g as materialized (
          select grouping(x.customer_id) as by_bucket, x.customer_id, x.b,
                 count(*) filter (where x.b >= ?) as n, sum(x.net) filter (where x.b >= ?) as revenue,
                 count(*) filter (where x.b < ?) as pn, sum(x.net) filter (where x.b < ?) as prev_revenue,
                 ${words.map((w) => `bit_or(case when (x.b - 1) / ${WORD_BITS} = ${w} then 1 << ((x.b - 1) % ${WORD_BITS}) end) as m${w}`).join(',\n                 ')}
            from (select p.customer_id, width_bucket(p.purchased_at, ?::timestamptz[]) as b,
                         p.amount - p.returned_amount as net
                    from purchase p
                   where p.workspace_id = ? and p.customer_id between ?::uuid and ?::uuid
                     and p.purchased_at >= ? and p.purchased_at < ?
                   order by p.customer_id offset 0) x
           group by grouping sets ((x.customer_id), (x.b))),
        c as (
          select ${masks}, least(n, 2)::int as cur, least(pn, 2)::int as prev, count(*)::int as customers
            from g where by_bucket = 0
           group by grouping sets (${words.map((w) => `(m${w})`).join(', ')}, (least(n, 2), least(pn, 2)))),
        a as (
          select w.k * ${WORD_BITS} + bit.i + 1 as b, sum(c.customers)::int as active
            from c cross join lateral (values ${words.map((w) => `(${w}, m${w})`).join(', ')}) w(k, v)
            join generate_series(0, ${WORD_BITS - 1}) bit(i) on w.v & (1 << bit.i) <> 0
           group by 1)
        select 'bucket' as kind, g.b, coalesce(a.active, 0) as customers, null::int as cur, null::int as prev,
               (g.n + g.pn)::int as purchases, coalesce(g.revenue, g.prev_revenue)::text as revenue,
               null::uuid as id, null::jsonb as attributes
          from g left join a on a.b = g.b where g.by_bucket = 1
        union all
        select 'customers', null, customers, cur, prev, null, null, null, null from c where cur is not null
        union all
        (select 'top', null, null, null, null, t.n::int, t.revenue::text, c.id, c.attributes
           from (select customer_id, n, revenue from g where by_bucket = 0 and n > 0
                  order by revenue desc, n desc, customer_id limit ?) t
           join customer c on c.workspace_id = ? and c.id = t.customer_id and c.deleted_at is null
          order by t.revenue desc, t.n desc, c.id
          limit ?)`);
    const candidates = MAX_TOP * 2;
    const read = ([lo, hi]: [string, string]) =>
      this.sql.transaction(async (run) => {
        await run(`set local work_mem = '${GROUPING_WORK_MEM}'`, []);
        return run<ActivityRow>(statement, [
          ...[th.first, th.first, th.first, th.first],
          th.text,
          workspaceId,
          lo,
          hi,
          readFrom,
          p.to,
          candidates,
          workspaceId,
          MAX_TOP,
        ]);
      });
    const sliceRows = await Promise.all(slices.map(read));

    const buckets = new Map<number, { active: number; purchases: number; cents: bigint }>();
    const period = { current: { customers: 0, repeaters: 0 }, previous: { customers: 0, repeaters: 0 } };
    const top: (TopCustomer & { cents: bigint })[] = [];
    // A slice whose candidates were mostly deleted customers may miss some of the best live ones.
    let topShort = false;
    for (const rows of sliceRows) {
      let sliceTop = 0;
      let sliceCustomers = 0;
      for (const r of rows) {
        if (r.kind === 'bucket') {
          const x = buckets.get(r.b as number) ?? { active: 0, purchases: 0, cents: 0n };
          x.active += r.customers as number;
          x.purchases += r.purchases as number;
          x.cents += toCents(r.revenue);
          buckets.set(r.b as number, x);
        } else if (r.kind === 'customers') {
          const customers = r.customers as number;
          if ((r.cur as number) >= 1) {
            period.current.customers += customers;
            sliceCustomers += customers;
          }
          if ((r.cur as number) >= 2) period.current.repeaters += customers;
          if ((r.prev as number) >= 1) period.previous.customers += customers;
          if ((r.prev as number) >= 2) period.previous.repeaters += customers;
        } else {
          sliceTop++;
          top.push({
            customerId: r.id as string,
            displayName: displayName(r.attributes as Record<string, unknown>),
            purchases: r.purchases as number,
            revenue: round2(Number(r.revenue)),
            cents: toCents(r.revenue),
          });
        }
      }
      if (sliceTop < MAX_TOP && sliceCustomers > candidates) topShort = true;
    }
    // Period totals: exact decimal sums of the buckets' (a handful of numbers).
    const sums = (inPeriod: (b: number) => boolean) => {
      let purchases = 0;
      let cents = 0n;
      for (const [b, x] of buckets)
        if (inPeriod(b)) {
          purchases += x.purchases;
          cents += x.cents;
        }
      return { purchases, revenue: Number(cents) / 100 };
    };
    const current = sums((b) => b >= th.first);
    const previous = sums((b) => b < th.first);
    // The candidates were the first customers by revenue, live or not: when too many of them were
    // deleted to fill the list, read it the long way.
    const best: TopCustomer[] = topShort
      ? await this.topCustomersScan(workspaceId, p, MAX_TOP)
      : top
          .sort(byRevenue)
          .slice(0, MAX_TOP)
          .map(({ cents: _, ...customer }) => customer);

    const figure = (cur: number, prev: number): Figure => ({
      value: cur,
      previous: p.previous ? prev : null,
    });
    const average = (x: { purchases: number; revenue: number }) =>
      x.purchases ? round2(x.revenue / x.purchases) : 0;
    return {
      purchases: {
        activeMembers: figure(period.current.customers, period.previous.customers),
        purchases: figure(current.purchases, previous.purchases),
        revenue: figure(round2(current.revenue), round2(previous.revenue)),
        averagePurchase: figure(average(current), average(previous)),
        repeatCustomers: figure(period.current.repeaters, period.previous.repeaters),
        series: p.buckets.map((_, i) => {
          const x = buckets.get(th.first + i);
          return {
            activeMembers: x?.active ?? 0,
            purchases: x?.purchases ?? 0,
            revenue: round2(Number(x?.cents ?? 0n) / 100),
          };
        }),
      },
      top: best,
    };
  }

  /** Purchase figures of the period and the one before; see `activity`. */
  async purchases(workspaceId: string, p: ReportPeriod): Promise<PurchaseFigures> {
    return (await this.activity(workspaceId, p)).purchases;
  }

  /**
   * Per currency of the workspace: what operations added (issued) and took away (spent, a positive
   * amount: spends, expiry, returns and reversals of earnings alike; `expired` is the expiry's part).
   */
  async balances(workspaceId: string, p: ReportPeriod): Promise<CurrencyFlow[]> {
    const [currencies, rows] = await Promise.all([
      this.currencyList(workspaceId),
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

  /**
   * Live customers per current tier (every tier, lowest first, then those in none) and per segment
   * of the last RFM recomputation (every segment, then those never scored), in two statements at
   * once. The rows of customer_tier and customer_rfm are counted less those of deleted customers (a
   * few, from their index) instead of joining every live customer to both; those in no tier and never scored
   * are the live customers (an index-only count) less the others. Customers are never removed, only
   * marked deleted, and the rows are written from the customer, so every row has its customer.
   */
  async shares(workspaceId: string): Promise<Shares> {
    type Count = { kind: 'tier' | 'segment' | 'live'; key: string | null; n: number };
    // Two statements on two connections at once: each table's rows are counted whole, then those of
    // deleted customers (a few, off the index of deleted customers and each table's key) subtracted.
    const [tiers, tierRows, segmentRows] = await Promise.all([
      this.tierList(workspaceId),
      this.sql.query<Count>(
        `select 'tier' as kind, ct.tier_id::text as key, count(*)::int as n
           from customer_tier ct
          where ct.workspace_id = ? and ct.tier_id is not null
          group by ct.tier_id
         union all
         select 'tier', ct.tier_id::text, -count(*)::int
           from customer c
           join customer_tier ct on ct.workspace_id = c.workspace_id and ct.customer_id = c.id
          where c.workspace_id = ? and c.deleted_at is not null and ct.tier_id is not null
          group by ct.tier_id`,
        [workspaceId, workspaceId],
      ),
      this.sql.query<Count>(
        `select 'segment' as kind, r.segment as key, count(*)::int as n
           from customer_rfm r
          where r.workspace_id = ?
          group by r.segment
         union all
         select 'segment', r.segment, -count(*)::int
           from customer c
           join customer_rfm r on r.workspace_id = c.workspace_id and r.customer_id = c.id
          where c.workspace_id = ? and c.deleted_at is not null
          group by r.segment
         union all
         select 'live', null, count(*)::int from customer c where c.workspace_id = ? and c.deleted_at is null`,
        [workspaceId, workspaceId, workspaceId],
      ),
    ]);
    const rows = [...tierRows, ...segmentRows];
    const counted = (kind: Count['kind']) => {
      const by = new Map<string | null, number>();
      for (const r of rows) if (r.kind === kind) by.set(r.key, (by.get(r.key) ?? 0) + r.n);
      return by;
    };
    const live = rows.find((r) => r.kind === 'live')?.n ?? 0;
    const byTier = counted('tier');
    const bySegment = counted('segment');
    const rest = (counts: Map<string | null, number>) =>
      live - [...counts.values()].reduce((a, b) => a + b, 0);
    return {
      tiers: [
        ...tiers.map((tier) => ({ tier, customers: byTier.get(tier.id) ?? 0 })),
        { tier: null, customers: rest(byTier) },
      ],
      rfmSegments: [
        ...RFM_SEGMENT_TABLE.map((s) => ({ segment: s.segment, customers: bySegment.get(s.segment) ?? 0 })),
        { segment: null, customers: rest(bySegment) },
      ],
    };
  }

  /** Live customers per current tier; see `shares`. */
  async tiers(workspaceId: string): Promise<Shares['tiers']> {
    return (await this.shares(workspaceId)).tiers;
  }

  /** Live customers per RFM segment; see `shares`. */
  async rfmSegments(workspaceId: string): Promise<Shares['rfmSegments']> {
    return (await this.shares(workspaceId)).rfmSegments;
  }

  /** The live customers who spent most in the period (net of returns), then by most purchases. */
  async topCustomers(workspaceId: string, p: ReportPeriod, first: number): Promise<TopCustomer[]> {
    checkFirst(first);
    return (await this.activity(workspaceId, p)).top.slice(0, first);
  }

  /** The products and services that brought most money in the period; see `bestSellers`. */
  topProducts(workspaceId: string, p: ReportPeriod, first: number): Promise<ProductSales[]> {
    return bestSellers(this.sql.query, workspaceId, p.from, p.to, first);
  }

  /**
   * The workspace's currencies, in display order, read where the figures are: the replica's flows
   * name the currencies it has, never one it has not got yet (nor lose one the main database has not).
   */
  private async currencyList(workspaceId: string): Promise<ReportCurrency[]> {
    const rows = await this.sql.query<{
      id: string;
      key: string;
      name: ReportCurrency['name'];
      decimals: number;
      unit_value: string;
      spendable: boolean;
      position: number;
    }>(
      'select id, key, name, decimals, unit_value::text, spendable, position from currency where workspace_id = ? order by position, key',
      [workspaceId],
    );
    return rows.map(({ unit_value, ...c }) => ({ ...c, unitValue: Number(unit_value) }));
  }

  /** The workspace's tiers, lowest first, read where the counts per tier are (see `currencyList`). */
  private async tierList(workspaceId: string): Promise<ReportTier[]> {
    const rows = await this.sql.query<{
      id: string;
      key: string;
      name: ReportTier['name'];
      position: number;
      min_purchase_total: string | null;
      min_purchase_count: number | null;
      min_xp: string | null;
      rules: ReportTier['rules'];
    }>(
      `select id, key, name, position, min_purchase_total::text, min_purchase_count, min_xp::text, rules
         from tier where workspace_id = ? order by position, key`,
      [workspaceId],
    );
    const number = (text: string | null) => (text === null ? null : Number(text));
    return rows.map((t) => ({
      id: t.id,
      key: t.key,
      name: t.name,
      position: t.position,
      minPurchaseTotal: number(t.min_purchase_total),
      minPurchaseCount: t.min_purchase_count,
      minXp: number(t.min_xp),
      rules: t.rules,
    }));
  }

  /** The top list the long way: every customer's revenue of the period, live ones sorted. */
  private async topCustomersScan(
    workspaceId: string,
    p: ReportPeriod,
    first: number,
  ): Promise<TopCustomer[]> {
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
