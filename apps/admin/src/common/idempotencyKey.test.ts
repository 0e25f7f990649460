import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotencyKey';

describe('idempotency keys', () => {
  it('uses randomUUID where the browser has it', () => {
    expect(
      newIdempotencyKey({
        randomUUID: () => 'k-1',
        getRandomValues: (a: Uint8Array) => a,
      } as unknown as Crypto),
    ).toBe('k-1');
  });

  it('makes a version-4 UUID from random bytes on plain http', () => {
    const fake = {
      getRandomValues: <T extends ArrayBufferView | null>(a: T) => {
        (a as unknown as Uint8Array).fill(0xff);
        return a;
      },
    };
    expect(newIdempotencyKey(fake)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    const a = newIdempotencyKey({ getRandomValues: (x) => crypto.getRandomValues(x) });
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(newIdempotencyKey({ getRandomValues: (x) => crypto.getRandomValues(x) }));
  });
});
