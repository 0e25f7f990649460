import { problem } from '../problem.js';

/**
 * Purchases, returns, referrals and the earning rules of the programme and tiers. Money parameters
 * are amounts with two decimals.
 */
export const purchaseProblems = {
  PURCHASE_NOT_FOUND: problem('NOT_FOUND', 'Purchase not found'),
  ITEM_NAME_OR_SKU: problem('BAD_USER_INPUT', 'Give the item a name or a SKU'),
  QUANTITY_POSITIVE: problem('BAD_USER_INPUT', 'A quantity more than zero'),
  PURCHASE_IN_FUTURE: problem('BAD_USER_INPUT', 'A purchase cannot be in the future'),
  PURCHASE_TOO_OLD: problem('BAD_USER_INPUT', 'A date after {year}'),
  CURRENCY_REPEATED: problem('BAD_USER_INPUT', 'Each currency once'),
  SPEND_OVER_INVOICE: problem('BAD_USER_INPUT', 'The balances used are worth {value}, more than the invoice'),
  SPEND_CAP_INVOICE: problem(
    'BAD_USER_INPUT',
    'At most {max} of this invoice can be paid with balances ({percent}%)',
  ),
  SPEND_CAP_DAY: problem(
    'BAD_USER_INPUT',
    'At most {max} a day can be paid with balances; {used} already used on {date}',
  ),
  RETURNED_IN_FULL: problem('BAD_USER_INPUT', 'This purchase has already been returned in full'),
  RETURN_LEFT: problem('BAD_USER_INPUT', 'At most {left} is left to return'),
  RETURN_ITEM_LINE: problem('BAD_USER_INPUT', 'This purchase has no line {line} (it has {lines})'),
  RETURN_ITEM_TWICE: problem('BAD_USER_INPUT', 'Line {line} is named twice'),
  RETURN_ITEM_LEFT: problem('BAD_USER_INPUT', 'At most {left} of line {line} is left to return'),
  REFERRAL_SELF: problem('BAD_USER_INPUT', 'A customer cannot refer themselves'),
  REFERRER_UNKNOWN: problem('BAD_USER_INPUT', 'No such customer'),
  REFERRER_EXISTS: problem('BAD_USER_INPUT', 'This customer already has a referrer'),
  TIME_ZONE_INVALID: problem('BAD_USER_INPUT', 'Not a time zone (e.g. Asia/Tehran)'),
  SKU_REQUIRED: problem('BAD_USER_INPUT', 'Give the product SKU'),
  WEEKDAY_RANGE: problem('BAD_USER_INPUT', 'A weekday from 0 (Sunday) to 6'),
} as const;
