import { useQuery } from '@apollo/client/react';
import type { AttributeRegistryQuery as RegistryResult } from '../gql/graphql';
import { apollo } from './apollo';
import { AttributeRegistryQuery } from './documents';

export type AttributeDefinition = RegistryResult['attributeDefinitions'][number];
export type AttributeGroup = RegistryResult['attributeGroups'][number];
export type Localized = { en?: string | null; ru?: string | null; fa?: string | null } | null | undefined;

/** The attribute registry drives columns, forms and the card: one fetch, refreshed after admin changes. */
export function useAttributeRegistry() {
  const { data, loading } = useQuery(AttributeRegistryQuery, { fetchPolicy: 'cache-first' });
  return {
    loading,
    definitions: data?.attributeDefinitions ?? [],
    groups: [...(data?.attributeGroups ?? [])].sort((a, b) => a.position - b.position),
  };
}

export async function loadRegistry() {
  const { data } = await apollo.query({ query: AttributeRegistryQuery, fetchPolicy: 'cache-first' });
  return data?.attributeDefinitions ?? [];
}

export async function refreshRegistry(): Promise<void> {
  await apollo.refetchQueries({ include: [AttributeRegistryQuery] });
  await apollo.query({ query: AttributeRegistryQuery, fetchPolicy: 'network-only' });
}

/** A label in the UI language, else English, else the key. */
export function localized(text: Localized, locale: string, fallback: string): string {
  const t = text as Record<string, string | null | undefined> | null | undefined;
  return t?.[locale] || t?.en || t?.ru || t?.fa || fallback;
}
