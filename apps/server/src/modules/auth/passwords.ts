import argon2 from 'argon2';

/** How much memory (KiB) and how many passes one argon2id hash costs. */
export interface PasswordHashCost {
  memoryCost: number;
  timeCost: number;
}

/** argon2's own defaults (64 MiB, 3 passes), above OWASP's minimum for argon2id. */
export const DEFAULT_PASSWORD_HASH_COST: PasswordHashCost = { memoryCost: 65_536, timeCost: 3 };

/**
 * Staff passwords as argon2id hashes. The cost is the app's (tests choose a cheap one: their
 * passwords guard nothing); a hash records its own cost, so verifying works whatever made it.
 */
export class Passwords {
  private dummy: Promise<string> | null = null;

  constructor(private readonly cost: PasswordHashCost = DEFAULT_PASSWORD_HASH_COST) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.cost });
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
