import type { ContributedAttribute, CustomerFieldContribution } from '@patron/sdk';
import { OPENING_TOTAL_SQL } from './purchase-reads.js';

/** Set when a customer comes over with a history from elsewhere; counts toward totals and tiers. */
export const OPENING_TOTAL_ATTRIBUTE: ContributedAttribute = {
  key: 'openingPurchaseTotal',
  type: 'MONEY',
  group: 'main',
  label: { en: 'Opening purchase total', ru: 'Сумма покупок до программы', fa: 'مجموع خرید اولیه' },
};

const stats = (column: string) =>
  `(select s.${column} from customer_purchase_stats s where s.workspace_id = c.workspace_id and s.customer_id = c.id)`;

/** Purchase totals as filter fields and list columns. */
export const PURCHASE_FIELDS: CustomerFieldContribution[] = [
  {
    key: 'purchaseTotal',
    kind: 'number',
    label: { en: 'Purchase total', ru: 'Сумма покупок', fa: 'مجموع خرید' },
    sql: `coalesce(${stats('total')}, 0) + ${OPENING_TOTAL_SQL}`,
    sortable: true,
  },
  {
    key: 'purchaseCount',
    kind: 'number',
    label: { en: 'Purchases', ru: 'Число покупок', fa: 'تعداد خرید' },
    sql: `coalesce(${stats('count')}, 0)`,
    sortable: true,
  },
  {
    key: 'lastPurchaseAt',
    kind: 'datetime',
    label: { en: 'Last purchase', ru: 'Последняя покупка', fa: 'آخرین خرید' },
    sql: stats('last_purchase_at'),
    sortable: true,
  },
  {
    key: 'firstPurchaseAt',
    kind: 'datetime',
    label: { en: 'First purchase', ru: 'Первая покупка', fa: 'اولین خرید' },
    sql: stats('first_purchase_at'),
    sortable: true,
  },
];
