import type { ServerKeys } from './server-keys.js';

/**
 * `<payload>.<signature>` in base64url, the HMAC over the payload (prefixed by its purpose when it has
 * one, so a token signed for one kind of link is no token for another). Nothing is stored: the
 * signature is what makes a link ours. Unsubscribe links sign without a purpose, as they always did.
 */
export function signedToken(keys: ServerKeys, payload: Buffer, purpose = ''): string {
  return `${payload.toString('base64url')}.${keys.sign(signedBytes(payload, purpose)).toString('base64url')}`;
}

/** The payload of a token this server signed for `purpose`; null for anything else. */
export function readSignedToken(
  keys: ServerKeys,
  token: string,
  limits: { purpose?: string; minBytes: number; maxLength: number },
): Buffer | null {
  const [payloadText, signatureText, extra] = token.split('.');
  if (!payloadText || !signatureText || extra !== undefined || token.length > limits.maxLength) return null;
  const payload = Buffer.from(payloadText, 'base64url');
  const signature = Buffer.from(signatureText, 'base64url');
  if (payload.length < limits.minBytes || !keys.verify(signedBytes(payload, limits.purpose ?? ''), signature))
    return null;
  return payload;
}

const signedBytes = (payload: Buffer, purpose: string) =>
  purpose ? Buffer.concat([Buffer.from(`${purpose}\0`, 'utf8'), payload]) : payload;

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
