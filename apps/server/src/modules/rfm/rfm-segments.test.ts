import { describe, expect, it } from 'vitest';
import { cellPairs, RFM_SEGMENT_TABLE, RFM_SEGMENTS, segmentOf } from './rfm-segments.js';

const ALL_PAIRS = [1, 2, 3, 4, 5].flatMap((r) => [1, 2, 3, 4, 5].map((f) => [r, f] as const));

describe('the RFM segment table', () => {
  it('has the 11 segments, each named in en, ru and fa', () => {
    expect(RFM_SEGMENTS).toHaveLength(11);
    expect(new Set(RFM_SEGMENTS).size).toBe(11);
    for (const s of RFM_SEGMENT_TABLE) {
      expect(s.label.en && s.label.ru && s.label.fa, s.segment).toBeTruthy();
    }
  });

  it('puts every one of the 25 (R, F) pairs in exactly one segment', () => {
    for (const [r, f] of ALL_PAIRS) {
      const owners = RFM_SEGMENT_TABLE.filter((s) =>
        s.cells.some((cell) => cellPairs(cell).some(([cr, cf]) => cr === r && cf === f)),
      );
      expect(
        owners.map((s) => s.segment),
        `${r}${f}`,
      ).toHaveLength(1);
      expect(segmentOf(r, f)).toBe(owners[0]?.segment);
    }
  });

  it('is the published map', () => {
    const grid = [5, 4, 3, 2, 1].map((r) => [1, 2, 3, 4, 5].map((f) => segmentOf(r, f)));
    expect(grid).toEqual([
      ['NEW_CUSTOMERS', 'POTENTIAL_LOYALIST', 'POTENTIAL_LOYALIST', 'CHAMPIONS', 'CHAMPIONS'],
      ['PROMISING', 'POTENTIAL_LOYALIST', 'POTENTIAL_LOYALIST', 'LOYAL_CUSTOMERS', 'LOYAL_CUSTOMERS'],
      ['ABOUT_TO_SLEEP', 'ABOUT_TO_SLEEP', 'NEED_ATTENTION', 'LOYAL_CUSTOMERS', 'LOYAL_CUSTOMERS'],
      ['HIBERNATING', 'HIBERNATING', 'AT_RISK', 'AT_RISK', 'CANT_LOSE_THEM'],
      ['LOST', 'HIBERNATING', 'AT_RISK', 'AT_RISK', 'CANT_LOSE_THEM'],
    ]);
  });

  it('reads cell patterns as digits and ranges, and refuses anything else', () => {
    expect(cellPairs('5[4-5]')).toEqual([
      [5, 4],
      [5, 5],
    ]);
    expect(cellPairs('[1-2][3-4]')).toHaveLength(4);
    for (const bad of ['6', '55]', '[5-4]1', '[0-1]1', 'ab']) expect(() => cellPairs(bad)).toThrow();
    expect(() => segmentOf(0, 3)).toThrow();
    expect(() => segmentOf(3, 6)).toThrow();
  });
});
