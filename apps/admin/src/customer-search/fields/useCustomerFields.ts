import { useCallback, useMemo } from 'react';
import { useLocale } from 'react-admin';
import { sharedQuery, useSharedQuery } from '../../common/sharedQuery';
import type { CustomerFieldListQuery } from '../../gql/graphql';
import { localized } from '../../i18n/localized';
import { CustomerFieldsQuery } from './documents';

export type CustomerField = CustomerFieldListQuery['customerFields'][number];

/** The fields as the server sent them. */
export const customerFields = sharedQuery(CustomerFieldsQuery);

/**
 * Every field a filter, a column or a sort can use (attributes, status, dates, tags), as the
 * server describes it; shared by the builder, the table and the picker.
 */
export function useCustomerFields() {
  const locale = useLocale();
  const { data, loading } = useSharedQuery(customerFields, {});
  const fields = useMemo(() => data?.customerFields ?? [], [data]);
  const byKey = useMemo(() => new Map(fields.map((f) => [f.key, f])), [fields]);
  const label = useCallback((key: string) => localized(byKey.get(key)?.label, locale, key), [byKey, locale]);
  return { fields, byKey, label, loading };
}

/** After attributes or tags change: the builder's fields and the tag choices follow. */
export async function refreshCustomerFields(): Promise<void> {
  await customerFields.load({}, true).catch(() => undefined);
}
