import AdminPanelSettings from '@mui/icons-material/AdminPanelSettings';
import type { AdminResource } from '../common/adminResource';
import { RoleCreate } from './RoleCreate';
import { RoleEdit } from './RoleEdit';
import { RoleList } from './RoleList';

/** Roles and their permissions: for who manages staff. */
export const rolesResource: AdminResource = {
  name: 'roles',
  icon: AdminPanelSettings,
  list: { component: RoleList, permission: 'staff.manage' },
  create: { component: RoleCreate, permission: 'staff.manage' },
  edit: { component: RoleEdit, permission: 'staff.manage' },
  recordRepresentation: 'key',
};
