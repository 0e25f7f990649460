import type { HistoryEventTypeDefinition } from '@patron/sdk';

export const RELATION_HISTORY = {
  added: { type: 'RELATION_ADDED', event: 'customer.relationsChanged' },
  removed: { type: 'RELATION_REMOVED', event: 'customer.relationsChanged' },
} as const satisfies Record<string, HistoryEventTypeDefinition>;
