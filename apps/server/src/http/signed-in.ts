import type { PatronContext } from '@patron/sdk';

/**
 * Whether a request comes from someone the workspace knows (a staff session or an API key):
 * anonymous requests get no schema details and a per-IP budget.
 */
export function isSignedIn(context: PatronContext): boolean {
  return context.principal != null;
}
