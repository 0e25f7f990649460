import type { CustomerFilter } from '../gql/graphql';

/**
 * The customer list's filter values as react-admin keeps them (in the URL): search chips, the
 * builder's filter, the segment being viewed, and — once its query was changed — the segment it
 * started from (so it can be saved back).
 */
export interface CustomerListFilter {
  search?: string[];
  filter?: CustomerFilter | null;
  segmentId?: string;
  fromSegment?: string;
}

/** What the API is asked for the list, its count and a bulk selection. */
export interface ListQuery {
  search: string[] | null;
  filter: CustomerFilter | null;
  segmentId: string | null;
}

/** An unchanged segment is asked by id (the server applies its saved query); otherwise the chips and the filter. */
export function customerQuery(values: CustomerListFilter | undefined): ListQuery {
  if (values?.segmentId) return { search: null, filter: null, segmentId: values.segmentId };
  const search = (values?.search ?? []).filter((s) => typeof s === 'string' && s.trim());
  return { search: search.length ? search : null, filter: values?.filter ?? null, segmentId: null };
}

export const isNarrowed = (q: ListQuery): boolean => Boolean(q.search || q.filter || q.segmentId);
