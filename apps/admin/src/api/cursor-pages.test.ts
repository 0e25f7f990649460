import { describe, expect, it } from 'vitest';
import { CursorPages } from './cursor-pages';

describe('cursor pages', () => {
  it('knows the cursor after each page seen, per query', () => {
    const pages = new CursorPages();
    expect(pages.afterFor('q', 1)).toBeNull();
    expect(pages.afterFor('q', 2)).toBeUndefined();
    pages.remember('q', 1, 'c1');
    pages.remember('q', 2, 'c2');
    expect(pages.afterFor('q', 2)).toBe('c1');
    expect(pages.afterFor('q', 3)).toBe('c2');
    expect(pages.afterFor('other', 2)).toBeUndefined();
  });

  it('finds the nearest known page to walk forward from', () => {
    const pages = new CursorPages();
    expect(pages.nearestKnown('q', 5)).toBe(0);
    pages.remember('q', 1, 'c1');
    pages.remember('q', 2, 'c2');
    expect(pages.nearestKnown('q', 5)).toBe(2);
    pages.clear();
    expect(pages.nearestKnown('q', 5)).toBe(0);
  });
});
