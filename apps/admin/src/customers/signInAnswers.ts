import type { DocumentNode } from 'graphql';

// A screen's query that the sign-in prefetch answered moments ago: the screen's first mount reads the
// cache instead of asking again (a second answer would only re-render the list while it draws its rows).
const FRESH_MS = 10_000;
const answeredAt = new Map<DocumentNode, number>();

export function answeredAtSignIn(query: DocumentNode): void {
  answeredAt.set(query, Date.now());
}

/** 'cache-first' while the prefetch's answer is fresh, else the screen's usual 'cache-and-network'. */
export function policyAfterSignIn(query: DocumentNode): 'cache-first' | 'cache-and-network' {
  const at = answeredAt.get(query);
  return at !== undefined && Date.now() - at < FRESH_MS ? 'cache-first' : 'cache-and-network';
}
