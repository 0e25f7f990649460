import { defineModule } from '@patron/sdk';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { corePermissions } from './core-permissions.js';
import { Migration20261205000001_sessions_throttle } from './Migration20261205000001_sessions_throttle.js';
import { Migration20261207180000_two_factor } from './Migration20261207180000_two_factor.js';
import { Passwords } from './passwords.js';
import { SessionsResolver } from './sessions.resolver.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { StaffSchema } from './staff.entity.js';
import { StaffSessionSchema } from './staff-session.entity.js';
import { StaffSessions } from './staff-sessions.js';
import { TwoFactorResolver } from './two-factor.resolver.js';
import { TWO_FACTOR_AUDIT_TYPES, TwoFactor } from './two-factor.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    auth: AuthService;
    /** Sessions: the cookie's staff member, one's own list, sign-out of one or all. */
    staffSessions: StaffSessions;
    /** Counts sign-in attempts per email and source before the password is checked. */
    signInThrottle: SignInThrottle;
    /** argon2id hashing of staff passwords at the app's cost. */
    passwords: Passwords;
    /** Two-factor sign-in (TOTP): set-up, the second sign-in step, recovery codes, turning it off. */
    twoFactor: TwoFactor;
  }
}

/** Audit event types this module writes: two-factor sign-in, and an email locked out after wrong passwords. */
export const AUTH_AUDIT_TYPES = [...TWO_FACTOR_AUDIT_TYPES, 'SIGN_IN_LOCKED'] as const;

/** Staff sign-in, its throttle and sessions (managing staff is modules/staff, roles modules/roles). */
export const authModule = defineModule({
  name: 'auth',
  auditEventTypes: AUTH_AUDIT_TYPES,
  needs: ['orm', 'audit', 'sessionPolicy', 'passwordHashCost', 'serverSecrets'],
  services: {
    auth: ({ orm, staffSessions, signInThrottle, passwords, twoFactor }) =>
      new AuthService(orm, staffSessions, signInThrottle, passwords, twoFactor),
    twoFactor: ({ orm, serverSecrets, passwords, audit, signInThrottle, staffSessions }) =>
      new TwoFactor(orm, serverSecrets, passwords, audit, signInThrottle, staffSessions),
    passwords: ({ passwordHashCost }) => new Passwords(passwordHashCost),
    staffSessions: ({ orm, sessionPolicy }) => new StaffSessions(orm, sessionPolicy),
    signInThrottle: ({ orm, audit }) => new SignInThrottle(orm, audit),
  },
  entities: [StaffSchema, StaffSessionSchema],
  resolvers: [AuthResolver, SessionsResolver, TwoFactorResolver],
  permissions: corePermissions,
  migrations: [
    { name: 'Migration20261205000001_sessions_throttle', class: Migration20261205000001_sessions_throttle },
    { name: 'Migration20261207180000_two_factor', class: Migration20261207180000_two_factor },
  ],
  jobs: [
    {
      // Ended sessions and forgotten sign-in streaks; nothing depends on them being gone sooner.
      name: 'auth.prune',
      everyMs: 15 * 60_000,
      step: async ({ staffSessions, signInThrottle }) => {
        await staffSessions.prune();
        await signInThrottle.prune();
        return false;
      },
    },
  ],
});
