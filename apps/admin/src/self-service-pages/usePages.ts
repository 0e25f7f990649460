import { useCallback, useEffect, useState } from 'react';

interface Page<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** A list read a page at a time, newest first; `more` appends the next page. */
export function usePages<T>(read: (after: string | null) => Promise<Page<T>>) {
  const [items, setItems] = useState<T[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(
    async (after: string | null) => {
      setBusy(true);
      try {
        const page = await read(after);
        const nodes = page.edges.map((e) => e.node);
        setItems((before) => (after && before ? [...before, ...nodes] : nodes));
        setNext(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
      } finally {
        setBusy(false);
      }
    },
    [read],
  );
  useEffect(() => {
    void load(null);
  }, [load]);
  return { items, busy, hasMore: next !== null, more: () => load(next) };
}
