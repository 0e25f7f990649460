import type { PatronContext } from '@patron/sdk';

/**
 * Whether a request comes from someone the workspace knows: anonymous requests get no schema
 * details and a per-IP budget. Any authenticated principal the context carries counts (a staff
 * session today; an API key's principal is added here too).
 */
export function isSignedIn(context: PatronContext): boolean {
  return context.staff !== null;
}
