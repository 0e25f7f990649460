import Settings from '@mui/icons-material/Settings';
import type { AdminResource } from '../common/adminResource';
import { WorkspaceSettingsPage } from './WorkspaceSettingsPage';

/** A page, not a list: the workspace's settings, at /workspaceSettings (admins). */
export const workspaceSettingsResource: AdminResource = {
  name: 'workspaceSettings',
  icon: Settings,
  list: { component: WorkspaceSettingsPage, permission: 'workspace.manage' },
};
