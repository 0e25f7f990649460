import { defineModule } from '@patron/sdk';
import { Migration20261207160000_returned_items } from './Migration20261207160000_returned_items.js';
import { PurchaseResolver } from './purchase.resolver.js';
import { PurchaseService } from './purchase.service.js';
import { OPENING_TOTAL_ATTRIBUTE, PURCHASE_FIELDS } from './purchase-fields.js';
import { PURCHASE_HISTORY } from './purchase-history.js';
import { purchasePermissions } from './purchase-permissions.js';
import { PurchaseReads } from './purchase-reads.js';
import { PurchaseReturnService } from './purchase-return.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    purchases: PurchaseService;
    purchaseReturns: PurchaseReturnService;
    purchaseReads: PurchaseReads;
  }
}

/** Purchases with what they spend and earn, pending payment, and returns. */
export const purchasesModule = defineModule({
  name: 'purchases',
  needs: ['sql', 'ledger', 'currencies', 'loyaltyProgramme', 'customerTiers', 'events', 'branches', 'stock'],
  services: {
    purchases: (services) =>
      new PurchaseService(
        services.sql,
        services.ledger,
        services.currencies,
        services.loyaltyProgramme,
        () => services.events.kick(),
        (workspaceId, customerId) => services.customerTiers.rulesFor(workspaceId, customerId),
        services.branches,
        services.stock,
      ),
    purchaseReturns: ({ sql, ledger, currencies, purchases, events, stock }) =>
      new PurchaseReturnService(sql, ledger, currencies, purchases, () => events.kick(), stock),
    purchaseReads: ({ sql }) => new PurchaseReads(sql.query),
  },
  resolvers: [PurchaseResolver],
  permissions: purchasePermissions,
  attributes: [OPENING_TOTAL_ATTRIBUTE],
  customerFields: PURCHASE_FIELDS,
  historyEventTypes: Object.values(PURCHASE_HISTORY),
  migrations: [
    { name: 'Migration20261207160000_returned_items', class: Migration20261207160000_returned_items },
  ],
});
