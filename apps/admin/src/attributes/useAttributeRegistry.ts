import { sharedQuery, useSharedQuery } from '../common/sharedQuery';
import { refreshCustomerFields } from '../customer-search/fields/useCustomerFields';
import type { AttributeRegistryQuery as Registry } from '../gql/graphql';
import { AttributeRegistryQuery } from './documents';

export type AttributeDefinition = Registry['attributeDefinitions'][number];
export type AttributeGroup = Registry['attributeGroups'][number];

/** The registry as the server sent it, with and without retired attributes. */
export const attributeRegistry = sharedQuery(AttributeRegistryQuery);

/**
 * The attribute registry drives the list's columns, the forms and the card. Fetched once and
 * shared by every screen; attribute mutations refresh it (see refreshAttributeRegistry).
 */
export function useAttributeRegistry(options: { includeRetired?: boolean } = {}) {
  const { data, loading } = useSharedQuery(attributeRegistry, {
    includeRetired: Boolean(options.includeRetired),
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
  const data = await attributeRegistry.load({ includeRetired: false });
  return data.attributeDefinitions.map((d) => d.key);
}

/** After any attribute change: every screen built from the registry redraws with the new one. */
export async function refreshAttributeRegistry(): Promise<void> {
  await Promise.all([
    attributeRegistry.load({ includeRetired: false }, true),
    attributeRegistry.load({ includeRetired: true }, true),
    // The filter builder and the column picker list attributes too.
    refreshCustomerFields(),
  ]);
}
