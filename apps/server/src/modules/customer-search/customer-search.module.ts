import { defineModule } from '@patron/sdk';
import { CustomerComputedFieldsResolver, CustomerSearchResolver } from './customer-search.resolver.js';
import { CustomerSearchService } from './customer-search.service.js';

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
  needs: ['orm', 'attributes', 'segments', 'customerFieldSources'],
  services: {
    customerSearch: (services) =>
      new CustomerSearchService(
        services.orm,
        services.attributes,
        services.customerFieldSources,
        (viewer, id) => services.segments.saved(viewer, id),
      ),
  },
  resolvers: [CustomerSearchResolver, CustomerComputedFieldsResolver],
});
