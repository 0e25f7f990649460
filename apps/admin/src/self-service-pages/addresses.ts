const TOKEN_WORKSPACE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\./i;

/** The workspace an invitation's token names (it starts with the workspace's id and a dot). */
export const workspaceOfToken = (token: string): string | null => TOKEN_WORKSPACE.exec(token)?.[1] ?? null;

/**
 * The workspace's sign-in address for its customers, from an invitation's link: the same server,
 * `/self-service/?workspace=<id>`. Null for a link of another shape.
 */
export function signInAddress(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const workspace = workspaceOfToken(url.searchParams.get('token') ?? '');
  return workspace ? `${url.origin}/self-service/?workspace=${workspace}` : null;
}
