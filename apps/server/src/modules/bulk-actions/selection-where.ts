import { isUuid } from '../../common/ids.js';
import { badField } from '../../graphql/errors.js';
import type { SqlFragment } from '../customer-search/compile-filter.js';
import type { CustomerSearchService, Viewer } from '../customer-search/customer-search.service.js';
import { type CustomerSelection, MAX_LISTED_IDS } from './bulk-action.js';

/**
 * The WHERE over customer `c` of a selection as bulk actions take it: listed ids, or a question
 * (filter, search, segment), or everyone. Checked first, so a job never starts from bad input.
 */
export async function selectionWhere(
  search: CustomerSearchService,
  viewer: Viewer,
  selection: CustomerSelection,
  at: (string | number)[],
): Promise<SqlFragment> {
  const asQuery = Boolean(selection.filter || selection.search?.length || selection.segmentId);
  const ways = [Boolean(selection.ids?.length), asQuery, Boolean(selection.all)].filter(Boolean).length;
  if (ways !== 1) throw badField(at, 'SELECTION_ONE_WAY');
  if (selection.ids?.length) {
    if (selection.ids.length > MAX_LISTED_IDS)
      throw badField([...at, 'ids'], 'SELECTION_IDS_TOO_MANY', { max: MAX_LISTED_IDS });
    const bad = selection.ids.findIndex((id) => !isUuid(id));
    if (bad >= 0) throw badField([...at, 'ids', bad], 'CUSTOMER_ID_INVALID');
    return {
      sql: 'c.workspace_id = ? and c.deleted_at is null and c.id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
      params: [viewer.workspaceId, JSON.stringify(selection.ids)],
    };
  }
  return search.where(viewer, selection, new Date(), at.map(String));
}
