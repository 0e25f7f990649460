import type { GetListParams } from 'react-admin';
import { apollo } from '../apollo';
import type { GiftCardStatus } from '../gql/graphql';
import { GiftCardsQuery } from './documents';

const text = (value: unknown) => String(value ?? '').trim() || null;

/** Gift cards as a react-admin resource: paged on the server, filtered by status, batch and code. */
export const giftCards = {
  async getList(params: GetListParams) {
    const perPage = params.pagination?.perPage ?? 25;
    const page = params.pagination?.page ?? 1;
    const filter = (params.filter ?? {}) as Record<string, unknown>;
    const { data } = await apollo.query({
      query: GiftCardsQuery,
      variables: {
        first: perPage,
        offset: (page - 1) * perPage,
        status: (text(filter.status) as GiftCardStatus | null) ?? null,
        batchId: text(filter.batchId),
        code: text(filter.code),
      },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.giftCards.nodes, total: data.giftCards.totalCount };
  },

  async getOne(): Promise<never> {
    throw new Error('ra.notification.item_doesnt_exist');
  },

  async create(): Promise<never> {
    throw new Error('ra.notification.http_error');
  },

  async update(): Promise<never> {
    throw new Error('ra.notification.http_error');
  },
};
