import { defineModule } from '@patron/sdk';
import { StaffResolver } from './staff.resolver.js';
import { StaffService } from './staff.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Managing the workspace's staff: create, role, deactivate, passwords. */
    staff: StaffService;
  }
}

/** Audit event types this module writes (roles and segments write their own). */
export const STAFF_AUDIT_TYPES = [
  'STAFF_CREATED',
  'STAFF_DEACTIVATED',
  'STAFF_REACTIVATED',
  'STAFF_ROLE_CHANGED',
  'STAFF_PASSWORD_RESET',
  'PASSWORD_CHANGED',
  'STAFF_BRANCH_CHANGED',
] as const;

/** Staff management; the Staff entity and signing in are the auth module's. */
export const staffModule = defineModule({
  name: 'staff',
  auditEventTypes: STAFF_AUDIT_TYPES,
  needs: ['orm', 'auth', 'twoFactor', 'roles', 'audit', 'branches'],
  services: {
    staff: ({ orm, auth, roles, audit, branches, twoFactor }) =>
      new StaffService(orm, auth, roles, audit, branches, twoFactor),
  },
  resolvers: [StaffResolver],
});
