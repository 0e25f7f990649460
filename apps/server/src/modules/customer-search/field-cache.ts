/**
 * The field registry of a workspace, kept a few seconds: every list page needs it, and it changes only
 * when attributes or tags do. Changes made in this process clear it at once; another process's
 * changes are seen within TTL_MS.
 */
const TTL_MS = 5000;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

export function cachedFields<T>(workspaceId: string, load: () => Promise<T>): Promise<T> {
  const hit = entries.get(workspaceId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
  const value = load();
  entries.set(workspaceId, { at: Date.now(), value });
  value.catch(() => entries.delete(workspaceId));
  return value;
}

/** Called by every write to attribute definitions, groups or tags. */
export function fieldsChanged(workspaceId: string): void {
  entries.delete(workspaceId);
}
