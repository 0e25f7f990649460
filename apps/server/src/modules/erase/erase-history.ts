import type { HistoryEventTypeDefinition } from '@patron/sdk';

/** The one event an erased customer's history gains: who erased it and when, nothing personal. */
export const CUSTOMER_ERASED = {
  type: 'CUSTOMER_ERASED',
  event: 'customer.erased',
} as const satisfies HistoryEventTypeDefinition;
