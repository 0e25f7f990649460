import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useLocale } from 'react-admin';
import { apollo } from '../../apollo';
import type { CustomerFieldListQuery } from '../../gql/graphql';
import { localized } from '../../i18n/localized';
import { CustomerFieldsQuery } from './documents';

export type CustomerField = CustomerFieldListQuery['customerFields'][number];

/**
 * Every field a filter, a column or a sort can use (attributes, status, dates, tags), as the
 * server describes it; shared through Apollo's cache by the builder, the table and the picker.
 */
export function useCustomerFields() {
  const locale = useLocale();
  const { data, loading } = useQuery(CustomerFieldsQuery, { fetchPolicy: 'cache-first' });
  const fields = data?.customerFields ?? [];
  const byKey = useMemo(() => new Map(fields.map((f) => [f.key, f])), [fields]);
  const label = useCallback((key: string) => localized(byKey.get(key)?.label, locale, key), [byKey, locale]);
  return { fields, byKey, label, loading };
}

/** After attributes or tags change: the builder's fields and the tag choices follow. */
export async function refreshCustomerFields(): Promise<void> {
  await apollo.query({ query: CustomerFieldsQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
}
