/** The join page's address: `/self-service/#/join?w=<workspace id>` (a hash, so any host serving the pages works). */
export function joinHref(workspace: string): string {
  return `/self-service/#/join?w=${encodeURIComponent(workspace)}`;
}

/** The workspace of a join address's hash, or null when the hash is not the join page's. */
export function joinWorkspace(hash: string): string | null {
  const match = /^#\/join(?:\?(.*))?$/.exec(hash);
  if (!match) return null;
  return new URLSearchParams(match[1] ?? '').get('w')?.trim() ?? '';
}
