import { problem } from '../problem.js';

/** What the API refuses to protect itself: oversized or malformed requests, floods, slow queries. */
export const apiLimitProblems = {
  QUERY_TOO_COMPLEX: problem('BAD_USER_INPUT', 'The query costs {cost}; at most {max} is allowed'),
  QUERY_TOO_DEEP: problem('BAD_USER_INPUT', 'The query nests {depth} levels; at most {max} are allowed'),
  QUERY_TOO_MANY_ALIASES: problem(
    'BAD_USER_INPUT',
    'The query has {count} aliases; at most {max} are allowed',
  ),
  QUERY_TOO_MANY_DIRECTIVES: problem(
    'BAD_USER_INPUT',
    'The query has {count} directives; at most {max} are allowed',
  ),
  QUERY_TOO_LONG: problem('BAD_USER_INPUT', 'The query has more than {max} tokens'),
  INTROSPECTION_SIGNED_IN_ONLY: problem('UNAUTHENTICATED', 'Sign in to read the schema'),
  REQUESTS_THROTTLED: problem('RATE_LIMITED', 'Too many requests; try again in {seconds} s'),
  REQUEST_TIMED_OUT: problem(
    'BAD_USER_INPUT',
    'The request ran longer than {seconds} s and was stopped; ask for less at once',
  ),
  BODY_TOO_LARGE: problem('BAD_USER_INPUT', 'The request body is larger than {max}'),
  FILE_TOO_LARGE: problem('BAD_USER_INPUT', 'The file is larger than {max}, the most that can be uploaded'),
  BODY_NOT_JSON: problem('BAD_USER_INPUT', 'The request body is not valid JSON'),
  BODY_ENCODING: problem('BAD_USER_INPUT', 'Send the body in UTF-8 (got {encoding})'),
  BODY_CONTENT_TYPE: problem('BAD_USER_INPUT', 'Send the body as {expected} (got {type})'),
  UPLOAD_HEADER_REQUIRED: problem('BAD_USER_INPUT', 'Uploads need the header {header}'),
  UPLOAD_EMPTY: problem('BAD_USER_INPUT', 'The uploaded file is empty'),
  UPLOADED_FILE_NOT_FOUND: problem(
    'NOT_FOUND',
    'No uploaded file with this id (files are kept {hours} h); upload it again',
  ),
} as const;
