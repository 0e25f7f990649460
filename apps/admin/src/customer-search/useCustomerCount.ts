import { useQuery } from '@apollo/client/react';
import { useListContext } from 'react-admin';
import { CustomerCountQuery } from './documents';
import { type CustomerListFilter, customerQuery } from './listQuery';

/** The exact number of customers the list's query matches, asked apart from the page. */
export function useCustomerCount() {
  const { filterValues } = useListContext();
  const query = customerQuery(filterValues as CustomerListFilter);
  const { data, loading, error } = useQuery(CustomerCountQuery, {
    variables: query,
    fetchPolicy: 'cache-and-network',
  });
  return { count: data?.customerCount, loading, error, query };
}
