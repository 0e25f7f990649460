import type { LocalizedText, PermissionDefinition } from '@patron/sdk';
import { ADMIN_ROLE } from './shipped-roles.js';

export interface WorkspaceRole {
  key: string;
  name: LocalizedText;
  permissions: ReadonlySet<string>;
}

/** A permission as a module declares it, with the module's name. */
export type DeclaredPermission = PermissionDefinition & { module: string };

interface RoleRow {
  key: string;
  name: LocalizedText;
  permissions: string[];
}

/**
 * Kept per workspace this long, so every request's context costs no query. A change in this process
 * drops the workspace's entry at once; a change made by another process is seen within this time.
 */
const CACHE_MS = 10_000;
const MAX_WORKSPACES = 10_000;

/**
 * Which permissions each role of a workspace holds, from the `role` table, cached per workspace.
 * The permissions are those enabled modules declare; ADMIN holds them all whatever its row says.
 */
export class RolePermissions {
  /** Every declared permission, with its description and the shipped roles that hold it by default. */
  readonly definitions: readonly DeclaredPermission[];
  readonly all: ReadonlySet<string>;
  private readonly cache = new Map<string, { at: number; roles: Promise<Map<string, WorkspaceRole>> }>();

  constructor(
    definitions: DeclaredPermission[],
    private readonly load: (workspaceId: string) => Promise<RoleRow[]>,
  ) {
    this.definitions = definitions;
    this.all = new Set(definitions.map((d) => d.name));
  }

  /** The declared permissions the shipped role `key` holds until an admin edits it. */
  defaultsFor(key: string): string[] {
    return this.definitions.filter((d) => (d.roles as string[]).includes(key)).map((d) => d.name);
  }

  async of(workspaceId: string, roleKey: string): Promise<ReadonlySet<string>> {
    if (roleKey === ADMIN_ROLE) return this.all;
    return (await this.roles(workspaceId)).get(roleKey)?.permissions ?? new Set();
  }

  roles(workspaceId: string): Promise<Map<string, WorkspaceRole>> {
    const now = Date.now();
    const hit = this.cache.get(workspaceId);
    if (hit && now - hit.at < CACHE_MS) return hit.roles;
    if (this.cache.size >= MAX_WORKSPACES) {
      for (const [key, entry] of this.cache) if (now - entry.at >= CACHE_MS) this.cache.delete(key);
    }
    const roles = this.load(workspaceId).then(
      (rows) =>
        new Map(
          rows.map((r) => [
            r.key,
            {
              key: r.key,
              name: r.name,
              // A permission of a module no longer enabled is kept in the row but not held.
              permissions:
                r.key === ADMIN_ROLE ? this.all : new Set(r.permissions.filter((p) => this.all.has(p))),
            },
          ]),
        ),
    );
    const entry = { at: now, roles };
    this.cache.set(workspaceId, entry);
    roles.catch(() => {
      if (this.cache.get(workspaceId) === entry) this.cache.delete(workspaceId);
    });
    return roles;
  }

  /** After a change to the workspace's roles: the next request reads them again. */
  forget(workspaceId: string): void {
    this.cache.delete(workspaceId);
  }
}
