import { defineModule } from '@patron/sdk';
import { LoyaltyProgrammeResolver } from './loyalty-programme.resolver.js';
import { LoyaltyProgrammeService } from './loyalty-programme.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The earning and spending rules for customers without a tier, and the programme's time zone. */
    loyaltyProgramme: LoyaltyProgrammeService;
  }
}

export const loyaltyProgrammeModule = defineModule({
  name: 'loyalty-programme',
  needs: ['sql', 'currencies'],
  services: {
    loyaltyProgramme: ({ sql, currencies }) => new LoyaltyProgrammeService(sql.query, currencies),
  },
  resolvers: [LoyaltyProgrammeResolver],
});
