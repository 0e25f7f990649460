import { type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import { isPushServiceHost } from './push-service-hosts.js';

/** What a browser's `PushSubscription.toJSON()` gives: the endpoint and its two keys. */
export interface PushSubscriptionInput {
  endpoint: string;
  p256dh: string;
  auth: string;
}

const ENDPOINT_MAX = 2000;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** The bytes of an unpadded (or padded) base64url text, or null when it is not one. */
function bytesOf(text: string): Buffer | null {
  return BASE64URL.test(text) ? Buffer.from(text.replace(/=+$/, ''), 'base64url') : null;
}

/**
 * Checks a subscription as the browser posted it. RFC 8030 push services are reached over https
 * only, and only at the known push services (`serviceHosts`); p256dh is an uncompressed P-256 point (65 bytes starting 0x04) and auth a 16-byte secret
 * (RFC 8291), so anything else could never be encrypted to and is refused now, not at send time.
 */
export function checkSubscription(
  input: PushSubscriptionInput,
  serviceHosts: readonly string[],
): {
  subscription: PushSubscriptionInput;
  problems: FieldProblem[];
} {
  const endpoint = input.endpoint.trim();
  const p256dh = input.p256dh.trim().replace(/=+$/, '');
  const auth = input.auth.trim().replace(/=+$/, '');
  const problems: FieldProblem[] = [];
  if (!isHttpsUrl(endpoint, serviceHosts) || endpoint.length > ENDPOINT_MAX)
    problems.push(fieldProblem(['input', 'endpoint'], 'PUSH_ENDPOINT_INVALID'));
  const point = bytesOf(p256dh);
  if (point?.length !== 65 || point[0] !== 0x04)
    problems.push(fieldProblem(['input', 'p256dh'], 'PUSH_KEY_INVALID'));
  if (bytesOf(auth)?.length !== 16) problems.push(fieldProblem(['input', 'auth'], 'PUSH_KEY_INVALID'));
  return { subscription: { endpoint, p256dh, auth }, problems };
}

function isHttpsUrl(value: string, serviceHosts: readonly string[]): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && isPushServiceHost(url.hostname, serviceHosts);
  } catch {
    return false;
  }
}
