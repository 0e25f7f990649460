import { createHash, randomBytes } from 'node:crypto';

/**
 * A key reads `ptn_<prefix>_<secret>`: `ptn_` makes it recognisable (and findable by secret scanners
 * in code and logs), the 8-character prefix is shown in the key list to tell keys apart, the secret
 * is 32 random bytes (256 bits) in base64url.
 */
const KEY_PATTERN = /^ptn_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export interface NewKey {
  key: string;
  prefix: string;
  hash: string;
}

/**
 * Stored as SHA-256, not argon2: a slow hash protects passwords people choose, which can be guessed;
 * a 256-bit random secret cannot be guessed at any speed, so a fast hash loses nothing and keeps the
 * check of every partner request cheap.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function newKey(): NewKey {
  const bytes = randomBytes(8);
  const prefix = [...bytes].map((b) => PREFIX_ALPHABET[b % PREFIX_ALPHABET.length]).join('');
  const key = `ptn_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashKey(key) };
}

/** The hash of a well-formed key, or null for anything else (never looked up). */
export function hashOfPresented(key: string): string | null {
  return KEY_PATTERN.test(key) ? hashKey(key) : null;
}
