import { defineModule } from '@patron/sdk';
import { CustomerSchema } from './customer.entity.js';
import { CustomerResolver } from './customer.resolver.js';
import { CustomerService } from './customer.service.js';
import { CUSTOMER_HISTORY } from './customer-history.js';
import { CustomerNumberResolver } from './customer-number.resolver.js';
import { LostCardResolver } from './lost-card.resolver.js';
import { Migration20261205000032_customer_number } from './Migration20261205000032_customer_number.js';
import { Migration20261207120000_lost_cards } from './Migration20261207120000_lost_cards.js';

declare module '@patron/sdk' {
  interface PatronServices {
    customers: CustomerService;
  }
}

/** Customer profiles: attribute values checked by the registry, status, tags, deletion, numbers, lost cards. */
export const customersModule = defineModule({
  name: 'customers',
  needs: ['orm', 'attributes', 'history', 'events', 'workspaceSettings', 'erasure'],
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
  resolvers: [CustomerResolver, CustomerNumberResolver, LostCardResolver],
  historyEventTypes: Object.values(CUSTOMER_HISTORY),
  migrations: [
    { name: 'Migration20261205000032_customer_number', class: Migration20261205000032_customer_number },
    { name: 'Migration20261207120000_lost_cards', class: Migration20261207120000_lost_cards },
  ],
  // A lost number stays dead after the customer is erased; only the free-text reason goes with them.
  onStart: async ({ erasure }) => {
    erasure.onErase('customers', async (run, workspaceId, customerIds) => {
      await run(`update lost_card set reason = '' where workspace_id = ? and customer_id = any(?::uuid[])`, [
        workspaceId,
        customerIds,
      ]);
    });
  },
});
