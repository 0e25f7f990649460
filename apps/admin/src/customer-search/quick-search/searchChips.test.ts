import { describe, expect, it } from 'vitest';
import { addSearchChips, splitTyping } from './searchChips';

describe('search chips', () => {
  it('turns comma-separated text into chips, tidied', () => {
    expect(addSearchChips([], '  Zahra ,  0912  345 ,')).toEqual(['Zahra', '0912 345']);
  });

  it('splits on the Persian comma too', () => {
    expect(addSearchChips([], 'زهرا، رضا')).toEqual(['زهرا', 'رضا']);
  });

  it('does not repeat a chip, whatever its case', () => {
    expect(addSearchChips(['Zahra'], 'zahra, Ali')).toEqual(['Zahra', 'Ali']);
  });

  it('keeps at most 20 chips', () => {
    const many = Array.from({ length: 25 }, (_, i) => `q${i}`).join(',');
    expect(addSearchChips([], many)).toHaveLength(20);
  });

  it('while typing, keeps the text after the last comma in the box', () => {
    expect(splitTyping('Zahra, Al')).toEqual({ done: 'Zahra', rest: ' Al' });
    expect(splitTyping('Zahra')).toEqual({ done: '', rest: 'Zahra' });
    expect(splitTyping('a,b,')).toEqual({ done: 'a,b', rest: '' });
  });
});
