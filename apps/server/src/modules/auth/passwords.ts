import argon2 from 'argon2';

/** How much memory (KiB), how many passes and lanes (one when not said) one argon2id hash costs. */
export interface PasswordHashCost {
  memoryCost: number;
  timeCost: number;
  parallelism?: number;
}

/**
 * OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): a sign-in verifies in tens of milliseconds,
 * where argon2's own default (64 MiB, 3 passes, 4 lanes) took 0.35–0.7 s on a busy 2-core machine
 * and held the first screen back. PATRON_PASSWORD_MEMORY_KIB and PATRON_PASSWORD_PASSES raise it.
 */
export const DEFAULT_PASSWORD_HASH_COST: PasswordHashCost = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/**
 * Staff passwords as argon2id hashes. The cost is the app's (tests choose a cheap one: their
 * passwords guard nothing); a hash records its own cost, so verifying works whatever made it.
 */
export class Passwords {
  private dummy: Promise<string> | null = null;

  private readonly cost: Required<PasswordHashCost>;

  constructor(cost: PasswordHashCost = DEFAULT_PASSWORD_HASH_COST) {
    this.cost = { parallelism: 1, ...cost };
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.cost });
  }

  /** A hash made at another cost (or by another argon2 version): hashed again at sign-in, when the password is known. */
  isOutdated(hash: string): boolean {
    try {
      return !hash.startsWith('$argon2id$') || argon2.needsRehash(hash, this.cost);
    } catch {
      return true;
    }
  }

  verify(hash: string, password: string): Promise<boolean> {
    return argon2.verify(hash, password);
  }

  /** Verified against when an email is unknown, so both paths cost one verification. */
  verifyNobody(password: string): Promise<boolean> {
    this.dummy ??= this.hash('patron-timing-equaliser');
    return this.dummy.then((hash) => argon2.verify(hash, password));
  }
}
