import { problem } from '../problem.js';

/** Getting customers out as a CSV or XLSX file. */
export const exportProblems = {
  EXPORT_COLUMNS_REQUIRED: problem('BAD_USER_INPUT', 'Choose at least one column'),
  EXPORT_COLUMNS_TOO_MANY: problem('BAD_USER_INPUT', 'Choose at most {max} columns'),
  EXPORT_COLUMN_FORBIDDEN: problem(
    'FORBIDDEN',
    'Your role cannot read the column {column} (needs {permission})',
  ),
  EXPORT_NOT_FOUND: problem('NOT_FOUND', 'Export not found'),
  EXPORT_NOT_READY: problem('CONFLICT', 'The export is not finished yet'),
  EXPORT_EXPIRED: problem(
    'NOT_FOUND',
    'The file of this export was kept {hours} hours and is gone; export again',
  ),
  EXPORT_FAILED: problem('CONFLICT', 'The export stopped on an unexpected error; try again'),
  EXPORT_CANCELLED: problem('CONFLICT', 'The export was cancelled'),
} as const;
