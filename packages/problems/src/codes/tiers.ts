import { problem } from '../problem.js';

/** Tiers, their thresholds and the downgrade policy. */
export const tierProblems = {
  TIER_NOT_FOUND: problem('NOT_FOUND', 'Tier not found'),
  TIER_UNKNOWN: problem('BAD_USER_INPUT', 'No tier with this id'),
  TIER_KEY_TAKEN: problem('BAD_USER_INPUT', 'Another tier already has this key'),
  TIER_KEY_FIXED: problem('BAD_USER_INPUT', 'The key of a tier cannot change'),
  TIER_POSITION: problem('BAD_USER_INPUT', 'A position from 1 (the lowest tier)'),
  TIER_MIN_PURCHASE_TOTAL: problem('BAD_USER_INPUT', 'An amount of 0 or more with at most 2 decimals'),
  TIER_MIN_PURCHASE_COUNT: problem('BAD_USER_INPUT', 'A whole number of purchases, 0 or more'),
  TIER_MIN_XP: problem('BAD_USER_INPUT', 'An amount of XP, 0 or more'),
  TIER_WINDOW_DAYS: problem('BAD_USER_INPUT', 'Whole days from 1 to {max}, or empty for all time'),
  TIER_DOWNGRADE_POLICY: problem('BAD_USER_INPUT', 'NEVER, IMMEDIATE or PERIOD_END'),
  TIER_PERIOD_MONTHS: problem('BAD_USER_INPUT', 'Whole months from {min} to {max}'),
} as const;
