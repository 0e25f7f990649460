import type { HistoryEventTypeDefinition } from '@patron/sdk';

/** A balance moved (the SQL functions write the same type and event). */
export const BALANCE_CHANGED = {
  type: 'BALANCE_CHANGED',
  event: 'customer.balanceChanged',
} as const satisfies HistoryEventTypeDefinition;
