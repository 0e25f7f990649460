import { useCallback, useEffect, useRef, useState } from 'react';
import { apollo } from '../apollo';
import type { NoteFieldsFragment } from '../gql/graphql';
import { CustomerNotesQuery } from './documents';

export type Note = NoteFieldsFragment;

const PAGE_SIZE = 20;

/** The customer's notes, pinned first then newest first, a page at a time; starts over on `version`. */
export function useCustomerNotes(customerId: string | undefined, version: unknown) {
  const [notes, setNotes] = useState<Note[]>([]);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // An answer for an older version must not land in the newer list.
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null, current: number) => {
      if (!customerId) return;
      setLoading(true);
      setFailed(false);
      try {
        const { data } = await apollo.query({
          query: CustomerNotesQuery,
          variables: { customerId, first: PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        });
        if (!data || current !== generation.current) return;
        const page = data.customerNotes;
        setNotes((before) => [...(after ? before : []), ...page.edges.map((e) => e.node)]);
        setEndCursor(page.pageInfo.endCursor ?? null);
        setHasMore(page.pageInfo.hasNextPage);
        setTotal(page.totalCount);
      } catch {
        if (current === generation.current) setFailed(true);
      } finally {
        if (current === generation.current) setLoading(false);
      }
    },
    [customerId],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means the list from the start.
  useEffect(() => {
    generation.current += 1;
    void load(null, generation.current);
  }, [load, version]);

  const loadMore = useCallback(() => load(endCursor, generation.current), [load, endCursor]);
  return { notes, hasMore, total, loading, failed, loadMore };
}
