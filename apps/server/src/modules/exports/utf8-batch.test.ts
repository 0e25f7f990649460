import { describe, expect, it } from 'vitest';
import { Utf8Batch } from './utf8-batch.js';

describe('a batch of text as UTF-8', () => {
  it('gives back what was added since the last take, growing past its first size', () => {
    const batch = new Utf8Batch(8);
    batch.add('abc');
    batch.add('سلام');
    batch.add('Ёж 🙂');
    expect(batch.take().toString('utf8')).toBe('abcسلامЁж 🙂');
    expect(batch.take().length).toBe(0);
    const long = 'ب'.repeat(100_000);
    batch.add('x');
    batch.add(long);
    const taken = batch.take();
    expect(taken.toString('utf8')).toBe(`x${long}`);
    expect(taken.length).toBe(Buffer.byteLength(`x${long}`));
  });
});
