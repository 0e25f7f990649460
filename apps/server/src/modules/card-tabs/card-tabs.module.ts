import { defineModule } from '@patron/sdk';
import { CardTabResolver } from './card-tab.resolver.js';
import { CardTabService } from './card-tab.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Tabs modules add to the customer card: which a staff member sees and one tab's checked content. */
    cardTabs: CardTabService;
  }
}

/** Every module's `cardTabs` on the customer card, core and plugin alike, drawn by the admin. */
export const cardTabsModule = defineModule({
  name: 'card-tabs',
  needs: ['cardTabSources', 'rolePermissions', 'customers', 'log'],
  services: {
    cardTabs: ({ cardTabSources, rolePermissions, customers, log }) =>
      new CardTabService(cardTabSources, rolePermissions.all, customers, log),
  },
  resolvers: [CardTabResolver],
});
