import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Refusal } from './api';
import { usePages } from './usePages';

const page = (ids: string[], endCursor: string | null) => ({
  edges: ids.map((id) => ({ node: id })),
  pageInfo: { hasNextPage: endCursor !== null, endCursor },
});

describe('a list read a page at a time on the customer pages', () => {
  it('says why a page could not be read, and tries that page again instead of the next', async () => {
    const asked: (string | null)[] = [];
    let refuse = false;
    const read = async (after: string | null) => {
      asked.push(after);
      if (refuse)
        throw new Refusal('UNAUTHENTICATED', { code: 'UNAUTHENTICATED', message: 'Sign in first' }, {});
      return after ? page(['c'], null) : page(['a', 'b'], 'b');
    };
    const { result } = renderHook(() => usePages(read));
    await waitFor(() => expect(result.current.items).toEqual(['a', 'b']));
    refuse = true;
    await act(() => result.current.more());
    expect(result.current.failure).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in first' });
    expect(result.current.items).toEqual(['a', 'b']);
    expect(result.current.hasMore).toBe(true);
    refuse = false;
    await act(() => result.current.more());
    expect(asked).toEqual([null, 'b', 'b']);
    expect(result.current).toMatchObject({
      items: ['a', 'b', 'c'],
      failure: null,
      hasMore: false,
      busy: false,
    });
  });

  it('a first page that fails offline is a failure to retry, not an unhandled rejection', async () => {
    let fail = true;
    const read = async () => {
      if (fail) throw new TypeError('Failed to fetch');
      return page(['a'], null);
    };
    const { result } = renderHook(() => usePages(read));
    await waitFor(() => expect(result.current.failure).toEqual({ message: 'offline' }));
    expect(result.current.items).toBeNull();
    fail = false;
    await act(() => result.current.more());
    expect(result.current).toMatchObject({ items: ['a'], failure: null });
  });

  it('a read that ends after the list is gone (signed out meanwhile) changes nothing', async () => {
    let answer: (v: ReturnType<typeof page>) => void = () => undefined;
    const read = () => new Promise<ReturnType<typeof page>>((resolve) => (answer = resolve));
    const { result, unmount } = renderHook(() => usePages(read));
    expect(result.current.busy).toBe(true);
    unmount();
    answer(page(['late'], null));
    await Promise.resolve();
    expect(result.current.items).toBeNull();
  });
});
