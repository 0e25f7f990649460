import { problem } from '../problem.js';

/** Refusals any form or API call can meet. */
export const commonProblems = {
  REQUIRED: problem('BAD_USER_INPUT', 'This field is required'),
  TOO_LONG: problem('BAD_USER_INPUT', 'At most {max} characters'),
  TOO_MANY_ITEMS: problem('BAD_USER_INPUT', 'At most {max} items'),
  LIST_EXPECTED: problem('BAD_USER_INPUT', 'A list'),
  NUMBER_RANGE: problem('BAD_USER_INPUT', 'A number from {min} to {max}'),
  NOT_NEGATIVE: problem('BAD_USER_INPUT', 'A value of 0 or more'),
  POSITION_FROM_ONE: problem('BAD_USER_INPUT', 'A position from 1'),
  MONEY_FORMAT: problem('BAD_USER_INPUT', 'An amount of money with at most two decimals'),
  MORE_THAN_ZERO: problem('BAD_USER_INPUT', 'Must be more than zero'),
  CANNOT_BE_NEGATIVE: problem('BAD_USER_INPUT', 'Cannot be negative'),
  TOO_LARGE: problem('BAD_USER_INPUT', 'Too large'),
  PAGE_SIZE: problem('BAD_USER_INPUT', 'Ask for 1 to {max} per page'),
  CURSOR_INVALID: problem('BAD_USER_INPUT', 'This cursor was not made by this list'),
  KEY_FORMAT: problem(
    'BAD_USER_INPUT',
    'Use 1–31 lower-case Latin letters, digits or _, starting with a letter',
  ),
  NAME_IN_ONE_LANGUAGE: problem('BAD_USER_INPUT', 'Give a name in at least one language'),
  IDEMPOTENCY_KEY_FORMAT: problem(
    'BAD_USER_INPUT',
    'Give every request a key of 1–200 characters, the same when retrying',
  ),
  IDEMPOTENCY_KEY_REUSED: problem(
    'CONFLICT',
    'This idempotency key was already used for a different {request}',
  ),
} as const;
