import { defineModule } from '@patron/sdk';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { corePermissions } from './core-permissions.js';
import { RolePermissions } from './role-permissions.js';
import { StaffSchema } from './staff.entity.js';
import { StaffSessionSchema } from './staff-session.entity.js';

declare module '@patron/sdk' {
  interface PatronServices {
    auth: AuthService;
    /** Which permissions each role holds, from every enabled module's permissions. */
    rolePermissions: RolePermissions;
  }
}

/** Staff, their sessions and roles. */
export const authModule = defineModule({
  name: 'auth',
  needs: ['orm', 'modules'],
  services: {
    auth: ({ orm }) => new AuthService(orm),
    rolePermissions: ({ modules }) => new RolePermissions(modules.flatMap((m) => m.permissions ?? [])),
  },
  entities: [StaffSchema, StaffSessionSchema],
  resolvers: [AuthResolver],
  permissions: corePermissions,
});
