import type { HistoryEventTypeDefinition } from '@patron/sdk';

/**
 * A recipient's message in the customer's history: changes `mailing` {id, name, channel} and, for a
 * failure, `reason`. Queued and skipped messages write none (a cancelled 100,000-recipient mailing
 * would flood every card with nothing that reached the customer).
 */
export const MESSAGE_HISTORY = {
  SENT: { type: 'MESSAGE_SENT', event: 'customer.messageStateChanged' },
  DELIVERED: { type: 'MESSAGE_DELIVERED', event: 'customer.messageStateChanged' },
  FAILED: { type: 'MESSAGE_FAILED', event: 'customer.messageStateChanged' },
} as const satisfies Record<string, HistoryEventTypeDefinition>;
