import type { CustomerFieldContribution } from '@patron/sdk';
import type { CustomerGroup } from './group.entity.js';

const GROUP_IDS =
  "(select coalesce(jsonb_agg(m.group_id::text), '[]'::jsonb) from customer_group_member m" +
  ' where m.workspace_id = c.workspace_id and m.customer_id = c.id)';

/** `groups`: the customer's group ids (a multi field: has any / all / none of the chosen groups). */
export function groupFields(groups: readonly CustomerGroup[]): CustomerFieldContribution[] {
  return [
    {
      key: 'groups',
      kind: 'multi',
      label: { en: 'Groups', ru: 'Группы', fa: 'گروه‌ها' },
      choices: groups.map((g) => ({ value: g.id, label: { en: g.name, ru: g.name, fa: g.name } })),
      sql: GROUP_IDS,
    },
  ];
}
