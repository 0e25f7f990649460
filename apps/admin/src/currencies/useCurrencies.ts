import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useLocale, usePermissions } from 'react-admin';
import { apollo } from '../apollo';
import type { CurrencyFieldsFragment } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { CurrenciesQuery } from './documents';

export type Currency = CurrencyFieldsFragment;

/**
 * The workspace's currencies in display order, shared through Apollo's cache (the loyalty tab, the
 * history timeline, error messages); asked only of staff who may see balances.
 */
export function useCurrencies() {
  const locale = useLocale();
  const { permissions } = usePermissions<string[]>();
  const { data, loading } = useQuery(CurrenciesQuery, {
    fetchPolicy: 'cache-first',
    skip: !permissions?.includes('loyalty.read'),
  });
  const currencies = data?.currencies ?? [];
  const byKey = useMemo(() => new Map(currencies.map((c) => [c.key, c])), [currencies]);
  const name = useCallback((key: string) => localized(byKey.get(key)?.name, locale, key), [byKey, locale]);
  return { currencies, byKey, name, loading };
}

/** After a currency is created or changed. */
export async function refreshCurrencies(): Promise<void> {
  await apollo.query({ query: CurrenciesQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
}
