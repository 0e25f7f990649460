import { isUuid } from '../../common/ids.js';
import type { ServerKeys } from './server-keys.js';

export interface UnsubscribeTarget {
  workspaceId: string;
  customerId: string;
  consentKind: string;
}

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidText = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/**
 * `<payload>.<signature>` in base64url: the workspace and customer ids (16 bytes each) and the consent
 * kind, signed with HMAC-SHA256. Nothing is stored: the signature is what makes the link ours.
 */
export function unsubscribeToken(keys: ServerKeys, target: UnsubscribeTarget): string {
  if (!isUuid(target.workspaceId) || !isUuid(target.customerId)) throw new Error('unsubscribe: not uuids');
  const payload = Buffer.concat([
    uuidBytes(target.workspaceId),
    uuidBytes(target.customerId),
    Buffer.from(target.consentKind, 'utf8'),
  ]);
  return `${payload.toString('base64url')}.${keys.sign(payload).toString('base64url')}`;
}

/** The target of a token this server signed; null for anything else (tampered, foreign, garbage). */
export function readUnsubscribeToken(keys: ServerKeys, token: string): UnsubscribeTarget | null {
  const [payloadText, signatureText, extra] = token.split('.');
  if (!payloadText || !signatureText || extra !== undefined || token.length > 200) return null;
  const payload = Buffer.from(payloadText, 'base64url');
  const signature = Buffer.from(signatureText, 'base64url');
  if (payload.length <= 32 || !keys.verify(payload, signature)) return null;
  return {
    workspaceId: uuidText(payload.subarray(0, 16)),
    customerId: uuidText(payload.subarray(16, 32)),
    consentKind: payload.subarray(32).toString('utf8'),
  };
}
