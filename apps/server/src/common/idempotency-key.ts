import { isBlank } from './text.js';

/**
 * A key a client gives a request so that retrying it does nothing twice: 1–200 characters that show
 * something. A key of spaces is a client bug (an empty field padded), and every such client would
 * share it, so the second one would get the first one's answer.
 */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && !isBlank(value);
}
