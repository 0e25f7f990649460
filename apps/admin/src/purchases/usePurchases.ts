import { useCallback, useEffect, useRef, useState } from 'react';
import { apollo } from '../apollo';
import type { CustomerPurchasesQuery } from '../gql/graphql';
import { CustomerPurchasesQuery as Query } from './documents';

export type Purchase = CustomerPurchasesQuery['customer']['purchases']['edges'][number]['node'];
export type PurchaseSummary = CustomerPurchasesQuery['customer']['purchaseSummary'];

const PAGE_SIZE = 20;

/** A customer's purchases newest first, a page at a time, and their totals; read again on `version`. */
export function usePurchases(customerId: string | undefined, version: number) {
  const [purchases, setPurchases] = useState<Purchase[]>([]);
  const [summary, setSummary] = useState<PurchaseSummary | null>(null);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null, current: number) => {
      if (!customerId) return;
      setLoading(true);
      setFailed(false);
      try {
        const { data } = await apollo.query({
          query: Query,
          variables: { id: customerId, first: PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        });
        if (current !== generation.current || !data) return;
        const page = data.customer.purchases;
        setSummary(data.customer.purchaseSummary);
        setPurchases((before) => [...(after ? before : []), ...page.edges.map((e) => e.node)]);
        setEndCursor(page.pageInfo.endCursor ?? null);
        setHasMore(page.pageInfo.hasNextPage);
      } catch {
        if (current === generation.current) setFailed(true);
      } finally {
        if (current === generation.current) setLoading(false);
      }
    },
    [customerId],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means the list is read again.
  useEffect(() => {
    generation.current += 1;
    void load(null, generation.current);
  }, [load, version]);

  return {
    purchases,
    summary,
    hasMore,
    loading,
    failed,
    loadMore: () => load(endCursor, generation.current),
  };
}
