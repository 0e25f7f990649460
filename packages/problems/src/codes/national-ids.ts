import { problem } from '../problem.js';

/** The national-ids plugin's formats: Iranian national codes, Russian INN and SNILS. */
export const nationalIdProblems = {
  NATIONAL_CODE_INVALID: problem(
    'BAD_USER_INPUT',
    'Expected an Iranian national code: 10 digits whose last is the check digit, got {got}',
  ),
  INN_INVALID: problem(
    'BAD_USER_INPUT',
    'Expected an INN: 10 digits (organisation) or 12 digits (individual) with valid check digits, got {got}',
  ),
  SNILS_INVALID: problem(
    'BAD_USER_INPUT',
    'Expected a SNILS: 11 digits whose last two are the check number, got {got}',
  ),
} as const;
