import { useQuery } from '@apollo/client/react';
import { CustomerCardTabsQuery } from './documents';

/** The tabs modules add to this customer's card that the staff member may see, in order. */
export function useCardTabs(customerId: string | undefined) {
  const { data } = useQuery(CustomerCardTabsQuery, {
    variables: { customerId: customerId ?? '' },
    skip: !customerId,
  });
  return data?.customerCardTabs ?? [];
}
