import type { PermissionDefinition, StaffRole } from '@patron/sdk';

/** Which permissions each role holds, from every enabled module's declarations. Admins hold all. */
export class RolePermissions {
  private readonly byRole = new Map<string, Set<string>>();
  private readonly all = new Set<string>();

  constructor(definitions: PermissionDefinition[]) {
    for (const def of definitions) {
      this.all.add(def.name);
      for (const role of def.roles) {
        const set = this.byRole.get(role) ?? new Set<string>();
        set.add(def.name);
        this.byRole.set(role, set);
      }
    }
  }

  of(role: StaffRole | string): ReadonlySet<string> {
    return role === 'ADMIN' ? this.all : (this.byRole.get(role) ?? new Set());
  }
}
