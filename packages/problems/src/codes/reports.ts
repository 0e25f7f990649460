import { problem } from '../problem.js';

/** The reports dashboard and its export: the period asked for. */
export const reportProblems = {
  REPORT_PERIOD_REVERSED: problem('BAD_USER_INPUT', 'The end of the period must come after its start'),
  REPORT_PERIOD_TOO_LONG: problem('BAD_USER_INPUT', 'A period of at most {years} years'),
  REPORT_TOO_MANY_BUCKETS: problem(
    'BAD_USER_INPUT',
    'At most {max} points per chart: choose weeks or months, or a shorter period',
  ),
} as const;
