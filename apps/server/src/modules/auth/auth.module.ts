import { defineModule } from '@patron/sdk';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { corePermissions } from './core-permissions.js';
import { Migration20261205000001_sessions_throttle } from './Migration20261205000001_sessions_throttle.js';
import { Passwords } from './passwords.js';
import { SessionsResolver } from './sessions.resolver.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { StaffSchema } from './staff.entity.js';
import { StaffSessionSchema } from './staff-session.entity.js';
import { StaffSessions } from './staff-sessions.js';

declare module '@patron/sdk' {
  interface PatronServices {
    auth: AuthService;
    /** Sessions: the cookie's staff member, one's own list, sign-out of one or all. */
    staffSessions: StaffSessions;
    /** Counts sign-in attempts per email and source before the password is checked. */
    signInThrottle: SignInThrottle;
    /** argon2id hashing of staff passwords at the app's cost. */
    passwords: Passwords;
  }
}

/** Staff sign-in, its throttle and sessions (managing staff is modules/staff, roles modules/roles). */
export const authModule = defineModule({
  name: 'auth',
  needs: ['orm', 'audit', 'sessionPolicy', 'passwordHashCost'],
  services: {
    auth: ({ orm, staffSessions, signInThrottle, passwords }) =>
      new AuthService(orm, staffSessions, signInThrottle, passwords),
    passwords: ({ passwordHashCost }) => new Passwords(passwordHashCost),
    staffSessions: ({ orm, sessionPolicy }) => new StaffSessions(orm, sessionPolicy),
    signInThrottle: ({ orm, audit }) => new SignInThrottle(orm, audit),
  },
  entities: [StaffSchema, StaffSessionSchema],
  resolvers: [AuthResolver, SessionsResolver],
  permissions: corePermissions,
  migrations: [
    { name: 'Migration20261205000001_sessions_throttle', class: Migration20261205000001_sessions_throttle },
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
