import type { CustomerFieldContribution } from '@patron/sdk';
import type { Tier } from './tier.entity.js';

const TIER_KEY =
  '(select t.key from customer_tier ct join tier t on t.workspace_id = ct.workspace_id and t.id = ct.tier_id' +
  ' where ct.workspace_id = c.workspace_id and ct.customer_id = c.id)';
const TIER_RANK =
  '(coalesce((select t.position from customer_tier ct join tier t on t.workspace_id = ct.workspace_id and t.id = ct.tier_id' +
  ' where ct.workspace_id = c.workspace_id and ct.customer_id = c.id), 0))';

/**
 * `tier`: a choice field of the workspace's tier keys (labelled per language), for filters and list
 * columns; it sorts by tier position (no tier first).
 */
export function tierFields(tiers: readonly Tier[]): CustomerFieldContribution[] {
  return [
    {
      key: 'tier',
      kind: 'choice',
      label: { en: 'Tier', ru: 'Уровень', fa: 'سطح' },
      choices: tiers.map((t) => ({
        value: t.key,
        label: {
          en: t.name.en ?? t.key,
          ru: t.name.ru ?? t.name.en ?? t.key,
          fa: t.name.fa ?? t.name.en ?? t.key,
        },
      })),
      sql: TIER_KEY,
      sortable: true,
      rankSql: TIER_RANK,
    },
  ];
}
