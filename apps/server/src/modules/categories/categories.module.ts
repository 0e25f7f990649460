import { defineModule } from '@patron/sdk';
import { CategoryResolver, CustomerCategoryResolver } from './category.resolver.js';
import { CategoryService } from './category.service.js';
import { categoryFields } from './category-fields.js';
import { CATEGORY_CHANGED } from './category-history.js';
import { categoryPermissions } from './category-permissions.js';
import { Migration20261205000033_categories } from './Migration20261205000033_categories.js';

declare module '@patron/sdk' {
  interface PatronServices {
    categories: CategoryService;
  }
}

/** Categories: a coloured classification, one per customer, managed like tags. */
export const categoriesModule = defineModule({
  name: 'categories',
  needs: ['sql', 'events'],
  services: {
    categories: ({ sql, events }) => new CategoryService(sql, () => events.kick()),
  },
  resolvers: [CategoryResolver, CustomerCategoryResolver],
  permissions: categoryPermissions,
  historyEventTypes: [CATEGORY_CHANGED],
  customerFieldSources: [
    async (workspaceId, { categories }) => categoryFields(await categories.list(workspaceId)),
  ],
  migrations: [{ name: 'Migration20261205000033_categories', class: Migration20261205000033_categories }],
});
