import { useEffect, useState } from 'react';
import { apollo } from '../apollo';
import type { CustomerConsentsQuery } from '../gql/graphql';
import { CustomerConsentsQuery as Query } from './documents';

export type ConsentsData = CustomerConsentsQuery['customer'];

const HISTORY_SIZE = 100;

/** A customer's consents, their last records and the verification; read again on `version`. */
export function useCustomerConsents(customerId: string | undefined, version: number) {
  const [data, setData] = useState<ConsentsData | null>(null);
  const [failed, setFailed] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version means the data is read again.
  useEffect(() => {
    if (!customerId) return;
    let current = true;
    setFailed(false);
    apollo
      .query({
        query: Query,
        variables: { id: customerId, first: HISTORY_SIZE },
        fetchPolicy: 'network-only',
      })
      .then(({ data: answer }) => {
        if (current && answer) setData(answer.customer);
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [customerId, version]);
  return { data, failed };
}
