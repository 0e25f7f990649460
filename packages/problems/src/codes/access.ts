import { problem } from '../problem.js';

/** Signing in, roles and staff settings. */
export const accessProblems = {
  UNAUTHENTICATED: problem('UNAUTHENTICATED', 'Sign in first'),
  FORBIDDEN: problem('FORBIDDEN', 'Your role does not allow this (needs {permissions})'),
  SIGN_IN_FAILED: problem('UNAUTHENTICATED', 'Wrong email or password'),
  SIGN_IN_THROTTLED: problem('RATE_LIMITED', 'Too many failed sign-ins; try again in {minutes} min'),
  EMAIL_INVALID: problem('BAD_USER_INPUT', 'Not a valid email address'),
  PASSWORD_TOO_SHORT: problem('BAD_USER_INPUT', 'Use at least {min} characters'),
  STAFF_EMAIL_TAKEN: problem('BAD_USER_INPUT', 'A staff member already uses this email'),
  COLUMN_UNKNOWN: problem('BAD_USER_INPUT', 'Unknown or repeated field {key}'),
  COLUMN_WIDTH: problem('BAD_USER_INPUT', 'A width is {min} to {max} pixels'),
} as const;
