import type { HistoryEventTypeDefinition } from '@patron/sdk';

export const GROUPS_CHANGED = {
  type: 'GROUPS_CHANGED',
  event: 'customer.groupsChanged',
} as const satisfies HistoryEventTypeDefinition;
