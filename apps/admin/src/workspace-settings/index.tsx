import Settings from '@mui/icons-material/Settings';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** A page, not a list: the workspace's settings, at /workspaceSettings (admins). */
export const workspaceSettingsResource: AdminResource = {
  name: 'workspaceSettings',
  icon: Settings,
  list: {
    component: lazyScreen(
      () => import('./WorkspaceSettingsPage'),
      (m) => m.WorkspaceSettingsPage,
    ),
    permission: 'workspace.manage',
  },
};
