import AdminPanelSettings from '@mui/icons-material/AdminPanelSettings';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** Roles and their permissions: for who manages staff. */
export const rolesResource: AdminResource = {
  name: 'roles',
  icon: AdminPanelSettings,
  list: {
    component: lazyScreen(
      () => import('./RoleList'),
      (m) => m.RoleList,
    ),
    permission: 'staff.manage',
  },
  create: {
    component: lazyScreen(
      () => import('./RoleCreate'),
      (m) => m.RoleCreate,
    ),
    permission: 'staff.manage',
  },
  edit: {
    component: lazyScreen(
      () => import('./RoleEdit'),
      (m) => m.RoleEdit,
    ),
    permission: 'staff.manage',
  },
  recordRepresentation: 'key',
};
