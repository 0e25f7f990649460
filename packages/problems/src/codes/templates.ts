import { problem } from '../problem.js';

/**
 * Message templates. The template errors name where: `language` (en, ru, fa), `part` (subject, text,
 * html), and the `line` and `column` in that part.
 */
export const templateProblems = {
  TEMPLATE_NOT_FOUND: problem('NOT_FOUND', 'Message template not found'),
  TEMPLATE_NAME_TAKEN: problem('BAD_USER_INPUT', 'Another template is called {name}'),
  TEMPLATE_CHANNEL_INVALID: problem(
    'BAD_USER_INPUT',
    'A channel is written in capitals, like EMAIL, SMS or TELEGRAM ({channel})',
  ),
  TEMPLATE_LANGUAGES_REQUIRED: problem('BAD_USER_INPUT', 'Write the message in at least one language'),
  TEMPLATE_LANGUAGE_REPEATED: problem('BAD_USER_INPUT', 'The language {language} is given twice'),
  TEMPLATE_PART_NOT_FOR_CHANNEL: problem('BAD_USER_INPUT', 'A {channel} message has no {part}'),
  TEMPLATE_BODY_REQUIRED: problem('BAD_USER_INPUT', 'Write the text or the HTML of the {language} email'),
  TEMPLATE_SYNTAX: problem(
    'BAD_USER_INPUT',
    'Template error in {language} {part}, line {line}, column {column}: {message}',
  ),
  TEMPLATE_TAG_FORBIDDEN: problem(
    'BAD_USER_INPUT',
    'The tag {tag} is not allowed in messages ({language} {part}, line {line}, column {column})',
  ),
  TEMPLATE_VARIABLE_UNKNOWN: problem(
    'BAD_USER_INPUT',
    'Unknown variable {variable} in {language} {part}, line {line}, column {column}',
  ),
  TEMPLATE_VARIABLE_MISSING: problem(
    'BAD_USER_INPUT',
    'The customer has no value for {variable}; give a fallback with the default filter',
  ),
  TEMPLATE_RENDER_FAILED: problem('BAD_USER_INPUT', 'The message could not be rendered: {message}'),
} as const;
