import { useEffect, useRef, useState } from 'react';
import { apollo } from '../../apollo';
import { CustomerCountQuery } from '../documents';
import { type CustomerListFilter, customerQuery } from '../listQuery';

/** How long typing pauses before the builder asks for a count: one request per pause, not per key. */
export const COUNT_DELAY_MS = 400;

/**
 * The number of customers the filter being edited would show, asked with the list's own count query
 * a moment after each change. A draft the server refuses counts as unknown (Apply names the problem).
 */
export function useDraftCount(query: CustomerListFilter): { count: number | undefined; counting: boolean } {
  const key = JSON.stringify(query);
  const [state, setState] = useState<{ key: string; count: number | undefined }>({
    key: '',
    count: undefined,
  });
  const latest = useRef(key);
  latest.current = key;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the query, compared by value.
  useEffect(() => {
    const timer = setTimeout(() => {
      apollo
        .query({ query: CustomerCountQuery, variables: customerQuery(query), fetchPolicy: 'network-only' })
        .then(({ data }) => data?.customerCount)
        .catch(() => undefined)
        .then((count) => {
          // An answer to an older draft is dropped: only the latest edit's count is shown.
          if (latest.current === key) setState({ key, count });
        });
    }, COUNT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return { count: state.key === key ? state.count : undefined, counting: state.key !== key };
}
