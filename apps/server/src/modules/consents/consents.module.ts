import { defineModule } from '@patron/sdk';
import { ConsentResolver } from './consent.resolver.js';
import { ConsentService } from './consent.service.js';
import { CONSENT_FIELDS } from './consent-fields.js';
import { CONSENT_HISTORY } from './consent-history.js';
import { consentPermissions } from './consent-permissions.js';
import { Migration20261205000031_consents } from './Migration20261205000031_consents.js';
import { VerificationResolver } from './verification.resolver.js';
import { VerificationService } from './verification.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /**
     * Consents to personal data and to marketing per channel: grant, withdraw, history, the state at
     * a moment; `hasConsent` / `consentedSql` say who may receive a message.
     */
    consents: ConsentService;
    /** A profile's verification and its phone's and email's verified marks. */
    verification: VerificationService;
  }
}

/** Consents (C6) and verification (C5). */
export const consentsModule = defineModule({
  name: 'consents',
  needs: ['sql', 'events', 'erasure'],
  services: {
    consents: ({ sql, events }) => new ConsentService(sql, () => events.kick()),
    verification: ({ sql, events }) => new VerificationService(sql, () => events.kick()),
  },
  permissions: consentPermissions,
  resolvers: [ConsentResolver, VerificationResolver],
  customerFields: CONSENT_FIELDS,
  historyEventTypes: Object.values(CONSENT_HISTORY),
  eventHandlers: [
    {
      name: 'consents.unconfirmOnChange',
      events: ['customer.updated'],
      handle: (event, { verification }) => verification.afterDataChanged(event),
    },
  ],
  migrations: [{ name: 'Migration20261205000031_consents', class: Migration20261205000031_consents }],
  // What was consented to and when stays (it proves the sending was allowed); where, in words, goes.
  onStart: async ({ erasure }) => {
    erasure.onErase('consents', async (run, workspaceId, customerIds) => {
      await run(
        'update consent_record set source = null where workspace_id = ? and customer_id = any(?::uuid[])',
        [workspaceId, customerIds],
      );
    });
  },
});
