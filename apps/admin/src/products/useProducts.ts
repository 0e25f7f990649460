import { useQuery } from '@apollo/client/react';
import { usePermissions } from 'react-admin';
import type { ActiveProductsQuery as ActiveProducts } from '../gql/graphql';
import { ActiveProductsQuery } from './documents';

export type CatalogueProduct = ActiveProducts['products'][number];

/** The workspace's active products, by SKU, for the purchase dialog (none without `products.read`). */
export function useProducts() {
  const { permissions } = usePermissions<string[]>();
  const canRead = Boolean(permissions?.includes('products.read'));
  const { data } = useQuery(ActiveProductsQuery, { fetchPolicy: 'cache-and-network', skip: !canRead });
  return data?.products ?? [];
}
