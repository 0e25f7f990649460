import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProblemMessage } from '../problems/problemText';
import { Refusal } from './api';

interface Page<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A list read a page at a time, newest first; `more` appends the next page and, after a refused or
 * failed read (`failure`), tries that page again. A read that ends after the list is gone (the
 * customer signed out meanwhile) changes nothing.
 */
export function usePages<T>(read: (after: string | null) => Promise<Page<T>>) {
  const [items, setItems] = useState<T[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ after: string | null; problem: ProblemMessage } | null>(null);
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  const load = useCallback(
    async (after: string | null) => {
      setBusy(true);
      try {
        const page = await read(after);
        if (!shown.current) return;
        const nodes = page.edges.map((e) => e.node);
        setItems((before) => (after && before ? [...before, ...nodes] : nodes));
        setNext(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
        setFailure(null);
      } catch (error) {
        if (shown.current)
          setFailure({ after, problem: error instanceof Refusal ? error.problem : { message: 'offline' } });
      } finally {
        if (shown.current) setBusy(false);
      }
    },
    [read],
  );
  useEffect(() => {
    void load(null);
  }, [load]);
  return {
    items,
    busy,
    failure: failure?.problem ?? null,
    hasMore: next !== null || failure !== null,
    more: () => load(failure ? failure.after : next),
  };
}
