import { defineModule } from '@patron/sdk';
import { CustomerDataService } from './customer-data.service.js';
import { EraseResolver } from './erase.resolver.js';
import { CUSTOMER_ERASED } from './erase-history.js';
import { erasePermissions } from './erase-permissions.js';
import { ErasureService } from './erasure.service.js';
import { Migration20261205000034_customer_erased } from './Migration20261205000034_customer_erased.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Erasing a customer's personal data; other modules add their share with onErase. */
    erasure: ErasureService;
    /** The customer's data as one document (right of access). */
    customerData: CustomerDataService;
  }
}

/** Audit event types this module writes (besides the customer's own history event of the same name). */
export const ERASE_AUDIT_TYPES = ['CUSTOMER_ERASED'] as const;

/** The customer's rights over their data: erasure (C10) and access (a JSON download). */
export const eraseModule = defineModule({
  name: 'erase',
  auditEventTypes: ERASE_AUDIT_TYPES,
  needs: ['sql', 'audit', 'events'],
  services: {
    erasure: ({ sql, audit, events }) => new ErasureService(sql, audit, () => events.kick()),
    customerData: ({ sql }) => new CustomerDataService(sql),
  },
  resolvers: [EraseResolver],
  permissions: erasePermissions,
  historyEventTypes: [CUSTOMER_ERASED],
  migrations: [
    { name: 'Migration20261205000034_customer_erased', class: Migration20261205000034_customer_erased },
  ],
});
