import type { CustomerFieldContribution } from '@patron/sdk';
import type { Category } from './category.service.js';

const CATEGORY_ID =
  '(select cc.category_id::text from customer_category cc' +
  ' where cc.workspace_id = c.workspace_id and cc.customer_id = c.id)';

/** `category`: a choice field of the workspace's categories (by id), for filters and list columns. */
export function categoryFields(categories: readonly Category[]): CustomerFieldContribution[] {
  return [
    {
      key: 'category',
      kind: 'choice',
      label: { en: 'Category', ru: 'Категория', fa: 'دسته' },
      choices: categories.map((c) => ({ value: c.id, label: { en: c.name, ru: c.name, fa: c.name } })),
      sql: CATEGORY_ID,
    },
  ];
}
