import type { GetListParams } from 'react-admin';
import { apollo } from '../apollo';
import { attributeKeys } from '../attributes/useAttributeRegistry';
import { customerQuery, type ListQuery } from '../customer-search/listQuery';
import { CursorPages, listKey } from '../data-provider/cursorPages';
import { customerSort } from '../data-provider/sortFields';
import { attributesForCreate, changedAttributes, toCustomerRecord } from './customerRecord';
import {
  CreateCustomerMutation,
  CustomerQuery,
  CustomersQuery,
  DeleteCustomerMutation,
  UpdateCustomerMutation,
} from './documents';

const pages = new CursorPages();

/** After a bulk action any page boundary may have moved. */
export const forgetCustomerPages = () => pages.clear();

async function fetchPage(
  variables: {
    first: number;
    after: string | null;
    sort: ReturnType<typeof customerSort>;
    computedKeys: string[];
    withComputed: boolean;
  } & ListQuery,
) {
  const { data } = await apollo.query({ query: CustomersQuery, variables });
  if (!data) throw new Error('ra.notification.http_error');
  return data.customers;
}

/**
 * The customers resource: cursor pages presented to react-admin as numbered pages. No total: the
 * exact count is asked apart (useCustomerCount), so a page of a big filtered list comes back fast.
 */
export const customers = {
  async getList(params: GetListParams) {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const sort = customerSort(params.sort);
    const query = customerQuery(params.filter);
    // The list asks for computed values only while such a column is shown (see CustomerList).
    const computedKeys: string[] = Array.isArray(params.meta?.computedKeys) ? params.meta.computedKeys : [];
    const withComputed = computedKeys.length > 0;
    const list = listKey({ sort, query, perPage });
    // A page never reached in this session (a reload on page 3) is reached by walking forward.
    for (let known = pages.nearestKnown(list, page); known < page - 1; known++) {
      const walked = await fetchPage({
        first: perPage,
        after: pages.afterFor(list, known + 1) ?? null,
        sort,
        computedKeys: [],
        withComputed: false,
        ...query,
      });
      pages.remember(list, known + 1, walked.pageInfo.endCursor ?? null);
    }
    const result = await fetchPage({
      first: perPage,
      after: pages.afterFor(list, page) ?? null,
      sort,
      computedKeys,
      withComputed,
      ...query,
    });
    pages.remember(list, page, result.pageInfo.endCursor ?? null);
    return {
      data: result.edges.map((e) => toCustomerRecord(e.node)),
      pageInfo: { hasNextPage: result.pageInfo.hasNextPage, hasPreviousPage: page > 1 },
    };
  },

  async getOne(id: string) {
    const { data } = await apollo.query({ query: CustomerQuery, variables: { id } });
    if (!data) throw new Error('ra.notification.item_doesnt_exist');
    return { data: toCustomerRecord(data.customer) };
  },

  async create(data: Record<string, unknown>) {
    const attributes = attributesForCreate(data, await attributeKeys());
    const { data: result } = await apollo.mutate({
      mutation: CreateCustomerMutation,
      variables: {
        input: { attributes, ...(data.status === 'INACTIVE' ? { status: 'INACTIVE' as const } : {}) },
      },
    });
    if (!result) throw new Error('ra.notification.http_error');
    pages.clear();
    return { data: toCustomerRecord(result.createCustomer) };
  },

  async update(id: string, data: Record<string, unknown>, previous: Record<string, unknown>) {
    const attributes = changedAttributes(data, previous, await attributeKeys());
    const { data: result } = await apollo.mutate({
      mutation: UpdateCustomerMutation,
      variables: { id, input: { attributes } },
    });
    if (!result) throw new Error('ra.notification.http_error');
    return { data: toCustomerRecord(result.updateCustomer) };
  },

  async delete(id: string) {
    await apollo.mutate({ mutation: DeleteCustomerMutation, variables: { id } });
    pages.clear();
    return { data: { id } };
  },
};
