import type { CustomerFieldContribution } from '@patron/sdk';

export const LIFECYCLE_STAGES = ['NEW', 'ACTIVE', 'AT_RISK', 'LOST'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/**
 * The customer's lifecycle stage by the workspace's rules, as SQL over the customer row `c`: one
 * expression for the card, the filter and the list column, so they never disagree.
 * New: joined fewer than newDays ago. Else Active: a purchase fewer than atRiskDays ago. Else At risk:
 * the last purchase (or joining, for a customer who never bought) fewer than lostDays ago. Else Lost.
 */
export const LIFECYCLE_SQL = `(select case
    when c.created_at > now() - make_interval(days => w.lifecycle_new_days) then 'NEW'
    when s.last_purchase_at > now() - make_interval(days => w.lifecycle_at_risk_days) then 'ACTIVE'
    when coalesce(s.last_purchase_at, c.created_at) > now() - make_interval(days => w.lifecycle_lost_days)
      then 'AT_RISK'
    else 'LOST' end
   from workspace w
   left join customer_purchase_stats s on s.workspace_id = c.workspace_id and s.customer_id = c.id
  where w.id = c.workspace_id)`;

export const LIFECYCLE_LABELS: Record<LifecycleStage, { en: string; ru: string; fa: string }> = {
  NEW: { en: 'New', ru: 'Новый', fa: 'جدید' },
  ACTIVE: { en: 'Active', ru: 'Активный', fa: 'فعال' },
  AT_RISK: { en: 'At risk', ru: 'Под угрозой', fa: 'در خطر' },
  LOST: { en: 'Lost', ru: 'Потерян', fa: 'از دست رفته' },
};

/** The stage as a filter field and list column. */
export const LIFECYCLE_FIELD: CustomerFieldContribution = {
  key: 'lifecycleStage',
  kind: 'choice',
  label: { en: 'Lifecycle stage', ru: 'Этап жизненного цикла', fa: 'مرحله چرخه عمر' },
  sql: LIFECYCLE_SQL,
  choices: LIFECYCLE_STAGES.map((value) => ({ value, label: LIFECYCLE_LABELS[value] })),
};
