import { defineModule } from '@patron/sdk';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { corePermissions } from './core-permissions.js';
import { StaffSchema } from './staff.entity.js';
import { StaffSessionSchema } from './staff-session.entity.js';

declare module '@patron/sdk' {
  interface PatronServices {
    auth: AuthService;
  }
}

/** Staff sign-in and sessions (managing staff is modules/staff, roles modules/roles). */
export const authModule = defineModule({
  name: 'auth',
  needs: ['orm'],
  services: {
    auth: ({ orm }) => new AuthService(orm),
  },
  entities: [StaffSchema, StaffSessionSchema],
  resolvers: [AuthResolver],
  permissions: corePermissions,
});
