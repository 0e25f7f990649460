import { apollo } from '../apollo';
import type { Page } from '../common/collectPages';
import type { CustomerLedgerQuery } from '../gql/graphql';
import { CustomerLedgerQuery as LedgerQuery } from './documents';

export type LedgerOperation = CustomerLedgerQuery['customer']['ledger']['edges'][number]['node'];

/** Which operations: one currency or all, and an API range (from inclusive, to exclusive). */
export interface LedgerFilter {
  currency: string | null;
  from: string | null;
  to: string | null;
}

/** One page of a customer's operations, newest first. */
export async function fetchLedgerPage(
  customerId: string,
  filter: LedgerFilter,
  after: string | null,
  first: number,
): Promise<Page<LedgerOperation>> {
  const { data } = await apollo.query({
    query: LedgerQuery,
    variables: { id: customerId, first, after, ...filter },
    fetchPolicy: 'network-only',
  });
  if (!data) throw new Error('ra.notification.http_error');
  const { edges, pageInfo } = data.customer.ledger;
  return {
    nodes: edges.map((e) => e.node),
    hasNextPage: pageInfo.hasNextPage,
    endCursor: pageInfo.endCursor ?? null,
  };
}
