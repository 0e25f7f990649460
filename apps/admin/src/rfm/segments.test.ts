import { describe, expect, it } from 'vitest';
import { RfmSegment } from '../gql/graphql';
import { en } from './messages';
import { fa } from './messages.fa';
import { ru } from './messages.ru';
import { segmentKey, segmentTone } from './segments';

const rfmMessages = { en, ru, fa };

describe('RFM segments', () => {
  it('are named in every language', () => {
    for (const locale of ['en', 'ru', 'fa'] as const) {
      const names = rfmMessages[locale].patron.rfm.segments as Record<string, string>;
      expect(Object.keys(names).sort()).toEqual(Object.values(RfmSegment).sort());
    }
  });

  it('have a key and a tone; unknown ones show their code, a lost score says so', () => {
    expect(segmentKey('CHAMPIONS')).toBe('patron.rfm.segments.CHAMPIONS');
    expect(segmentKey('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(segmentKey(null)).toBe('patron.rfm.noSegment');
    expect(segmentTone('LOST')).toBe('error');
    expect(segmentTone('CHAMPIONS')).toBe('success');
    expect(segmentTone(undefined)).toBe('default');
  });
});
