import Badge from '@mui/icons-material/Badge';
import type { AdminResource } from '../common/adminResource';
import { StaffCreate } from './StaffCreate';
import { StaffList } from './StaffList';

/** The workspace's staff accounts: for who manages staff. */
export const staffResource: AdminResource = {
  name: 'staff',
  icon: Badge,
  list: { component: StaffList, permission: 'staff.manage' },
  create: { component: StaffCreate, permission: 'staff.manage' },
  recordRepresentation: 'name',
};
