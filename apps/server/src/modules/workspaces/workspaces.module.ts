import { defineModule } from '@patron/sdk';
import { Migration20261205000028_phone_country } from './Migration20261205000028_phone_country.js';
import { Migration20261205000043_time_zone_quiet_hours } from './Migration20261205000043_time_zone_quiet_hours.js';
import { Migration20261207210000_two_factor_required } from './Migration20261207210000_two_factor_required.js';
import { WorkspaceSchema } from './workspace.entity.js';
import { WorkspaceService } from './workspace.service.js';
import { workspacePermissions } from './workspace-permissions.js';
import { WorkspaceSettingsResolver } from './workspace-settings.resolver.js';
import { WorkspaceSettingsService } from './workspace-settings.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    workspaces: WorkspaceService;
    /** A workspace's own settings (phone country, time zone, quiet hours…), cached a few seconds. */
    workspaceSettings: WorkspaceSettingsService;
  }
}

/** Audit event types this module writes. */
export const WORKSPACE_AUDIT_TYPES = ['WORKSPACE_SETTINGS_CHANGED'] as const;

/** A business using Patron: created with its attribute groups, currencies, roles and first admin; its settings. */
export const workspacesModule = defineModule({
  name: 'workspaces',
  auditEventTypes: WORKSPACE_AUDIT_TYPES,
  needs: ['orm', 'sql', 'attributes', 'currencies', 'auth', 'roles', 'audit'],
  services: {
    workspaces: ({ orm, attributes, currencies, auth, roles }) =>
      new WorkspaceService(orm, attributes, currencies, auth, roles),
    workspaceSettings: ({ sql, audit }) => new WorkspaceSettingsService(sql, audit),
  },
  entities: [WorkspaceSchema],
  resolvers: [WorkspaceSettingsResolver],
  permissions: workspacePermissions,
  migrations: [
    { name: 'Migration20261205000028_phone_country', class: Migration20261205000028_phone_country },
    {
      name: 'Migration20261205000043_time_zone_quiet_hours',
      class: Migration20261205000043_time_zone_quiet_hours,
    },
    {
      name: 'Migration20261207210000_two_factor_required',
      class: Migration20261207210000_two_factor_required,
    },
  ],
});
