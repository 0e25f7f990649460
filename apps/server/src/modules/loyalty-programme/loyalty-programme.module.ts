import { defineModule } from '@patron/sdk';
import { LoyaltyProgrammeResolver } from './loyalty-programme.resolver.js';
import { LoyaltyProgrammeService } from './loyalty-programme.service.js';
import { Migration20261207150000_one_time_zone } from './Migration20261207150000_one_time_zone.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The earning and spending rules for customers without a tier, read with the workspace's time zone. */
    loyaltyProgramme: LoyaltyProgrammeService;
  }
}

export const loyaltyProgrammeModule = defineModule({
  name: 'loyalty-programme',
  needs: ['sql', 'currencies', 'workspaceSettings'],
  services: {
    loyaltyProgramme: ({ sql, currencies, workspaceSettings }) =>
      new LoyaltyProgrammeService(sql, currencies, workspaceSettings),
  },
  resolvers: [LoyaltyProgrammeResolver],
  migrations: [
    { name: 'Migration20261207150000_one_time_zone', class: Migration20261207150000_one_time_zone },
  ],
});
