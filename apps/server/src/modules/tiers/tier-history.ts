import type { HistoryEventTypeDefinition } from '@patron/sdk';

export const TIER_CHANGED = {
  type: 'TIER_CHANGED',
  event: 'customer.tierChanged',
} as const satisfies HistoryEventTypeDefinition;
