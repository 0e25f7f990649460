import type { CustomerListFilter } from '../customer-search/listQuery';
import type { CustomerFilter } from '../gql/graphql';

/**
 * The list's filter values for an opened segment: asked by id, with its saved chips and filter
 * alongside so the search box and the builder show what it means.
 */
export function segmentListFilter(segment: {
  id: string;
  search: readonly string[];
  filter?: unknown;
}): CustomerListFilter {
  return {
    segmentId: segment.id,
    ...(segment.search.length ? { search: [...segment.search] } : {}),
    ...(segment.filter ? { filter: segment.filter as CustomerFilter } : {}),
  };
}
