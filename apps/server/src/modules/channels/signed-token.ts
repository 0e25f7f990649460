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
