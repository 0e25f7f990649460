import { defineModule } from '@patron/sdk';
import { CustomerRequestsResolver } from './customer-requests.resolver.js';
import { CustomerRequestService } from './customer-requests.service.js';
import { CustomerSessions } from './customer-sessions.js';
import { Migration20261207130000_self_service } from './Migration20261207130000_self_service.js';
import { Migration20261207200000_self_sign_up } from './Migration20261207200000_self_sign_up.js';
import { Migration20261207231500_password_reset } from './Migration20261207231500_password_reset.js';
import { MyProfileResolver } from './my-profile.resolver.js';
import { MyProfile } from './my-profile.service.js';
import { PasswordResetResolver } from './password-reset.resolver.js';
import { PasswordResetService } from './password-reset.service.js';
import { SelfServiceResolver } from './self-service.resolver.js';
import { SelfServiceService } from './self-service.service.js';
import { SELF_SERVICE_HISTORY } from './self-service-history.js';
import { selfServicePermissions } from './self-service-permissions.js';
import { SelfServiceReads } from './self-service-reads.js';
import { SelfSignUpResolver } from './self-sign-up.resolver.js';
import { SelfSignUpService } from './self-sign-up.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Customers' self-service accounts: invitations, passwords, sign-in. */
    selfService: SelfServiceService;
    /** People joining the club by themselves: an SMS code, then a password. */
    selfSignUp: SelfSignUpService;
    /** "Forgot password?": an SMS code or an emailed link, then a new password. */
    passwordReset: PasswordResetService;
    /** Signed-in customers, by their own cookie. */
    customerSessions: CustomerSessions;
    /** What a signed-in customer reads of themselves. */
    selfServiceReads: SelfServiceReads;
    /** Requests customers send, and staff answers. */
    customerRequests: CustomerRequestService;
    /** A signed-in customer's own marketing consents and details. */
    myProfile: MyProfile;
  }
}

/** Customer self-service (catalogue A4): the API a partner's "my account" page or app calls. */
export const selfServiceModule = defineModule({
  name: 'self-service',
  needs: [
    'sql',
    'passwords',
    'signInThrottle',
    'sessionPolicy',
    'workspaceSettings',
    'serverSecrets',
    'currencies',
    'ledgerReads',
    'ledgerIds',
    'customerTiers',
    'tiers',
    'consents',
    'purchaseReads',
    'erasure',
    'channels',
    'customers',
    'verification',
    'events',
    'log',
  ],
  services: {
    customerSessions: ({ sql, sessionPolicy }) => new CustomerSessions(sql, sessionPolicy),
    selfService: (s) =>
      new SelfServiceService(
        s.sql,
        s.passwords,
        s.signInThrottle,
        s.customerSessions,
        s.workspaceSettings,
        s.channels,
        s.serverSecrets.publicUrl,
      ),
    selfSignUp: (s) =>
      new SelfSignUpService(s.sql, {
        passwords: s.passwords,
        throttle: s.signInThrottle,
        sessions: s.customerSessions,
        settings: s.workspaceSettings,
        channels: s.channels,
        customers: s.customers,
        consents: s.consents,
        verification: s.verification,
        kick: () => s.events.kick(),
      }),
    passwordReset: (s) =>
      new PasswordResetService(s.sql, {
        passwords: s.passwords,
        throttle: s.signInThrottle,
        sessions: s.customerSessions,
        settings: s.workspaceSettings,
        channels: s.channels,
        publicUrl: s.serverSecrets.publicUrl,
        log: s.log,
      }),
    selfServiceReads: (s) => new SelfServiceReads(s),
    customerRequests: ({ sql }) => new CustomerRequestService(sql),
    myProfile: ({ consents, customers }) => new MyProfile(consents, customers),
  },
  resolvers: [
    SelfServiceResolver,
    SelfSignUpResolver,
    PasswordResetResolver,
    CustomerRequestsResolver,
    MyProfileResolver,
  ],
  permissions: selfServicePermissions,
  historyEventTypes: Object.values(SELF_SERVICE_HISTORY),
  migrations: [
    { name: 'Migration20261207130000_self_service', class: Migration20261207130000_self_service },
    { name: 'Migration20261207200000_self_sign_up', class: Migration20261207200000_self_sign_up },
    { name: 'Migration20261207231500_password_reset', class: Migration20261207231500_password_reset },
  ],
  // Requests, resets and the password are the person's: an erased customer keeps none, and is signed out.
  onStart: async ({ erasure }) => {
    erasure.onErase('self-service', async (run, workspaceId, customerIds) => {
      for (const table of [
        'customer_request',
        'customer_session',
        'customer_password_reset',
        'self_service_account',
      ])
        await run(`delete from ${table} where workspace_id = ? and customer_id = any(?::uuid[])`, [
          workspaceId,
          customerIds,
        ]);
    });
  },
  jobs: [
    {
      // Ended customer sessions, day-old sign-ups and resets; nothing depends on them being gone sooner.
      name: 'self-service.prune',
      everyMs: 15 * 60_000,
      step: async ({ customerSessions, selfSignUp, passwordReset }) => {
        await customerSessions.prune();
        await selfSignUp.prune();
        await passwordReset.prune();
        return false;
      },
    },
  ],
});
