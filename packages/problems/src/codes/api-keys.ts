import { problem } from '../problem.js';

/** API keys for partner apps: presenting one, its rate limit, and managing keys. */
export const apiKeyProblems = {
  API_KEY_INVALID: problem('UNAUTHENTICATED', 'This API key is not valid'),
  API_KEY_REVOKED: problem('UNAUTHENTICATED', 'This API key was revoked'),
  API_KEY_EXPIRED: problem('UNAUTHENTICATED', 'This API key has expired'),
  API_KEY_RATE_LIMITED: problem(
    'RATE_LIMITED',
    'This API key is over its limit of {limit} requests a minute; retry in {retryAfterSeconds} s',
  ),
  API_KEY_PERSON_ONLY: problem('FORBIDDEN', 'An API key cannot do this; a person must sign in'),
  API_KEY_NOT_FOUND: problem('NOT_FOUND', 'API key not found'),
  API_KEY_PERMISSIONS_REQUIRED: problem('BAD_USER_INPUT', 'Choose at least one permission'),
  API_KEY_PERMISSION_UNKNOWN: problem('BAD_USER_INPUT', 'There is no permission {permission}'),
  API_KEY_PERMISSION_PERSON_ONLY: problem(
    'BAD_USER_INPUT',
    'The permission {permission} is for people only, never for a key',
  ),
} as const;
