import type { GetListParams } from 'react-admin';
import { apollo } from '../apollo';
import { customerQuery, type ListQuery } from '../customer-search/listQuery';
import { CursorPages, listKey } from '../data-provider/cursorPages';
import { customerSort } from '../data-provider/sortFields';
import { toCustomerRecord } from './customerRecord';
import { CustomersQuery } from './documents';

const pages = new CursorPages();

/** After a bulk action any page boundary may have moved, and the page asked at sign-in is stale. */
export const forgetCustomerPages = () => {
  pages.clear();
  dropOpeningPage();
};

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
  // Rows live in react-admin's cache; normalising them into Apollo's as well would only cost the first screen time.
  const { data } = await apollo.query({ query: CustomersQuery, variables, fetchPolicy: 'no-cache' });
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
 * The page asked at sign-in is for the list shown right after it: once that list is left (or a
 * customer is written) it is dropped, so a list opened later asks for its own.
 */
export function dropOpeningPage(): void {
  ahead = null;
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

  // One customer and the writes: the card and the forms' calls, fetched with them, not with the list.
  getOne: async (id: string) => (await import('./customerCalls')).getCustomer(id),

  async create(data: Record<string, unknown>) {
    const created = await (await import('./customerCalls')).createCustomer(data);
    forgetCustomerPages();
    return created;
  },

  update: async (id: string, data: Record<string, unknown>, previous: Record<string, unknown>) =>
    (await import('./customerCalls')).updateCustomer(id, data, previous),

  async delete(id: string) {
    await (await import('./customerCalls')).deleteCustomer(id);
    forgetCustomerPages();
    return { data: { id } };
  },
};
