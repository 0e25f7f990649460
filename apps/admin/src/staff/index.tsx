import Badge from '@mui/icons-material/Badge';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** The workspace's staff accounts: for who manages staff. */
export const staffResource: AdminResource = {
  name: 'staff',
  icon: Badge,
  list: {
    component: lazyScreen(
      () => import('./StaffList'),
      (m) => m.StaffList,
    ),
    permission: 'staff.manage',
  },
  create: {
    component: lazyScreen(
      () => import('./StaffCreate'),
      (m) => m.StaffCreate,
    ),
    permission: 'staff.manage',
  },
  recordRepresentation: 'name',
};
