import type { ListQuery } from '../customer-search/listQuery';
import type { CustomerSelection } from '../gql/graphql';

/**
 * Which customers a bulk action touches: the ticked rows, or — after "select all matching" — the
 * list's own query, so customers beyond the loaded page are included; everyone when nothing narrows it.
 */
export function bulkSelection(
  ids: readonly string[],
  allMatching: boolean,
  query: ListQuery,
): CustomerSelection {
  if (!allMatching) return { ids: [...ids] };
  if (query.segmentId) return { segmentId: query.segmentId };
  if (query.search || query.filter) {
    return {
      ...(query.filter ? { filter: query.filter } : {}),
      ...(query.search ? { search: query.search } : {}),
    };
  }
  return { all: true };
}
