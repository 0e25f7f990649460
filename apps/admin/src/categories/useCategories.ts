import { useQuery } from '@apollo/client/react';
import type { CategoriesQuery as Categories } from '../gql/graphql';
import { CategoriesQuery } from './documents';

export type Category = Categories['categories'][number];

/** The workspace's categories, by name, for pickers. */
export function useCategories() {
  const { data, loading } = useQuery(CategoriesQuery, { fetchPolicy: 'cache-and-network' });
  return { categories: data?.categories ?? [], loading };
}
