import type { GetListParams } from 'react-admin';
import { apollo } from '../apollo';
import type { CustomerRequestStatus } from '../gql/graphql';
import { CustomerRequestsQuery } from './documents';

/** Requests a page of the screen brings; more come as the list is scrolled. */
export const REQUESTS_PAGE = 50;

/**
 * Where each page starts, per status filter: the API pages by cursor, react-admin by number, and an
 * endless list asks for page n only after page n − 1 (whose end cursor is then known).
 */
const pageStarts = new Map<string, (string | null)[]>();

/** Customer requests as a react-admin resource: newest first, filtered by status, a page at a time. */
export const customerRequests = {
  async getList(params: GetListParams) {
    const status = (params.filter?.status as CustomerRequestStatus | undefined) || null;
    const page = params.pagination?.page ?? 1;
    const first = params.pagination?.perPage ?? REQUESTS_PAGE;
    const starts = pageStarts.get(`${status}:${first}`) ?? [null];
    pageStarts.set(`${status}:${first}`, starts);
    const after = page === 1 ? null : starts[page - 1];
    if (after === undefined) return { data: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } };
    const { data } = await apollo.query({
      query: CustomerRequestsQuery,
      variables: { status, first, after },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('ra.notification.http_error');
    const { edges, pageInfo } = data.customerRequests;
    starts[page] = pageInfo.endCursor ?? null;
    return {
      data: edges.map((e) => e.node),
      pageInfo: { hasNextPage: pageInfo.hasNextPage, hasPreviousPage: page > 1 },
    };
  },

  async getOne(id: string) {
    const { data } = await this.getList({ filter: {} } as GetListParams);
    const found = data.find((r) => r.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  // Requests are written by customers and answered in the list's dialog, never through a form.
  async create(): Promise<never> {
    throw new Error('ra.notification.http_error');
  },

  async update(): Promise<never> {
    throw new Error('ra.notification.http_error');
  },
};
