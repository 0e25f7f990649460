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

/** How the list opens (CustomerList): newest first, 25 a page. */
export const LIST_OPENS = { perPage: 25, sort: { field: 'createdAt', order: 'DESC' } } as const;

type PageVariables = {
  first: number;
  after: string | null;
  sort: ReturnType<typeof customerSort>;
  computedKeys: string[];
  withComputed: boolean;
} & ListQuery;

async function requestPage(variables: PageVariables) {
  const { data } = await apollo.query({ query: CustomersQuery, variables });
  if (!data) throw new Error('ra.notification.http_error');
  return data.customers;
}

// The list's opening page asked at sign-in, handed once to the list's first identical request.
let ahead: { key: string; page: ReturnType<typeof requestPage> } | null = null;

function fetchPage(variables: PageVariables) {
  const key = JSON.stringify(variables);
  if (ahead?.key === key) {
    const { page } = ahead;
    ahead = null;
    return page;
  }
  return requestPage(variables);
}

/**
 * Asks for the page the list opens on (no filter, no computed columns) while the app renders after
 * sign-in; a list that opens otherwise asks for its own page and this one is dropped after 10 s.
 */
export function prefetchOpeningPage(): void {
  const variables: PageVariables = {
    first: LIST_OPENS.perPage,
    after: null,
    sort: customerSort(LIST_OPENS.sort),
    computedKeys: [],
    withComputed: false,
    ...customerQuery({}),
  };
  const page = requestPage(variables);
  page.catch(() => undefined);
  ahead = { key: JSON.stringify(variables), page };
  setTimeout(() => {
    if (ahead?.page === page) ahead = null;
  }, 10_000);
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
