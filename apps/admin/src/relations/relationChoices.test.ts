import { describe, expect, it } from 'vitest';
import { relationChoices } from './relationChoices';

describe('relation choices', () => {
  it('offer a symmetric type once and both sides of a two-sided one, in the user’s language', () => {
    const types = [
      { key: 'friend', name: { en: 'Friend', ru: 'Друг', fa: 'دوست' }, inverseName: null },
      { key: 'parent', name: { en: 'Parent', ru: 'Родитель' }, inverseName: { en: 'Child', ru: 'Ребёнок' } },
    ];
    expect(relationChoices(types, 'ru').map((c) => [c.value, c.label, c.inverse])).toEqual([
      ['friend', 'Друг', false],
      ['parent', 'Родитель', false],
      ['parent:inverse', 'Ребёнок', true],
    ]);
    // A language the type was not named in falls back to English.
    expect(relationChoices(types, 'fa').map((c) => c.label)).toEqual(['دوست', 'Parent', 'Child']);
  });
});
