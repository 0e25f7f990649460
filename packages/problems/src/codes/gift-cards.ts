import { problem } from '../problem.js';

/** Gift cards: issuing them in batches, checking a code and redeeming it onto a customer. */
export const giftCardProblems = {
  GIFT_CARD_NOT_FOUND: problem('BAD_USER_INPUT', 'No gift card with this code'),
  GIFT_CARD_REDEEMED: problem('BAD_USER_INPUT', 'This gift card was already redeemed on {date}'),
  GIFT_CARD_EXPIRED: problem('BAD_USER_INPUT', 'This gift card could be redeemed until {date}'),
  GIFT_CARD_BLOCKED: problem('BAD_USER_INPUT', 'This gift card is blocked'),
  GIFT_CARD_VALUE_POSITIVE: problem('BAD_USER_INPUT', 'A gift card is worth more than zero'),
  GIFT_CARD_BATCH_NOT_FOUND: problem('NOT_FOUND', 'Gift card batch not found'),
} as const;
