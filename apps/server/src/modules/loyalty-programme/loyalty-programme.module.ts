import { defineModule } from '@patron/sdk';
import { ProgrammeResolver } from './programme.resolver.js';
import { ProgrammeService } from './programme.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The earning and spending rules for customers without a tier, and the programme's time zone. */
    loyaltyProgramme: ProgrammeService;
  }
}

export const loyaltyProgrammeModule = defineModule({
  name: 'loyalty-programme',
  needs: ['sql', 'currencies'],
  services: {
    loyaltyProgramme: ({ sql, currencies }) => new ProgrammeService(sql.query, currencies),
  },
  resolvers: [ProgrammeResolver],
});
