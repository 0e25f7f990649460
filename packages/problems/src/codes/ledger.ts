import { problem } from '../problem.js';

/**
 * Currencies, balances, ledger operations and bulk balance batches. BATCH_LINE_* explain why a line
 * of a batch is left out (`BalanceBatchLine.detailProblem`); a line's amount problems are AMOUNT_*.
 */
export const ledgerProblems = {
  CURRENCY_NOT_FOUND: problem('NOT_FOUND', 'Currency not found'),
  CURRENCY_UNKNOWN: problem('BAD_USER_INPUT', 'No currency "{currency}"; this workspace has {known}'),
  CURRENCY_NAME_SHARED: problem(
    'BAD_USER_INPUT',
    'Currencies {keys} are all called "{currency}"; give the key',
  ),
  CURRENCY_KEY_TAKEN: problem('BAD_USER_INPUT', 'Another currency already has this key'),
  CURRENCY_KEY_FIXED: problem('BAD_USER_INPUT', 'The key of a currency cannot change'),
  CURRENCY_DECIMALS_FIXED: problem('BAD_USER_INPUT', 'Decimal places cannot change once a currency exists'),
  CURRENCY_DECIMALS_RANGE: problem('BAD_USER_INPUT', 'Between {min} and {max} decimal places'),
  CURRENCY_EARN_ONLY: problem('BAD_USER_INPUT', '{currency} is earned, never spent'),
  AMOUNT_NOT_A_NUMBER: problem('BAD_USER_INPUT', 'Enter a number'),
  AMOUNT_ZERO: problem('BAD_USER_INPUT', 'The amount cannot be zero'),
  AMOUNT_TOO_LARGE: problem('BAD_USER_INPUT', 'At most {max} at once'),
  AMOUNT_WHOLE_ONLY: problem('BAD_USER_INPUT', 'This currency takes whole amounts only'),
  AMOUNT_DECIMALS: problem('BAD_USER_INPUT', 'At most {max} decimal places'),
  BALANCE_TOO_LOW: problem(
    'BAD_USER_INPUT',
    'The balance is too low: {available} {currency} available, {asked} asked',
  ),
  BALANCE_TOO_LOW_FOR_THIS: problem('BAD_USER_INPUT', 'The balance is too low for this'),
  SPEND_NOT_NEGATIVE: problem('BAD_USER_INPUT', 'A spend is negative'),
  EXPIRY_ONLY_ADDITION: problem('BAD_USER_INPUT', 'Only an addition can expire'),
  EXPIRY_NOT_FUTURE: problem('BAD_USER_INPUT', 'The expiry must be in the future'),
  OPERATION_DATE_FUTURE: problem('BAD_USER_INPUT', 'An operation cannot have happened in the future'),
  OPERATION_NOT_FOUND: problem('NOT_FOUND', 'Operation not found'),
  OPERATION_ALREADY_REVERSED: problem('BAD_USER_INPUT', 'This operation has already been reversed'),
  REVERSAL_NOT_REVERSIBLE: problem('BAD_USER_INPUT', 'A reversal cannot be reversed'),
  EXPIRY_NOT_REVERSIBLE: problem('BAD_USER_INPUT', 'An expiry cannot be reversed'),
  BATCH_NOT_FOUND: problem('NOT_FOUND', 'Batch not found'),
  BATCH_ONE_SOURCE: problem('BAD_USER_INPUT', 'Upload a file, or choose a segment or a group (one of them)'),
  BATCH_IDENTIFIER_REQUIRED: problem('BAD_USER_INPUT', 'Say which column identifies the customer'),
  BATCH_AMOUNT_REQUIRED: problem('BAD_USER_INPUT', 'Give the amount for every customer'),
  BATCH_TOO_MANY_LINES: problem('BAD_USER_INPUT', 'At most {max} lines per file'),
  BATCH_NO_LINES: problem('BAD_USER_INPUT', 'The file has no lines'),
  BATCH_LINE_NOT_A_PHONE: problem('BAD_USER_INPUT', 'Not a phone number'),
  BATCH_LINE_NOT_AN_EMAIL: problem('BAD_USER_INPUT', 'Not an email address'),
  BATCH_LINE_NO_CARD_NUMBER: problem('BAD_USER_INPUT', 'No card number'),
  BATCH_LINE_NO_AMOUNT: problem('BAD_USER_INPUT', 'No amount'),
  BATCH_LINE_UNMATCHED: problem('BAD_USER_INPUT', 'No customer with this identifier'),
  BATCH_LINE_INACTIVE: problem('BAD_USER_INPUT', 'The customer is inactive'),
  BATCH_LINE_NEGATIVE: problem('BAD_USER_INPUT', 'The balance would go negative: {balance} + ({total})'),
} as const;
