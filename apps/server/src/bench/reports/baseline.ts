import type pg from 'pg';
import { displayName } from '../../modules/customers/customer-values.js';
import type { ReportPeriod } from '../../modules/reports/report-period.js';
import type { Dashboard } from '../../modules/reports/reports.service.js';

export const PARTS = ['members', 'purchases', 'balances', 'tiers', 'rfm', 'topCustomers'] as const;
export type Part = (typeof PARTS)[number];

interface Figure {
  value: number;
  previous: number | null;
}

/** The dashboard's figures as plain values (currencies and tiers by key): what both sides must agree on. */
export interface Figures {
  members: { members: Figure; newMembers: Figure; series: number[] };
  purchases: {
    activeMembers: Figure;
    purchases: Figure;
    revenue: Figure;
    averagePurchase: Figure;
    repeatCustomers: Figure;
    series: { activeMembers: number; purchases: number; revenue: number }[];
  };
  balances: {
    currency: string;
    issued: number;
    spent: number;
    expired: number;
    previousIssued: number | null;
    previousSpent: number | null;
  }[];
  tiers: { tier: string | null; customers: number }[];
  rfm: { segment: string | null; customers: number }[];
  topCustomers: { customerId: string; displayName: string; purchases: number; revenue: number }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The service's answer of one part, made plain. */
export function plainPart(part: Part, value: unknown): unknown {
  if (part === 'balances')
    return (value as Dashboard['balances']).map((f) => ({
      currency: f.currency.key,
      issued: f.issued,
      spent: f.spent,
      expired: f.expired,
      previousIssued: f.previousIssued,
      previousSpent: f.previousSpent,
    }));
  if (part === 'tiers')
    return (value as Dashboard['tiers']).map((t) => ({ tier: t.tier?.key ?? null, customers: t.customers }));
  return value;
}

/**
 * What is compared: key order does not matter (objects are written with sorted keys); tiers, segments
 * and currencies are compared as sets (the service lists every tier and segment, zero or not, in its
 * display order; the baseline only those it found).
 */
export function comparable(part: Part, value: unknown): string {
  if (part === 'tiers' || part === 'rfm') {
    const rows = (value as { tier?: string | null; segment?: string | null; customers: number }[])
      .map((r) => [String(r.tier ?? r.segment ?? null), r.customers] as const)
      .filter(([, n]) => n > 0)
      .sort(([a], [b]) => a.localeCompare(b));
    return canonical(rows);
  }
  if (part === 'balances')
    return canonical(
      [...(value as Figures['balances'])].sort((a, b) => a.currency.localeCompare(b.currency)),
    );
  return canonical(value);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * The dashboard's figures the simplest correct way, by hand on a plain node-postgres pool: each
 * figure its own statement over the bucket list as (start, end) pairs, `count(distinct …)` for
 * active customers, a group by customer with `having count(*) >= 2` for repeat ones, no one-pass
 * tricks. The statements of a part run one after the other; the parts of the whole in parallel.
 */
export class ReportsBaseline {
  constructor(
    private readonly pool: pg.Pool,
    private readonly workspaceId: string,
  ) {}

  private async rows<T extends pg.QueryResultRow>(text: string, params: unknown[]): Promise<T[]> {
    return (await this.pool.query<T>(text, params)).rows;
  }

  part(part: Part, p: ReportPeriod, first: number): Promise<unknown> {
    switch (part) {
      case 'members':
        return this.members(p);
      case 'purchases':
        return this.purchases(p);
      case 'balances':
        return this.balances(p);
      case 'tiers':
        return this.tiers();
      case 'rfm':
        return this.rfm();
      case 'topCustomers':
        return this.topCustomers(p, first);
    }
  }

  async whole(p: ReportPeriod, first: number): Promise<Figures> {
    const [members, purchases, balances, tiers, rfm, topCustomers] = await Promise.all(
      PARTS.map((part) => this.part(part, p, first)),
    );
    return { members, purchases, balances, tiers, rfm, topCustomers } as Figures;
  }

  private buckets(p: ReportPeriod) {
    return [p.buckets.map((b) => b.start.toISOString()), p.buckets.map((b) => b.end.toISOString())];
  }

  async members(p: ReportPeriod): Promise<Figures['members']> {
    const live = async (t: Date) =>
      (
        await this.rows<{ n: number }>(
          `select count(*)::int as n from customer
            where workspace_id = $1 and created_at < $2 and (deleted_at is null or deleted_at >= $2)`,
          [this.workspaceId, t],
        )
      )[0]?.n ?? 0;
    const created = async (from: Date, to: Date) =>
      (
        await this.rows<{ n: number }>(
          `select count(*)::int as n from customer
            where workspace_id = $1 and created_at >= $2 and created_at < $3 and (deleted_at is null or deleted_at >= $3)`,
          [this.workspaceId, from, to],
        )
      )[0]?.n ?? 0;
    const [starts, ends] = this.buckets(p);
    const series = await this.rows<{ n: number }>(
      `select count(c.id)::int as n
         from unnest($2::timestamptz[], $3::timestamptz[]) with ordinality b(s, e, i)
         left join customer c on c.workspace_id = $1 and c.created_at >= b.s and c.created_at < b.e
                             and (c.deleted_at is null or c.deleted_at >= $4)
        group by b.i order by b.i`,
      [this.workspaceId, starts, ends, p.to],
    );
    return {
      members: { value: await live(p.to), previous: p.previous ? await live(p.from) : null },
      newMembers: {
        value: await created(p.from, p.to),
        previous: p.previous ? await created(p.previous.from, p.previous.to) : null,
      },
      series: series.map((r) => r.n),
    };
  }

  async purchases(p: ReportPeriod): Promise<Figures['purchases']> {
    const period = async (from: Date, to: Date) => {
      const [totals] = await this.rows<{ customers: number; n: number; revenue: string | null }>(
        `select count(distinct customer_id)::int as customers, count(*)::int as n,
                sum(amount - returned_amount)::text as revenue
           from purchase where workspace_id = $1 and purchased_at >= $2 and purchased_at < $3`,
        [this.workspaceId, from, to],
      );
      const [repeat] = await this.rows<{ n: number }>(
        `select count(*)::int as n from (
           select customer_id from purchase where workspace_id = $1 and purchased_at >= $2 and purchased_at < $3
            group by customer_id having count(*) >= 2) r`,
        [this.workspaceId, from, to],
      );
      const revenue = Number(totals?.revenue ?? 0);
      const n = totals?.n ?? 0;
      return {
        customers: totals?.customers ?? 0,
        n,
        revenue: round2(revenue),
        average: n ? round2(revenue / n) : 0,
        repeat: repeat?.n ?? 0,
      };
    };
    const current = await period(p.from, p.to);
    const previous = p.previous ? await period(p.previous.from, p.previous.to) : null;
    const [starts, ends] = this.buckets(p);
    const series = await this.rows<{ customers: number; n: number; revenue: string | null }>(
      `select count(distinct x.customer_id)::int as customers, count(x.customer_id)::int as n,
              sum(x.amount - x.returned_amount)::text as revenue
         from unnest($2::timestamptz[], $3::timestamptz[]) with ordinality b(s, e, i)
         left join purchase x on x.workspace_id = $1 and x.purchased_at >= b.s and x.purchased_at < b.e
        group by b.i order by b.i`,
      [this.workspaceId, starts, ends],
    );
    const figure = (read: (x: typeof current) => number) => ({
      value: read(current),
      previous: previous ? read(previous) : null,
    });
    return {
      activeMembers: figure((x) => x.customers),
      purchases: figure((x) => x.n),
      revenue: figure((x) => x.revenue),
      averagePurchase: figure((x) => x.average),
      repeatCustomers: figure((x) => x.repeat),
      series: series.map((r) => ({
        activeMembers: r.customers,
        purchases: r.n,
        revenue: round2(Number(r.revenue ?? 0)),
      })),
    };
  }

  async balances(p: ReportPeriod): Promise<Figures['balances']> {
    const flows = async (from: Date, to: Date) =>
      this.rows<{ key: string; decimals: number; issued: string; spent: string; expired: string }>(
        `select cur.key, cur.decimals,
                coalesce(sum(o.amount) filter (where o.amount > 0), 0)::text as issued,
                coalesce(-sum(o.amount) filter (where o.amount < 0), 0)::text as spent,
                coalesce(-sum(o.amount) filter (where o.kind = 'EXPIRY'), 0)::text as expired
           from currency cur
           left join ledger_operation o on o.workspace_id = cur.workspace_id and o.currency_id = cur.id
                                        and o.created_at >= $2 and o.created_at < $3
          where cur.workspace_id = $1
          group by cur.id, cur.key, cur.decimals, cur.position
          order by cur.position, cur.key`,
        [this.workspaceId, from, to],
      );
    const current = await flows(p.from, p.to);
    const previous = p.previous ? await flows(p.previous.from, p.previous.to) : null;
    return current.map((c, i) => {
      const units = (text: string | undefined) => Number(text ?? 0) / 10 ** c.decimals;
      return {
        currency: c.key,
        issued: units(c.issued),
        spent: units(c.spent),
        expired: units(c.expired),
        previousIssued: previous ? units(previous[i]?.issued) : null,
        previousSpent: previous ? units(previous[i]?.spent) : null,
      };
    });
  }

  async tiers(): Promise<Figures['tiers']> {
    const rows = await this.rows<{ key: string | null; n: number }>(
      `select t.key, (select count(*) from customer c join customer_tier ct
                        on ct.workspace_id = c.workspace_id and ct.customer_id = c.id
                     where c.workspace_id = $1 and c.deleted_at is null and ct.tier_id = t.id)::int as n
         from tier t where t.workspace_id = $1
        union all
       select null, count(*)::int from customer c
        where c.workspace_id = $1 and c.deleted_at is null
          and not exists (select 1 from customer_tier ct where ct.workspace_id = c.workspace_id
                             and ct.customer_id = c.id and ct.tier_id is not null)`,
      [this.workspaceId],
    );
    return rows.map((r) => ({ tier: r.key, customers: r.n }));
  }

  async rfm(): Promise<Figures['rfm']> {
    const rows = await this.rows<{ segment: string | null; n: number }>(
      `select r.segment, count(*)::int as n from customer c
         left join customer_rfm r on r.workspace_id = c.workspace_id and r.customer_id = c.id
        where c.workspace_id = $1 and c.deleted_at is null group by 1`,
      [this.workspaceId],
    );
    return rows.map((r) => ({ segment: r.segment, customers: r.n }));
  }

  async topCustomers(p: ReportPeriod, first: number): Promise<Figures['topCustomers']> {
    const rows = await this.rows<{
      id: string;
      attributes: Record<string, unknown>;
      n: number;
      revenue: string;
    }>(
      `select c.id, c.attributes, count(*)::int as n, sum(x.amount - x.returned_amount)::text as revenue
         from purchase x
         join customer c on c.workspace_id = x.workspace_id and c.id = x.customer_id
        where x.workspace_id = $1 and x.purchased_at >= $2 and x.purchased_at < $3 and c.deleted_at is null
        group by c.workspace_id, c.id
        order by sum(x.amount - x.returned_amount) desc, count(*) desc, c.id
        limit $4`,
      [this.workspaceId, p.from, p.to, first],
    );
    return rows.map((r) => ({
      customerId: r.id,
      displayName: displayName(r.attributes),
      purchases: r.n,
      revenue: round2(Number(r.revenue)),
    }));
  }
}
