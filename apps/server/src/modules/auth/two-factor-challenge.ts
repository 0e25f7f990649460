import { createHash } from 'node:crypto';
import type { ServerKeys } from '../channels/server-keys.js';
import { readSignedToken, signedToken, uuidBytes, uuidText } from '../channels/signed-token.js';

/** Time from a right password to the code: enough to open the app, short enough to be useless later. */
export const CHALLENGE_SECONDS = 5 * 60;
const PURPOSE = 'sign-in-challenges';

/** What a challenge is bound to: who, and their password and secret as they were (a change ends it). */
export interface ChallengeSubject {
  id: string;
  passwordHash: string;
  twoFactorSecret?: string | null;
}

const fingerprint = (s: ChallengeSubject) =>
  createHash('sha256')
    .update(`${s.passwordHash}\0${s.twoFactorSecret ?? ''}`)
    .digest()
    .subarray(0, 8);

/**
 * `<payload>.<signature>` in base64url: the staff id (16 bytes), the expiry (seconds, 8 bytes) and a
 * fingerprint of their password hash and secret (8 bytes), signed with the sign-in challenge key.
 * Nothing is stored; wrong codes are counted by the sign-in throttle, not by the challenge.
 */
export function issueChallenge(keys: ServerKeys, staff: ChallengeSubject, now = Date.now()): string {
  const expires = Buffer.alloc(8);
  expires.writeBigUInt64BE(BigInt(Math.floor(now / 1000) + CHALLENGE_SECONDS));
  return signedToken(keys, Buffer.concat([uuidBytes(staff.id), expires, fingerprint(staff)]), PURPOSE);
}

/** The staff id of a challenge this server signed and that has not expired; null for anything else. */
export function challengedStaffId(keys: ServerKeys, token: string, now = Date.now()): string | null {
  const payload = readSignedToken(keys, token, { purpose: PURPOSE, minBytes: 32, maxLength: 200 });
  if (payload?.length !== 32 || Number(payload.readBigUInt64BE(16)) * 1000 <= now) return null;
  return uuidText(payload.subarray(0, 16));
}

/** Whether the challenge was issued for the staff member as they are now (same password and secret). */
export function challengeStillFits(token: string, staff: ChallengeSubject): boolean {
  const payload = Buffer.from(token.split('.')[0] ?? '', 'base64url');
  return payload.length === 32 && payload.subarray(24).equals(fingerprint(staff));
}
