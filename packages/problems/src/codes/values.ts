import { problem } from '../problem.js';

/**
 * A value that does not fit its attribute's type. `got` describes what was sent (quoted text, or
 * "a list", "the number 5"…), for the English message; translations may leave it out.
 */
export const valueProblems = {
  VALUE_NOT_TEXT: problem('BAD_USER_INPUT', 'Expected text, got {got}'),
  VALUE_UNSTORABLE: problem('BAD_USER_INPUT', 'The text contains characters that cannot be stored'),
  VALUE_TOO_LONG: problem('BAD_USER_INPUT', 'The text is longer than {max} characters ({length})'),
  VALUE_NOT_NUMBER: problem('BAD_USER_INPUT', 'Expected a number, got {got}'),
  VALUE_NOT_MONEY: problem('BAD_USER_INPUT', 'Expected an amount of money, got {got}'),
  VALUE_MONEY_DECIMALS: problem('BAD_USER_INPUT', 'Expected an amount with at most 2 decimals, got {got}'),
  VALUE_NOT_DATE: problem('BAD_USER_INPUT', 'Expected a date as YYYY-MM-DD, got {got}'),
  VALUE_YEAR_RANGE: problem('BAD_USER_INPUT', 'Expected a year from {min} to {max}, got {got}'),
  VALUE_NOT_DATETIME: problem(
    'BAD_USER_INPUT',
    'Expected a date and time in ISO 8601 form such as 2024-05-01T14:30:00Z, got {got}',
  ),
  VALUE_NOT_BOOLEAN: problem('BAD_USER_INPUT', 'Expected true or false, got {got}'),
  VALUE_NOT_CHOICE: problem('BAD_USER_INPUT', '{got} is not one of the choices: {choices}'),
  VALUE_NOT_CHOICE_LIST: problem('BAD_USER_INPUT', 'Expected a list of choices, got {got}'),
  VALUE_NOT_PHONE: problem('BAD_USER_INPUT', 'Not a valid phone number: {got}'),
  PHONE_COUNTRY_UNKNOWN: problem('BAD_USER_INPUT', 'Not a country phone numbers can belong to: {country}'),
  VALUE_NOT_EMAIL: problem('BAD_USER_INPUT', 'Not a valid email address: {got}'),
  VALUE_NOT_URL: problem(
    'BAD_USER_INPUT',
    'Expected a web address starting with http:// or https://, got {got}',
  ),
  VALUE_URL_TOO_LONG: problem('BAD_USER_INPUT', 'Expected a web address of at most {max} characters'),
  VALUE_NOT_ADDRESS: problem(
    'BAD_USER_INPUT',
    'Expected an address as text or as an object with text, lat and lng, got {got}',
  ),
  VALUE_ADDRESS_FIELD: problem('BAD_USER_INPUT', 'An address has only text, lat and lng, not {field}'),
  VALUE_ADDRESS_TEXT_REQUIRED: problem('BAD_USER_INPUT', 'An address needs its text'),
  VALUE_ADDRESS_COORDINATE: problem(
    'BAD_USER_INPUT',
    '{name} must be a number from -{limit} to {limit}, got {got}',
  ),
  VALUE_ADDRESS_BOTH_COORDINATES: problem('BAD_USER_INPUT', 'Give both lat and lng, or neither'),
} as const;
