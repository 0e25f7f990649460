import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('the per-key token bucket', () => {
  it('allows a minute’s worth at once, then one more per 60/limit seconds', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 60; i++) expect(limiter.take('a', 60)).toBe(0);
    expect(limiter.take('a', 60)).toBe(1);
    now += 999;
    expect(limiter.take('a', 60)).toBe(1);
    now += 1;
    expect(limiter.take('a', 60)).toBe(0);
    expect(limiter.take('a', 60)).toBe(1);
  });

  it('says how long until the next request is allowed, and keeps keys apart', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    expect(limiter.take('slow', 2)).toBe(0);
    expect(limiter.take('slow', 2)).toBe(0);
    expect(limiter.take('slow', 2)).toBe(30);
    expect(limiter.take('other', 2)).toBe(0);
    now += 10_000;
    expect(limiter.take('slow', 2)).toBe(20);
    now += 20_000;
    expect(limiter.take('slow', 2)).toBe(0);
  });

  it('never holds more than one minute’s allowance', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    limiter.take('a', 5);
    now += 3_600_000;
    for (let i = 0; i < 5; i++) expect(limiter.take('a', 5)).toBe(0);
    expect(limiter.take('a', 5)).toBeGreaterThan(0);
  });
});
