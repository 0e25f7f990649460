import type { Run } from '../../db/prepared-pool.js';
import type { Language } from './template-engine.js';
import type { VariableRoot } from './template-variables.js';

/** What a renderer loads once: the workspace's name, clock and currencies. */
export interface WorkspaceFacts {
  name: string;
  timeZone: string;
  currencies: { id: string; key: string; decimals: number }[];
}

export async function loadWorkspaceFacts(query: Run, workspaceId: string): Promise<WorkspaceFacts> {
  const [workspace] = await query<{ name: string; time_zone: string }>(
    'select name, time_zone from workspace where id = ?',
    [workspaceId],
  );
  const currencies = await query<{ id: string; key: string; decimals: number }>(
    'select id, key, decimals from currency where workspace_id = ? order by position, key',
    [workspaceId],
  );
  return { name: workspace?.name ?? '', timeZone: workspace?.time_zone ?? 'UTC', currencies };
}

/** One customer's values; a value the customer does not have is absent (see template-engine.ts). */
export interface CustomerValues {
  language: string | null;
  customer: Record<string, string | number>;
  balances: Record<string, number>;
  /** The tier's name per language, when the customer has a tier. */
  tierName: Record<string, string> | null;
  tierKey: string | null;
  expiring: Record<string, { amount: number; date: string }>;
}

const major = (minor: string | number, decimals: number) => Number(minor) / 10 ** decimals;

/**
 * The values of a whole batch of customers in at most four statements, whatever its size: customers,
 * then balances, tiers and expiring points only when the template reads them. Deleted customers and
 * ids of another workspace are simply not returned.
 */
export async function loadCustomerValues(
  query: Run,
  workspaceId: string,
  facts: WorkspaceFacts,
  customerIds: string[],
  roots: ReadonlySet<VariableRoot>,
): Promise<Map<string, CustomerValues>> {
  const values = new Map<string, CustomerValues>();
  if (!customerIds.length) return values;
  const customers = await query<{
    id: string;
    first_name: string | null;
    last_name: string | null;
    number: string;
    language: string | null;
  }>(
    `select id, first_name, last_name, number, attributes->>'language' as language
       from customer where workspace_id = ? and id = any(?::uuid[]) and deleted_at is null`,
    [workspaceId, customerIds],
  );
  for (const c of customers) {
    const customer: Record<string, string | number> = { number: Number(c.number) };
    const first = c.first_name?.trim();
    const last = c.last_name?.trim();
    if (first) customer.first_name = first;
    if (last) customer.last_name = last;
    if (first || last) customer.full_name = [first, last].filter(Boolean).join(' ');
    const balances: Record<string, number> = {};
    for (const currency of facts.currencies) balances[currency.key] = 0;
    values.set(c.id, {
      language: c.language,
      customer,
      balances,
      tierName: null,
      tierKey: null,
      expiring: {},
    });
  }
  const ids = [...values.keys()];
  if (!ids.length) return values;
  const currency = new Map(facts.currencies.map((c) => [c.id, c]));

  if (roots.has('balances')) {
    const rows = await query<{ customer_id: string; currency_id: string; amount: string }>(
      'select customer_id, currency_id, amount from balance where workspace_id = ? and customer_id = any(?::uuid[])',
      [workspaceId, ids],
    );
    for (const r of rows) {
      const c = currency.get(r.currency_id);
      const v = values.get(r.customer_id);
      if (c && v) v.balances[c.key] = major(r.amount, c.decimals);
    }
  }

  if (roots.has('tier')) {
    const rows = await query<{ customer_id: string; key: string; name: Record<string, string> }>(
      `select ct.customer_id, t.key, t.name from customer_tier ct
         join tier t on t.workspace_id = ct.workspace_id and t.id = ct.tier_id
        where ct.workspace_id = ? and ct.customer_id = any(?::uuid[])`,
      [workspaceId, ids],
    );
    for (const r of rows) {
      const v = values.get(r.customer_id);
      if (v) {
        v.tierName = r.name;
        v.tierKey = r.key;
      }
    }
  }

  if (roots.has('points_expiring')) {
    // Per customer and currency: the first day (in the workspace's time zone) on which points still
    // held expire, and how many expire that day.
    const rows = await query<{ customer_id: string; currency_id: string; day: string; amount: string }>(
      `select customer_id, currency_id, day, sum(remaining)::text as amount
         from (select customer_id, currency_id, remaining,
                      to_char(expires_at at time zone ?, 'YYYY-MM-DD') as day,
                      min(to_char(expires_at at time zone ?, 'YYYY-MM-DD'))
                        over (partition by customer_id, currency_id) as first_day
                 from ledger_grant
                where workspace_id = ? and customer_id = any(?::uuid[])
                  and remaining > 0 and expires_at > now()) g
        where day = first_day
        group by customer_id, currency_id, day`,
      [facts.timeZone, facts.timeZone, workspaceId, ids],
    );
    for (const r of rows) {
      const c = currency.get(r.currency_id);
      const v = values.get(r.customer_id);
      if (c && v) v.expiring[c.key] = { amount: major(r.amount, c.decimals), date: r.day };
    }
  }
  return values;
}

/** The tier's name in the message's language, else English, else its key. */
export function tierNameIn(values: CustomerValues, language: Language): string | undefined {
  if (!values.tierKey) return undefined;
  return values.tierName?.[language] || values.tierName?.en || values.tierKey;
}
