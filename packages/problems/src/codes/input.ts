import { problem } from '../problem.js';

/** Input that is not what it claims to be: text PostgreSQL cannot store, files that are not CSV, numbers in other notations. */
export const inputProblems = {
  TEXT_UNSTORABLE: problem(
    'BAD_USER_INPUT',
    'Contains a character that cannot be stored (a NUL or half of a broken character)',
  ),
  CSV_QUOTE_NOT_CLOSED: problem('BAD_USER_INPUT', 'The quote opened on line {line} is never closed'),
  CSV_NOT_TEXT: problem('BAD_USER_INPUT', 'Line {line} is not text: save the file as CSV'),
  CSV_UNREADABLE: problem('BAD_USER_INPUT', 'Line {line} cannot be read as CSV'),
  NUMBER_FORMAT: problem(
    'BAD_USER_INPUT',
    'Write the number in digits with at most one decimal point, like 12.5',
  ),
} as const;
