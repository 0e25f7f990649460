import { problem } from '../problem.js';

/** Anniversaries of date fields (birthdays, wedding days) in the customer filter. */
export const anniversaryProblems = {
  FILTER_VALUE_MONTH: problem('BAD_USER_INPUT', 'Expected a month from 1 to 12, Gregorian or Jalali'),
} as const;
