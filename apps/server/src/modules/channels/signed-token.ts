import { timingSafeEqual } from 'node:crypto';
import type { ServerKeys, SigningPurpose } from './server-keys.js';

/**
 * `<payload>.<signature>` in base64url, the HMAC over the payload with the purpose's own key (a token
 * signed for one kind of link is no token for another). Nothing is stored: the signature is what
 * makes a link ours.
 */
export function signedToken(keys: ServerKeys, payload: Buffer, purpose: SigningPurpose): string {
  return `${payload.toString('base64url')}.${keys.sign(payload, purpose).toString('base64url')}`;
}

/** The payload of a token this server signed for `purpose`; null for anything else. */
export function readSignedToken(
  keys: ServerKeys,
  token: string,
  limits: { purpose: SigningPurpose; minBytes: number; maxLength: number },
): Buffer | null {
  const [payloadText, signatureText, extra] = token.split('.');
  if (!payloadText || !signatureText || extra !== undefined || token.length > limits.maxLength) return null;
  const payload = Buffer.from(payloadText, 'base64url');
  const signature = Buffer.from(signatureText, 'base64url');
  if (payload.length < limits.minBytes || !keys.verify(payload, signature, limits.purpose)) return null;
  return payload;
}

/**
 * The HMAC's first bytes a compact token keeps: a forger has one chance in 2^64 per request, and
 * every guess is a request we answer, so 64 bits hold as well as the whole 256 do.
 */
export const COMPACT_MAC_BYTES = 8;

/**
 * A token short enough for a text message (an SMS pays by the character): the payload and the first
 * COMPACT_MAC_BYTES of its HMAC as one base64url string, no separator (the signature's length is
 * fixed).
 */
export function compactToken(keys: ServerKeys, payload: Buffer, purpose: SigningPurpose): string {
  const mac = keys.sign(payload, purpose).subarray(0, COMPACT_MAC_BYTES);
  return Buffer.concat([payload, mac]).toString('base64url');
}

/** The payload of a compact token this server signed for `purpose`; null for anything else. */
export function readCompactToken(
  keys: ServerKeys,
  token: string,
  limits: { purpose: SigningPurpose; minBytes: number; maxLength: number },
): Buffer | null {
  if (token.length > limits.maxLength || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  // One spelling per token: the unused bits of the last character would otherwise give it several.
  if (bytes.toString('base64url') !== token) return null;
  if (bytes.length < limits.minBytes + COMPACT_MAC_BYTES) return null;
  const payload = bytes.subarray(0, bytes.length - COMPACT_MAC_BYTES);
  const mac = bytes.subarray(bytes.length - COMPACT_MAC_BYTES);
  const expected = keys.sign(payload, limits.purpose).subarray(0, COMPACT_MAC_BYTES);
  return timingSafeEqual(mac, expected) ? payload : null;
}

const uuidHex = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid's 16 bytes (the caller checks it is one). */
export const uuidBytes = (id: string): Buffer => {
  if (!uuidHex.test(id)) throw new Error('signed token: not a uuid');
  return Buffer.from(id.replace(/-/g, ''), 'hex');
};

export const uuidText = (b: Buffer): string => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
