import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useEffect, useSyncExternalStore } from 'react';
import { apollo } from '../apollo';

export interface Entry<TData> {
  data?: TData;
  pending?: Promise<TData>;
  failed?: boolean;
}

export interface SharedQuery<TData, TVariables> {
  /** The answer for these variables: the one held, or asked once (`fresh` asks again). */
  load(variables: TVariables, fresh?: boolean): Promise<TData>;
  /** What is held for these variables (nothing yet: undefined). */
  held(variables: TVariables): Entry<TData> | undefined;
  subscribe(listener: () => void): () => void;
}

/**
 * A large answer every screen reads whole (the attribute registry, the customer fields), kept as the
 * server sent it instead of normalised into Apollo's cache: normalising those two answers and reading
 * them back cost the first screen about a sixth of its main-thread time after sign-in. Forgotten
 * with Apollo's cache (sign-in, sign-out), so one staff member never sees another workspace's.
 */
export function sharedQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
): SharedQuery<TData, TVariables> {
  const entries = new Map<string, Entry<TData>>();
  const listeners = new Set<() => void>();
  let generation = 0;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  apollo.onClearStore(async () => {
    entries.clear();
    generation++;
    notify();
  });

  function load(variables: TVariables, fresh = false): Promise<TData> {
    const key = JSON.stringify(variables);
    const held = entries.get(key);
    if (!fresh && held?.pending) return held.pending;
    if (!fresh && held?.data !== undefined) return Promise.resolve(held.data);
    const askedIn = generation;
    const pending: Promise<TData> = apollo
      .query({ query, variables, fetchPolicy: 'no-cache' } as Parameters<typeof apollo.query>[0])
      .then(({ data }) => {
        if (!data) throw new Error('ra.notification.http_error');
        if (askedIn === generation) {
          entries.set(key, { data: data as TData });
          notify();
        }
        return data as TData;
      })
      .catch((error: unknown) => {
        if (askedIn === generation && entries.get(key)?.pending === pending) {
          entries.set(key, { data: entries.get(key)?.data, failed: true });
          notify();
        }
        throw error;
      });
    entries.set(key, { data: held?.data, pending });
    // Readers see the question on its way, so a later forgetting of it (clearStore) reaches them.
    notify();
    return pending;
  }

  return { load, held: (variables) => entries.get(JSON.stringify(variables)), subscribe };
}

/** The answer held for these variables, asked on mount when none is; `loading` until it comes or fails. */
export function useSharedQuery<TData, TVariables>(
  shared: SharedQuery<TData, TVariables>,
  variables: TVariables,
): { data: TData | undefined; loading: boolean } {
  const key = JSON.stringify(variables);
  const entry = useSyncExternalStore(shared.subscribe, () => shared.held(variables));
  // On mount: asked when nothing is held or on its way, a failed answer too (this reader tries again).
  useEffect(() => {
    const asked = JSON.parse(key) as TVariables;
    const held = shared.held(asked);
    if (held?.data === undefined && !held?.pending) shared.load(asked).catch(() => undefined);
  }, [shared, key]);
  // Forgotten while shown (a sign-in clears Apollo's store, and refuses an answer then on its way):
  // asked again, or the reader would wait for an answer nobody asked for.
  const forgotten = entry === undefined;
  useEffect(() => {
    if (!forgotten) return;
    const asked = JSON.parse(key) as TVariables;
    if (shared.held(asked) === undefined) shared.load(asked).catch(() => undefined);
  }, [shared, key, forgotten]);
  return { data: entry?.data, loading: entry?.data === undefined && !entry?.failed };
}
