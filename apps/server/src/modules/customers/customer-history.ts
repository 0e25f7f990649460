import type { HistoryEventTypeDefinition } from '@patron/sdk';

/** What happens to a customer's profile, tags and status. */
export const CUSTOMER_HISTORY = {
  created: { type: 'CUSTOMER_CREATED', event: 'customer.created' },
  updated: { type: 'CUSTOMER_UPDATED', event: 'customer.updated' },
  activated: { type: 'CUSTOMER_ACTIVATED', event: 'customer.activated' },
  deactivated: { type: 'CUSTOMER_DEACTIVATED', event: 'customer.deactivated' },
  deleted: { type: 'CUSTOMER_DELETED', event: 'customer.deleted' },
  tagged: { type: 'CUSTOMER_TAGGED', event: 'customer.tagged' },
  profileAttached: { type: 'CUSTOMER_PROFILE_ATTACHED', event: 'customer.profileAttached' },
  /** A lost card recorded and a new number given (changes: cardNumber old → new, reason). */
  cardReissued: { type: 'CARD_REISSUED', event: 'customer.cardReissued' },
} as const satisfies Record<string, HistoryEventTypeDefinition>;
