import { dayWindow, windowKeys } from '@patron/filter';
import { pgArray } from '../../db/sql-array.js';
import type { SqlFragment } from '../customer-search/compile-filter.js';
import { anniversaryKeySql } from '../customer-search/compile-filter.js';
import { attributeSql } from '../customer-search/customer-fields.js';
import type { Trigger } from './triggers.js';

const DAY = 86_400_000;
const iso = (day: number) => new Date(day).toISOString().slice(0, 10);

/**
 * The customers a date trigger selects on one local day (`day`: that date as a UTC midnight, in the
 * workspace's time zone `zone`), with each one's occurrence key: one SELECT over the customer row `c`
 * (joined to what the trigger reads), to be ANDed with the automation's condition. Anniversaries use
 * customer search's month-day keys (29 February on 28 February in other years) and its index.
 */
export function dateSelection(trigger: Trigger, day: number, zone: string): SqlFragment {
  const year = new Date(day).getUTCFullYear();
  switch (trigger.kind) {
    case 'BIRTHDAY':
    case 'DATE_ANNIVERSARY': {
      const key = trigger.kind === 'BIRTHDAY' ? 'birthDate' : (trigger.params.attribute as string);
      const expr = attributeSql({ key, type: 'DATE' }).expr;
      const occurrence = trigger.kind === 'BIRTHDAY' ? `birthday:${year}` : `anniversary:${key}:${year}`;
      return {
        sql: `select c.id as customer_id, ?::text as occurrence from customer c where ${anniversaryKeySql(expr)} = any(?::text[])`,
        params: [occurrence, pgArray(windowKeys(dayWindow(day, 0, 0)))],
      };
    }
    case 'POINTS_EXPIRING': {
      // Grants expiring before the end of the local day `days` ahead; one occurrence per currency and
      // local expiry date, so a later grant expiring on another day is announced too.
      const until = iso(day + ((trigger.params.days as number) + 1) * DAY);
      const currency = (trigger.params.currency as string | undefined) ?? null;
      return {
        sql: `select distinct c.id as customer_id,
                'expiring:' || cu.key || ':' || to_char(g.expires_at at time zone ?::text, 'YYYY-MM-DD') as occurrence
           from ledger_grant g
           join currency cu on cu.workspace_id = g.workspace_id and cu.id = g.currency_id
           join customer c on c.workspace_id = g.workspace_id and c.id = g.customer_id
          where g.remaining > 0 and g.expires_at > now()
            and g.expires_at < (?::date)::timestamp at time zone ?::text
            and (?::text is null or cu.key = ?::text)`,
        params: [zone, until, zone, currency, currency],
      };
    }
    case 'NO_PURCHASE': {
      // The last purchase's local date is `days` or more before today; the next purchase starts a new occurrence.
      const since = iso(day - ((trigger.params.days as number) - 1) * DAY);
      return {
        sql: `select c.id as customer_id,
                'inactive:' || to_char(s.last_purchase_at at time zone ?::text, 'YYYY-MM-DD') as occurrence
           from customer_purchase_stats s
           join customer c on c.workspace_id = s.workspace_id and c.id = s.customer_id
          where s.last_purchase_at < (?::date)::timestamp at time zone ?::text`,
        params: [zone, since, zone],
      };
    }
    default:
      throw new Error(`dateSelection: ${trigger.kind} is not a date trigger`);
  }
}

/** Anniversaries missed while no scan ran (a stopped server) are caught up, this many days back. */
export const CATCH_UP_DAYS = 7;

/** The local days a scan covers: from the day after the last one scanned (at most a week back) to today. */
export function daysToScan(trigger: Trigger, today: number, scannedThrough: string | null): number[] {
  const last = scannedThrough ? Date.parse(`${scannedThrough}T00:00:00Z`) : null;
  if (last !== null && last >= today) return [];
  // Windows (expiring, inactive) are looked at once a day; only anniversaries belong to one day.
  if (last === null || (trigger.kind !== 'BIRTHDAY' && trigger.kind !== 'DATE_ANNIVERSARY')) return [today];
  const days: number[] = [];
  for (let d = Math.max(last + DAY, today - (CATCH_UP_DAYS - 1) * DAY); d <= today; d += DAY) days.push(d);
  return days;
}

export { iso as isoDay };
