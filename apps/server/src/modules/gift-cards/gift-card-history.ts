import type { HistoryEventTypeDefinition } from '@patron/sdk';

/** A gift card redeemed onto the customer (the credit itself is the ledger's BALANCE_CHANGED). */
export const GIFT_CARD_REDEEMED = {
  type: 'GIFT_CARD_REDEEMED',
  event: 'customer.giftCardRedeemed',
} as const satisfies HistoryEventTypeDefinition;
