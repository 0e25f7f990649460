import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchLedgerPage, type LedgerFilter, type LedgerOperation } from './ledgerPages';

const PAGE_SIZE = 20;

/**
 * A customer's operations, newest first, a page at a time by cursor. Starts over when the filter
 * changes or after a change to the balance (`version`).
 */
export function useLedger(customerId: string | undefined, filter: LedgerFilter, version: number) {
  const [operations, setOperations] = useState<LedgerOperation[]>([]);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // Answers to an older filter must not land in the newer list.
  const generation = useRef(0);
  const { currency, from, to } = filter;

  const load = useCallback(
    async (after: string | null, current: number) => {
      if (!customerId) return;
      setLoading(true);
      setFailed(false);
      try {
        const page = await fetchLedgerPage(customerId, { currency, from, to }, after, PAGE_SIZE);
        if (current !== generation.current) return;
        setOperations((before) => [...(after ? before : []), ...page.nodes]);
        setEndCursor(page.endCursor);
        setHasMore(page.hasNextPage);
      } catch {
        if (current === generation.current) setFailed(true);
      } finally {
        if (current === generation.current) setLoading(false);
      }
    },
    [customerId, currency, from, to],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means the list is read again.
  useEffect(() => {
    generation.current += 1;
    void load(null, generation.current);
  }, [load, version]);

  const loadMore = useCallback(() => load(endCursor, generation.current), [load, endCursor]);

  return { operations, hasMore, loading, failed, loadMore };
}
