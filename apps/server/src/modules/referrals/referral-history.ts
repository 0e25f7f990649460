import type { HistoryEventTypeDefinition } from '@patron/sdk';

export const REFERRAL_RECORDED = {
  type: 'REFERRAL_RECORDED',
  event: 'customer.referred',
} as const satisfies HistoryEventTypeDefinition;
