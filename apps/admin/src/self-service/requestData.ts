import type { GetListParams } from 'react-admin';
import { apollo } from '../apollo';
import type { CustomerRequestStatus } from '../gql/graphql';
import { CustomerRequestsQuery } from './documents';

/** The screen shows this many of the newest; the API pages further by cursor. */
export const REQUESTS_SHOWN = 200;

/** Customer requests as a react-admin resource: the newest, filtered by status. */
export const customerRequests = {
  async getList(params: GetListParams) {
    const status = (params.filter?.status as CustomerRequestStatus | undefined) || null;
    const { data } = await apollo.query({
      query: CustomerRequestsQuery,
      variables: { status, first: REQUESTS_SHOWN },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('ra.notification.http_error');
    const rows = data.customerRequests.edges.map((e) => e.node);
    return { data: rows, total: rows.length };
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
