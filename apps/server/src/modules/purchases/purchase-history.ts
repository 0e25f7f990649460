import type { HistoryEventTypeDefinition } from '@patron/sdk';

export const PURCHASE_HISTORY = {
  recorded: { type: 'PURCHASE_RECORDED', event: 'customer.purchaseRecorded' },
  returned: { type: 'PURCHASE_RETURNED', event: 'customer.purchaseReturned' },
} as const satisfies Record<string, HistoryEventTypeDefinition>;
