export interface PermissionChoice {
  name: string;
  description: string;
}

export interface PermissionGroup {
  /** The part of the permission names before the dot: customers, loyalty, purchases… */
  name: string;
  permissions: PermissionChoice[];
}

/** Permissions grouped by what they are about (`customers.read` → customers), in the server's order. */
export function permissionGroups(permissions: readonly PermissionChoice[]): PermissionGroup[] {
  const groups = new Map<string, PermissionChoice[]>();
  for (const permission of permissions) {
    const group = permission.name.split('.')[0] ?? permission.name;
    groups.set(group, [...(groups.get(group) ?? []), permission]);
  }
  return [...groups].map(([name, list]) => ({ name, permissions: list }));
}
