import { useQuery } from '@apollo/client/react';
import type { TagsQuery as Tags } from '../gql/graphql';
import { TagsQuery } from './documents';

export type Tag = Tags['tags'][number];

/** The workspace's tags, by name, for pickers. */
export function useTags() {
  const { data, loading } = useQuery(TagsQuery, { fetchPolicy: 'cache-and-network' });
  const tags = [...(data?.tags ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return { tags, loading };
}
