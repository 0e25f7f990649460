/**
 * Pages that live in the address's hash, `/self-service/#/<page>?w=<workspace id>` (a hash, so any
 * host serving the pages works and the sign-in page's links open them in place): joining the club
 * and asking for a new password.
 */
export type HashPage = 'join' | 'forgot';

export function hashPageHref(page: HashPage, workspace: string): string {
  return `/self-service/#/${page}?w=${encodeURIComponent(workspace)}`;
}

/** The workspace of the page's hash (empty when it names none), or null when the hash is not that page's. */
export function hashPageWorkspace(page: HashPage, hash: string): string | null {
  const match = new RegExp(`^#/${page}(?:\\?(.*))?$`).exec(hash);
  if (!match) return null;
  return new URLSearchParams(match[1] ?? '').get('w')?.trim() ?? '';
}
