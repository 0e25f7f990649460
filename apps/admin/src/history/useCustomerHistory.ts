import { useCallback, useEffect, useRef, useState } from 'react';
import { apollo } from '../apollo';
import { dayRange } from '../common/dayRange';
import type { CustomerHistoryQuery as History, HistoryEventType } from '../gql/graphql';
import { CustomerHistoryQuery } from './documents';

export type HistoryEvent = History['customer']['history']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** What the timeline shows: one type ('' for all) and days picked in the staff member's calendar. */
export interface HistoryFilter {
  type: HistoryEventType | '';
  fromDay: string | null;
  toDay: string | null;
}

/**
 * The customer's timeline, newest first, a page at a time by cursor. Starts over when the
 * filter changes or the customer was changed (`version`, e.g. its updatedAt).
 */
export function useCustomerHistory(id: string | undefined, filter: HistoryFilter, version: unknown) {
  const { type, fromDay, toDay } = filter;
  const [events, setEvents] = useState<HistoryEvent[]>([]);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // Answers to an older filter must not land in the newer list.
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null, current: number) => {
      if (!id) return;
      setLoading(true);
      setFailed(false);
      try {
        const { data } = await apollo.query({
          query: CustomerHistoryQuery,
          variables: {
            id,
            first: PAGE_SIZE,
            after,
            types: type ? [type] : null,
            ...dayRange(fromDay, toDay),
          },
          fetchPolicy: 'network-only',
        });
        if (!data || current !== generation.current) return;
        const page = data.customer.history;
        setEvents((before) => [...(after ? before : []), ...page.edges.map((e) => e.node)]);
        setEndCursor(page.pageInfo.endCursor ?? null);
        setHasMore(page.pageInfo.hasNextPage);
        setTotal(page.totalCount);
      } catch {
        if (current === generation.current) setFailed(true);
      } finally {
        if (current === generation.current) setLoading(false);
      }
    },
    [id, type, fromDay, toDay],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the customer means a fresh timeline.
  useEffect(() => {
    generation.current += 1;
    setEvents([]);
    void load(null, generation.current);
  }, [load, version]);

  const loadMore = useCallback(() => load(endCursor, generation.current), [load, endCursor]);

  return { events, hasMore, total, loading, failed, loadMore };
}
