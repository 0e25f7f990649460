import { defineModule } from '@patron/sdk';
import { Migration20261205000002_roles } from './Migration20261205000002_roles.js';
import { RoleService } from './role.service.js';
import { RolePermissions } from './role-permissions.js';
import { RolesResolver } from './roles.resolver.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Which permissions each role of a workspace holds (from the `role` table, cached per workspace). */
    rolePermissions: RolePermissions;
    /** The workspace's editable roles. */
    roles: RoleService;
  }
}

/** Audit event types this module writes. */
export const ROLE_AUDIT_TYPES = ['ROLE_CREATED', 'ROLE_UPDATED', 'ROLE_DELETED'] as const;

/** Editable roles per workspace, built from the permissions every enabled module declares. */
export const rolesModule = defineModule({
  name: 'roles',
  auditEventTypes: ROLE_AUDIT_TYPES,
  needs: ['orm', 'modules', 'audit'],
  services: {
    rolePermissions: ({ orm, modules }) =>
      new RolePermissions(
        modules.flatMap((m) => (m.permissions ?? []).map((p) => ({ ...p, module: m.name }))),
        (workspaceId) =>
          orm.em
            .getConnection()
            .execute('select key, name, permissions from role where workspace_id = ?', [workspaceId]),
      ),
    roles: ({ orm, rolePermissions, audit }) => new RoleService(orm, rolePermissions, audit),
  },
  resolvers: [RolesResolver],
  migrations: [{ name: 'Migration20261205000002_roles', class: Migration20261205000002_roles }],
  async onStart({ roles }) {
    await roles.offerDefaults();
  },
});
