import { defineModule } from '@patron/sdk';
import { CustomerComputedFieldsResolver, CustomerQueryResolver } from './customer-query.resolver.js';
import { CustomerQueryService } from './customer-query.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The customer list, counts, quick search and filters: every "which customers" question. */
    customerSearch: CustomerQueryService;
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
      new CustomerQueryService(
        services.orm,
        services.attributes,
        services.customerFieldSources,
        (viewer, id) => services.segments.saved(viewer, id),
      ),
  },
  resolvers: [CustomerQueryResolver, CustomerComputedFieldsResolver],
});
