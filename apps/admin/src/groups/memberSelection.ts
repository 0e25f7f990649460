import type { CustomerSelection, GroupMemberSelection } from '../gql/graphql';

/**
 * The customer list's selection (ticked rows, or "all matching" its query) as the groups API takes
 * it; null for "every customer", which the API cannot express (it wants ids or a question).
 */
export function memberSelection(selection: CustomerSelection): GroupMemberSelection | null {
  if (selection.ids) return { ids: selection.ids };
  if (selection.segmentId) return { segmentId: selection.segmentId };
  if (selection.filter || selection.search?.length) {
    return {
      ...(selection.filter ? { filter: selection.filter } : {}),
      ...(selection.search?.length ? { search: selection.search } : {}),
    };
  }
  return null;
}
