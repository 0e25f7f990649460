import type { HistoryEventTypeDefinition } from '@patron/sdk';

export const CATEGORY_CHANGED = {
  type: 'CATEGORY_CHANGED',
  event: 'customer.categoryChanged',
} as const satisfies HistoryEventTypeDefinition;
