import { problem } from '../problem.js';

/** Rows of a points and balance history import (ledger history) that cannot become an operation. */
export const operationImportProblems = {
  IMPORT_ROW_OPERATION_DATE: problem(
    'BAD_USER_INPUT',
    'Write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM, Gregorian or Jalali (ISO 8601)',
  ),
} as const;
