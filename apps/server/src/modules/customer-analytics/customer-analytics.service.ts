import type { LocalizedText } from '@patron/sdk';
import type { AnalyticsPool } from '../../db/analytics-pool.js';
import { badField } from '../../graphql/errors.js';
import type { AttributeService } from '../attributes/attribute.service.js';
import type { CustomerService } from '../customers/customer.service.js';
import type { LifecycleRules, WorkspaceSettingsService } from '../workspaces/workspace-settings.service.js';
import { type CalendarMonth, lastMonths } from './calendar-months.js';
import { LIFECYCLE_SQL, type LifecycleStage } from './lifecycle.js';

export type Calendar = 'GREGORIAN' | 'JALALI';

export const MAX_MONTHS = 36;

export interface Completeness {
  filled: number;
  counted: number;
  /** filled / counted, 0..1 (1 when nothing is counted). */
  share: number;
  missing: { key: string; label: LocalizedText }[];
}

export interface Lifecycle {
  stage: LifecycleStage;
  joinedAt: Date;
  lastPurchaseAt: Date | null;
  rules: LifecycleRules;
}

export interface PurchaseMonth extends CalendarMonth {
  count: number;
  amount: number;
  returnedAmount: number;
}

export interface BalanceSeries {
  currencyKey: string;
  currencyName: LocalizedText;
  /** The balance at the end of each month (the current month: now). */
  points: (CalendarMonth & { balance: number })[];
}

/** A value counts as filled unless it is missing, null, blank text, an empty list or an empty address. */
function filled(value: unknown): boolean {
  if (value == null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(filled);
  return true;
}

/**
 * What the card's analytics tab shows about one customer. Every read names the workspace first, so
 * another workspace's customer is not found (the customer is read through CustomerService first).
 */
export class CustomerAnalyticsService {
  constructor(
    /** The analytics replica when configured: purchases, balances and stage may lag a little. */
    private readonly sql: AnalyticsPool,
    private readonly customers: CustomerService,
    private readonly attributes: AttributeService,
    private readonly settings: WorkspaceSettingsService,
  ) {}

  async completeness(workspaceId: string, customerId: string): Promise<Completeness> {
    const [customer, definitions, settings] = await Promise.all([
      this.customers.getProfile(workspaceId, customerId),
      this.attributes.list(workspaceId),
      this.settings.get(workspaceId),
    ]);
    const chosen = settings.completenessAttributes ? new Set(settings.completenessAttributes) : null;
    const counted = definitions.filter((d) => !chosen || chosen.has(d.key));
    const missing = counted.filter((d) => !filled(customer.attributes[d.key]));
    const done = counted.length - missing.length;
    return {
      filled: done,
      counted: counted.length,
      share: counted.length ? done / counted.length : 1,
      missing: missing.map((d) => ({ key: d.key, label: d.label })),
    };
  }

  async lifecycle(workspaceId: string, customerId: string): Promise<Lifecycle> {
    await this.customers.getProfile(workspaceId, customerId);
    const [[row], settings] = await Promise.all([
      this.sql.query<{ stage: LifecycleStage; created_at: Date; last_purchase_at: Date | null }>(
        `select ${LIFECYCLE_SQL} as stage, c.created_at,
                (select s.last_purchase_at from customer_purchase_stats s
                  where s.workspace_id = c.workspace_id and s.customer_id = c.id) as last_purchase_at
           from customer c where c.workspace_id = ? and c.id = ?`,
        [workspaceId, customerId],
      ),
      this.settings.get(workspaceId),
    ]);
    if (!row) throw new Error(`No customer ${customerId}`);
    return {
      stage: row.stage,
      joinedAt: row.created_at,
      lastPurchaseAt: row.last_purchase_at,
      rules: settings.lifecycle,
    };
  }

  /** The last `count` months of the calendar, days counted in the workspace's time zone. */
  private async months(workspaceId: string, count: number, calendar: Calendar) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_MONTHS)
      throw badField(['months'], 'ANALYTICS_MONTHS', { max: MAX_MONTHS });
    const [zone] = await this.sql.query<{ tz: string; today: string }>(
      `select z.tz, to_char((now() at time zone z.tz)::date, 'YYYY-MM-DD') as today
         from (select coalesce((select time_zone from workspace where id = ?), 'UTC') as tz) z`,
      [workspaceId],
    );
    const { tz, today } = zone as { tz: string; today: string };
    return { tz, months: lastMonths(today, count, calendar) };
  }

  /** Purchases per calendar month (count, amount, what was returned of them), oldest month first. */
  async purchasesByMonth(
    workspaceId: string,
    customerId: string,
    count: number,
    calendar: Calendar,
  ): Promise<PurchaseMonth[]> {
    await this.customers.getProfile(workspaceId, customerId);
    const { tz, months } = await this.months(workspaceId, count, calendar);
    const days = await this.sql.query<{ day: string; count: number; amount: string; returned: string }>(
      `select to_char((p.purchased_at at time zone ?)::date, 'YYYY-MM-DD') as day, count(*)::int as count,
              sum(p.amount) as amount, sum(p.returned_amount) as returned
         from purchase p
        where p.workspace_id = ? and p.customer_id = ?
          and p.purchased_at >= (?::date)::timestamp at time zone ?
        group by 1`,
      [tz, workspaceId, customerId, months[0]?.from, tz],
    );
    const result = months.map((m) => ({ ...m, count: 0, amount: 0, returnedAmount: 0 }));
    for (const d of days) {
      const month = result.findLast((m) => m.from <= d.day);
      if (!month) continue;
      month.count += d.count;
      month.amount = round2(month.amount + Number(d.amount));
      month.returnedAmount = round2(month.returnedAmount + Number(d.returned));
    }
    return result;
  }

  /**
   * Per currency the customer has a balance in, the balance at the end of each month: the
   * `balance_after` of the month's last ledger operation, else the month before's.
   */
  async balanceByMonth(
    workspaceId: string,
    customerId: string,
    count: number,
    calendar: Calendar,
  ): Promise<BalanceSeries[]> {
    await this.customers.getProfile(workspaceId, customerId);
    const { tz, months } = await this.months(workspaceId, count, calendar);
    // Each month ends where the next begins; the current one ends now.
    const ends = months.slice(1).map((m) => m.from);
    const rows = await this.sql.query<{
      key: string;
      name: LocalizedText;
      i: string;
      balance: string | null;
      decimals: number;
    }>(
      `select cur.key, cur.name, cur.decimals, e.i,
              (select o.balance_after from ledger_operation o
                where o.workspace_id = b.workspace_id and o.customer_id = b.customer_id
                  and o.currency_id = b.currency_id
                  and o.created_at < coalesce((e.day::date)::timestamp at time zone ?, 'infinity')
                order by o.id desc limit 1) as balance
         from balance b
         join currency cur on cur.workspace_id = b.workspace_id and cur.id = b.currency_id
        cross join unnest(?::text[]) with ordinality e(day, i)
        where b.workspace_id = ? and b.customer_id = ?
        order by cur.position, e.i`,
      [tz, `{${[...ends, 'NULL'].join(',')}}`, workspaceId, customerId],
    );
    const series = new Map<string, BalanceSeries>();
    for (const row of rows) {
      let s = series.get(row.key);
      if (!s) {
        s = { currencyKey: row.key, currencyName: row.name, points: [] };
        series.set(row.key, s);
      }
      const month = months[Number(row.i) - 1] as CalendarMonth;
      s.points.push({ ...month, balance: Number(row.balance ?? 0) / 10 ** row.decimals });
    }
    return [...series.values()];
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;
