import type { PermissionDefinition } from '@patron/sdk';

export const WORKSPACE_MANAGE = 'workspace.manage';

export const workspacePermissions: PermissionDefinition[] = [
  {
    name: WORKSPACE_MANAGE,
    description:
      'Change the workspace settings (default phone country, lifecycle rules, profile completeness)',
    roles: [],
  },
];
