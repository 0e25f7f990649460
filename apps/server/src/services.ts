/**
 * The types of every core service, for plugins. A plugin's code uses nothing but @patron/sdk at run
 * time; `import type {} from '@patron/server/services'` gives its compiler the services each core
 * module adds to PatronServices (declared next to each module's definition).
 */
export type { attributesModule } from './modules/attributes/attributes.module.js';
export type { authModule } from './modules/auth/auth.module.js';
export type { balanceBatchesModule } from './modules/balance-batches/balance-batches.module.js';
export type { bulkActionsModule } from './modules/bulk-actions/bulk-actions.module.js';
export type { currenciesModule } from './modules/currencies/currencies.module.js';
export type { customerSearchModule } from './modules/customer-search/customer-search.module.js';
export type { customersModule } from './modules/customers/customers.module.js';
export type { groupsModule } from './modules/groups/groups.module.js';
export type { historyModule } from './modules/history/history.module.js';
export type { ledgerModule } from './modules/ledger/ledger.module.js';
export type { loyaltyProgrammeModule } from './modules/loyalty-programme/loyalty-programme.module.js';
export type { purchasesModule } from './modules/purchases/purchases.module.js';
export type { referralsModule } from './modules/referrals/referrals.module.js';
export type { rfmModule } from './modules/rfm/rfm.module.js';
export type { segmentsModule } from './modules/segments/segments.module.js';
export type { tagsModule } from './modules/tags/tags.module.js';
export type { tiersModule } from './modules/tiers/tiers.module.js';
export type { workspacesModule } from './modules/workspaces/workspaces.module.js';
export type { kernelModule } from './runtime/kernel.js';
