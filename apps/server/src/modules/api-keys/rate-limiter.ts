/**
 * Requests per minute per key, as a token bucket: a key may spend its whole minute's allowance in a
 * burst, then gets `perMinute / 60` requests back each second. Kept in this process's memory: with
 * several server processes behind a balancer each allows the full rate, so a key's real ceiling is
 * the limit times the number of processes.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one request from the key's bucket: 0 when allowed, else the whole seconds to wait. */
  take(keyId: string, perMinute: number): number {
    const now = this.now();
    const perMs = perMinute / 60_000;
    const bucket = this.buckets.get(keyId) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(keyId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  /** A revoked key's bucket is of no more use. */
  forget(keyId: string): void {
    this.buckets.delete(keyId);
  }
}
