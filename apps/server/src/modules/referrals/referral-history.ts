import type { HistoryEventTypeDefinition } from '@patron/sdk';

export const REFERRAL_RECORDED = {
  type: 'REFERRAL_RECORDED',
  event: 'customer.referred',
} as const satisfies HistoryEventTypeDefinition;

export const REFERRAL_CLEARED = {
  type: 'REFERRAL_CLEARED',
  event: 'customer.referred',
} as const satisfies HistoryEventTypeDefinition;
