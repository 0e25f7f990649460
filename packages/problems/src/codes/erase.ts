import { problem } from '../problem.js';

/** Erasing a customer's personal data, the right of access and the card's history filters. */
export const eraseProblems = {
  CUSTOMER_ERASED: problem('CONFLICT', "This customer's personal data was erased: the profile cannot change"),
  CUSTOMER_ALREADY_ERASED: problem('CONFLICT', "This customer's personal data is already erased"),
  CUSTOMER_STATUS_RESERVED: problem('BAD_USER_INPUT', 'Only erasing a customer sets the status ERASED'),
  HISTORY_PERIOD_INVALID: problem('BAD_USER_INPUT', 'The start of the period is after its end'),
} as const;
