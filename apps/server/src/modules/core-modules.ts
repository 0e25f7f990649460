/**
 * The core domains, registered through the same interface plugins use: adding a domain is its
 * folder with a `<domain>.module.ts` and one line here. (The order does not matter: the server takes
 * them by name; these exports also carry each module's service types to plugins, see services.ts.)
 */
export { apiKeysModule } from './api-keys/api-keys.module.js';
export { attributesModule } from './attributes/attributes.module.js';
export { auditModule } from './audit/audit.module.js';
export { authModule } from './auth/auth.module.js';
export { automationsModule } from './automations/automations.module.js';
export { balanceBatchesModule } from './balance-batches/balance-batches.module.js';
export { branchesModule } from './branches/branches.module.js';
export { bulkActionsModule } from './bulk-actions/bulk-actions.module.js';
export { cardTabsModule } from './card-tabs/card-tabs.module.js';
export { categoriesModule } from './categories/categories.module.js';
export { channelEmailModule } from './channel-email/channel-email.module.js';
export { channelPushModule } from './channel-push/channel-push.module.js';
export { channelSmsModule } from './channel-sms/channel-sms.module.js';
export { channelTelegramModule } from './channel-telegram/channel-telegram.module.js';
export { channelsModule } from './channels/channels.module.js';
export { consentsModule } from './consents/consents.module.js';
export { currenciesModule } from './currencies/currencies.module.js';
export { customerAnalyticsModule } from './customer-analytics/customer-analytics.module.js';
export { customerSearchModule } from './customer-search/customer-search.module.js';
export { customersModule } from './customers/customers.module.js';
export { duplicatesModule } from './duplicates/duplicates.module.js';
export { eraseModule } from './erase/erase.module.js';
export { exportsModule } from './exports/exports.module.js';
export { filesModule } from './files/files.module.js';
export { giftCardsModule } from './gift-cards/gift-cards.module.js';
export { groupsModule } from './groups/groups.module.js';
export { historyModule } from './history/history.module.js';
export { importsModule } from './imports/imports.module.js';
export { jobsModule } from './jobs/jobs.module.js';
export { ledgerModule } from './ledger/ledger.module.js';
export { loyaltyProgrammeModule } from './loyalty-programme/loyalty-programme.module.js';
export { mailingsModule } from './mailings/mailings.module.js';
export { messageTemplatesModule } from './message-templates/message-templates.module.js';
export { newsModule } from './news/news.module.js';
export { notesModule } from './notes/notes.module.js';
export { notificationsModule } from './notifications/notifications.module.js';
export { productsModule } from './products/products.module.js';
export { purchasesModule } from './purchases/purchases.module.js';
export { referralsModule } from './referrals/referrals.module.js';
export { relationsModule } from './relations/relations.module.js';
export { reportsModule } from './reports/reports.module.js';
export { rfmModule } from './rfm/rfm.module.js';
export { rolesModule } from './roles/roles.module.js';
export { segmentsModule } from './segments/segments.module.js';
export { selfServiceModule } from './self-service/self-service.module.js';
export { staffModule } from './staff/staff.module.js';
export { tagsModule } from './tags/tags.module.js';
export { tiersModule } from './tiers/tiers.module.js';
export { webhooksModule } from './webhooks/webhooks.module.js';
export { workspacesModule } from './workspaces/workspaces.module.js';
