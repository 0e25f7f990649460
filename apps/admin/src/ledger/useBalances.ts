import { useQuery } from '@apollo/client/react';
import type { CustomerBalancesQuery } from '../gql/graphql';
import { CustomerBalancesQuery as BalancesQuery } from './documents';

export type Balance = CustomerBalancesQuery['customer']['balances'][number];

/** Every currency's balance of a customer (zero included), in the currencies' order. */
export function useBalances(customerId: string | undefined) {
  const { data, loading, error, refetch } = useQuery(BalancesQuery, {
    variables: { id: customerId ?? '' },
    skip: !customerId,
    fetchPolicy: 'network-only',
  });
  const balances = [...(data?.customer.balances ?? [])].sort(
    (a, b) => a.currency.position - b.currency.position,
  );
  return { balances, loading, failed: Boolean(error), refetch };
}
