import { describe, expect, it } from 'vitest';
import { identityValues, metAnotherChunk, sharesAny } from './chunk-overlap.js';
import type { MappedRow } from './import-rows.js';

const row = (values: Record<string, unknown>): MappedRow => ({
  line: 2,
  values,
  tags: [],
  balances: [],
  consents: [],
  cells: [],
  problem: null,
  problemColumn: null,
  original: [],
});

describe('chunks written at once (chunk-overlap)', () => {
  it('a chunk’s identity values are its mobiles, emails, card numbers and external ids, by attribute', () => {
    const values = identityValues([
      row({ mobile: '+989121234567', email: 'a@b.test', firstName: 'Sara', city: 'Qom' }),
      row({ cardNumber: 'C7', externalId: 'X-1', mobile: '' }),
    ]);
    expect([...values].sort()).toEqual(
      ['cardNumber C7', 'email a@b.test', 'externalId X-1', 'mobile +989121234567'].sort(),
    );
  });

  it('two chunks share a value only for the same attribute and the same value', () => {
    const mobile = identityValues([row({ mobile: '+79161234567' })]);
    expect(sharesAny(mobile, identityValues([row({ mobile: '+79161234567', email: 'x@y.test' })]))).toBe(
      true,
    );
    expect(sharesAny(mobile, identityValues([row({ externalId: '+79161234567' })]))).toBe(false);
    expect(sharesAny(mobile, new Set())).toBe(false);
  });

  it('a deadlock, a serialization failure or a unique value is met from the other chunk; other errors are not', () => {
    expect(metAnotherChunk(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe(true);
    expect(metAnotherChunk(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(true);
    expect(metAnotherChunk(Object.assign(new Error('could not serialize'), { code: '40001' }))).toBe(true);
    expect(metAnotherChunk(Object.assign(new Error('check'), { code: '23514' }))).toBe(false);
    expect(metAnotherChunk(new Error('no code'))).toBe(false);
    expect(metAnotherChunk(null)).toBe(false);
  });
});
