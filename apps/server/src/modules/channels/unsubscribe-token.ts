import type { ServerKeys } from './server-keys.js';
import { readSignedToken, signedToken, uuidBytes, uuidText } from './signed-token.js';

export interface UnsubscribeTarget {
  workspaceId: string;
  customerId: string;
  consentKind: string;
}

/** The workspace and customer ids (16 bytes each) and the consent kind, signed (signed-token.ts). */
export function unsubscribeToken(keys: ServerKeys, target: UnsubscribeTarget): string {
  const payload = Buffer.concat([
    uuidBytes(target.workspaceId),
    uuidBytes(target.customerId),
    Buffer.from(target.consentKind, 'utf8'),
  ]);
  return signedToken(keys, payload, 'unsubscribe-links');
}

/** The target of a token this server signed; null for anything else (tampered, foreign, garbage). */
export function readUnsubscribeToken(keys: ServerKeys, token: string): UnsubscribeTarget | null {
  const payload = readSignedToken(keys, token, {
    purpose: 'unsubscribe-links',
    minBytes: 33,
    maxLength: 200,
  });
  if (!payload) return null;
  return {
    workspaceId: uuidText(payload.subarray(0, 16)),
    customerId: uuidText(payload.subarray(16, 32)),
    consentKind: payload.subarray(32).toString('utf8'),
  };
}
