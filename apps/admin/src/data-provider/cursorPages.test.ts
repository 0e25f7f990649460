import { describe, expect, it } from 'vitest';
import { CursorPages, listKey } from './cursorPages';

describe('CursorPages', () => {
  const list = listKey({ sort: { field: 'createdAt', direction: 'DESC' }, query: null, perPage: 25 });

  it('starts page 1 without a cursor and knows nothing else', () => {
    const pages = new CursorPages();
    expect(pages.afterFor(list, 1)).toBeNull();
    expect(pages.afterFor(list, 2)).toBeUndefined();
    expect(pages.nearestKnown(list, 3)).toBe(0);
  });

  it('continues each page after the end of the one before', () => {
    const pages = new CursorPages();
    pages.remember(list, 1, 'c25');
    pages.remember(list, 2, 'c50');
    expect(pages.afterFor(list, 2)).toBe('c25');
    expect(pages.afterFor(list, 3)).toBe('c50');
    expect(pages.afterFor(list, 4)).toBeUndefined();
    expect(pages.nearestKnown(list, 5)).toBe(2);
  });

  it('keeps lists with another sort, query or page size apart', () => {
    const pages = new CursorPages();
    pages.remember(list, 1, 'c25');
    const other = listKey({
      sort: { field: 'createdAt', direction: 'DESC' },
      query: { search: ['zahra'] },
      perPage: 25,
    });
    expect(pages.afterFor(other, 2)).toBeUndefined();
  });

  it('forgets everything on clear', () => {
    const pages = new CursorPages();
    pages.remember(list, 1, 'c25');
    pages.clear();
    expect(pages.afterFor(list, 2)).toBeUndefined();
  });
});
