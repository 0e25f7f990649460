import type { PatronServices } from '@patron/sdk';
import { refusal, withHttp } from '../../graphql/errors.js';
import type { ApiKeyCaller } from './api-key.service.js';

/**
 * The API key of a request that has an `Authorization` header, or null when it has none. A request
 * with the header is the key's alone: it is never taken as anonymous, nor as the staff member of a
 * cookie it also carries. A malformed, unknown, revoked or expired key is refused with HTTP 401; one
 * over its rate limit with HTTP 429 and `Retry-After`.
 */
export async function apiKeyOf(
  services: PatronServices,
  authorization: string | undefined,
): Promise<ApiKeyCaller | null> {
  if (authorization === undefined) return null;
  const bearer = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
  const result = bearer
    ? await services.apiKeys.present(bearer)
    : ({ ok: false, code: 'API_KEY_INVALID' } as const);
  if (result.ok) return result.caller;
  if (result.code === 'API_KEY_RATE_LIMITED') {
    const { limit, retryAfterSeconds } = result;
    throw withHttp(refusal('API_KEY_RATE_LIMITED', { limit, retryAfterSeconds }), 429, {
      'retry-after': String(retryAfterSeconds),
    });
  }
  throw withHttp(refusal(result.code), 401, { 'www-authenticate': 'Bearer' });
}
