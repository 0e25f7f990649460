import type { HistoryEventTypeDefinition } from '@patron/sdk';

/** Written by the recomputation in SQL, without an outbox row (a run can move a million customers). */
export const RFM_CHANGED = {
  type: 'RFM_CHANGED',
  event: 'customer.rfmChanged',
} as const satisfies HistoryEventTypeDefinition;
