import { useQuery } from '@apollo/client/react';
import { apollo } from '../apollo';
import { refreshCustomerFields } from '../customer-search/fields/useCustomerFields';
import type { AttributeRegistryQuery as Registry } from '../gql/graphql';
import { AttributeRegistryQuery } from './documents';

export type AttributeDefinition = Registry['attributeDefinitions'][number];
export type AttributeGroup = Registry['attributeGroups'][number];

/**
 * The attribute registry drives the list's columns, the forms and the card. Fetched once and
 * shared through Apollo's cache; attribute mutations refresh it (see refreshAttributeRegistry).
 */
export function useAttributeRegistry(options: { includeRetired?: boolean } = {}) {
  const { data, loading } = useQuery(AttributeRegistryQuery, {
    variables: { includeRetired: Boolean(options.includeRetired) },
    fetchPolicy: 'cache-first',
  });
  const groups = [...(data?.attributeGroups ?? [])].sort((a, b) => a.position - b.position);
  return { loading, definitions: inRegistryOrder(data?.attributeDefinitions ?? [], groups), groups };
}

/** Group (card tab) order first, then position within the group. */
export function inRegistryOrder<T extends { group: string; position: number }>(
  definitions: readonly T[],
  groups: readonly { key: string; position: number }[],
): T[] {
  const groupPosition = new Map(groups.map((g) => [g.key, g.position]));
  const rank = (key: string) => groupPosition.get(key) ?? Number.MAX_SAFE_INTEGER;
  return [...definitions].sort((a, b) => rank(a.group) - rank(b.group) || a.position - b.position);
}

/** Keys of the live attributes: what a customer form may send. */
export async function attributeKeys(): Promise<string[]> {
  const { data } = await apollo.query({
    query: AttributeRegistryQuery,
    variables: { includeRetired: false },
    fetchPolicy: 'cache-first',
  });
  return (data?.attributeDefinitions ?? []).map((d) => d.key);
}

/** After any attribute change: every screen built from the registry redraws with the new one. */
export async function refreshAttributeRegistry(): Promise<void> {
  await Promise.all([
    apollo.query({
      query: AttributeRegistryQuery,
      variables: { includeRetired: false },
      fetchPolicy: 'network-only',
    }),
    apollo.query({
      query: AttributeRegistryQuery,
      variables: { includeRetired: true },
      fetchPolicy: 'network-only',
    }),
    // The filter builder and the column picker list attributes too.
    refreshCustomerFields(),
  ]);
}
