import { defineModule } from '@patron/sdk';
import { CustomerSchema } from './customer.entity.js';
import { CustomerResolver } from './customer.resolver.js';
import { CustomerService } from './customer.service.js';
import { CUSTOMER_HISTORY } from './customer-history.js';
import { CustomerNumberResolver } from './customer-number.resolver.js';
import { Migration20261205000032_customer_number } from './Migration20261205000032_customer_number.js';

declare module '@patron/sdk' {
  interface PatronServices {
    customers: CustomerService;
  }
}

/** Customer profiles: attribute values checked by the registry, status, tags, deletion, numbers. */
export const customersModule = defineModule({
  name: 'customers',
  needs: ['orm', 'attributes', 'history', 'events', 'workspaceSettings'],
  services: {
    customers: ({ orm, attributes, history, events, workspaceSettings }) =>
      new CustomerService(
        orm,
        attributes,
        history,
        () => events.kick(),
        (workspaceId) => workspaceSettings.phoneCountry(workspaceId),
      ),
  },
  entities: [CustomerSchema],
  resolvers: [CustomerResolver, CustomerNumberResolver],
  historyEventTypes: Object.values(CUSTOMER_HISTORY),
  migrations: [
    { name: 'Migration20261205000032_customer_number', class: Migration20261205000032_customer_number },
  ],
});
