import type { HistoryEventTypeDefinition } from '@patron/sdk';

/** What consents and verification write into a customer's history. */
export const CONSENT_HISTORY = {
  granted: { type: 'CONSENT_GRANTED', event: 'customer.consentChanged' },
  withdrawn: { type: 'CONSENT_WITHDRAWN', event: 'customer.consentChanged' },
  verified: { type: 'CUSTOMER_VERIFIED', event: 'customer.verificationChanged' },
  unconfirmed: { type: 'CUSTOMER_UNCONFIRMED', event: 'customer.verificationChanged' },
  contactVerification: { type: 'CONTACT_VERIFICATION_CHANGED', event: 'customer.verificationChanged' },
} as const satisfies Record<string, HistoryEventTypeDefinition>;
