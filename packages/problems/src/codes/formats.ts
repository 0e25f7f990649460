import { problem } from '../problem.js';

/**
 * Formats modules add on top of an attribute type (an Iranian national code on text…). `format` is
 * the format's key; `got` describes what was sent, for the English message.
 */
export const formatProblems = {
  ATTRIBUTE_FORMAT_UNKNOWN: problem('BAD_USER_INPUT', 'No enabled module provides the format "{format}"'),
  ATTRIBUTE_FORMAT_TYPE: problem('BAD_USER_INPUT', 'The format "{format}" applies to {base} attributes'),
  ATTRIBUTE_FORMAT_NONE: problem(
    'BAD_USER_INPUT',
    'The attribute "{key}" has no format to check its values by',
  ),
  VALUE_FORMAT_REFUSED: problem('BAD_USER_INPUT', 'Not a valid value of the format "{format}": {got}'),
  VALUE_FORMAT_FAILED: problem('BAD_USER_INPUT', 'The format "{format}" could not check this value'),
} as const;
