import { defineModule } from '@patron/sdk';
import { CustomerAnalyticsFieldResolver, CustomerAnalyticsResolver } from './customer-analytics.resolver.js';
import { CustomerAnalyticsService } from './customer-analytics.service.js';
import { LIFECYCLE_FIELD } from './lifecycle.js';
import { Migration20261205000035_analytics } from './Migration20261205000035_analytics.js';

declare module '@patron/sdk' {
  interface PatronServices {
    customerAnalytics: CustomerAnalyticsService;
  }
}

/** The card's analytics tab (completeness, lifecycle stage, purchases and balances per month) and the stage field. */
export const customerAnalyticsModule = defineModule({
  name: 'customer-analytics',
  needs: ['analyticsSql', 'customers', 'attributes', 'workspaceSettings', 'rfm'],
  services: {
    // The profile itself (completeness, "not found") is read from the main database by `customers`.
    customerAnalytics: ({ analyticsSql, customers, attributes, workspaceSettings }) =>
      new CustomerAnalyticsService(analyticsSql, customers, attributes, workspaceSettings),
  },
  resolvers: [CustomerAnalyticsFieldResolver, CustomerAnalyticsResolver],
  customerFields: [LIFECYCLE_FIELD],
  migrations: [{ name: 'Migration20261205000035_analytics', class: Migration20261205000035_analytics }],
});
