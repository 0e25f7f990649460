import type { PatronModule } from '@patron/sdk';
import { attributesModule } from './attributes/attributes.module.js';
import { authModule } from './auth/auth.module.js';
import { balanceBatchesModule } from './balance-batches/balance-batches.module.js';
import { bulkActionsModule } from './bulk-actions/bulk-actions.module.js';
import { currenciesModule } from './currencies/currencies.module.js';
import { customerSearchModule } from './customer-search/customer-search.module.js';
import { customersModule } from './customers/customers.module.js';
import { groupsModule } from './groups/groups.module.js';
import { historyModule } from './history/history.module.js';
import { ledgerModule } from './ledger/ledger.module.js';
import { loyaltyProgrammeModule } from './loyalty-programme/loyalty-programme.module.js';
import { purchasesModule } from './purchases/purchases.module.js';
import { referralsModule } from './referrals/referrals.module.js';
import { rfmModule } from './rfm/rfm.module.js';
import { segmentsModule } from './segments/segments.module.js';
import { tagsModule } from './tags/tags.module.js';
import { tiersModule } from './tiers/tiers.module.js';
import { workspacesModule } from './workspaces/workspaces.module.js';

/**
 * The core domains, registered through the same interface plugins use. Adding a domain: its folder
 * with a `<domain>.module.ts`, and one line here.
 */
export const coreModules: PatronModule[] = [
  workspacesModule,
  authModule,
  attributesModule,
  customersModule,
  customerSearchModule,
  tagsModule,
  segmentsModule,
  bulkActionsModule,
  historyModule,
  currenciesModule,
  ledgerModule,
  balanceBatchesModule,
  loyaltyProgrammeModule,
  purchasesModule,
  referralsModule,
  tiersModule,
  groupsModule,
  rfmModule,
];
