import { defineModule } from '@patron/sdk';
import { CustomerComputedFieldsResolver, CustomerSearchResolver } from './customer-search.resolver.js';
import { CustomerSearchService } from './customer-search.service.js';
import { Migration20261205000036_birthday_index } from './Migration20261205000036_birthday_index.js';
import { Migration20261205000051_tags_index_whole } from './Migration20261205000051_tags_index_whole.js';
import { Migration20261206000000_search_marks } from './Migration20261206000000_search_marks.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The customer list, counts, quick search and filters: every "which customers" question. */
    customerSearch: CustomerSearchService;
  }
}

/**
 * Finding customers: the field registry (attributes, system fields, and the fields other modules
 * contribute), the filter compiler, quick search and keyset lists.
 */
export const customerSearchModule = defineModule({
  name: 'customer-search',
  needs: ['orm', 'attributes', 'segments', 'customerFieldSources', 'workspaceSettings'],
  services: {
    customerSearch: (services) =>
      new CustomerSearchService(
        services.orm,
        services.attributes,
        services.customerFieldSources,
        (viewer, id) => services.segments.saved(viewer, id),
        // Anniversaries ("birthday today") are counted in the workspace's time zone, like birthday bonuses.
        async (workspaceId) => (await services.workspaceSettings.get(workspaceId)).timeZone,
      ),
  },
  resolvers: [CustomerSearchResolver, CustomerComputedFieldsResolver],
  migrations: [
    { name: 'Migration20261205000036_birthday_index', class: Migration20261205000036_birthday_index },
    { name: 'Migration20261205000051_tags_index_whole', class: Migration20261205000051_tags_index_whole },
    { name: 'Migration20261206000000_search_marks', class: Migration20261206000000_search_marks },
  ],
});
