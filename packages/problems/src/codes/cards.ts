import { problem } from '../problem.js';

/** Loyalty cards: a card reported lost, the new one given instead, and lookups by a lost card. */
export const cardProblems = {
  CARD_NONE_TO_REPORT: problem(
    'BAD_USER_INPUT',
    'The customer has no card number to report lost: give them one by editing the customer',
  ),
  CARD_NUMBER_LOST: problem('BAD_USER_INPUT', 'This card number was reported lost and is never given again'),
  CARD_LOST: problem(
    'NOT_FOUND',
    'This card was reported lost on {reportedAt}: ask the customer for their new card',
  ),
} as const;
