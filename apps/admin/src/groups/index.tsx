import Groups from '@mui/icons-material/Groups';
import type { AdminResource } from '../common/adminResource';
import { GroupCreate } from './GroupCreate';
import { GroupEdit } from './GroupEdit';
import { GroupList } from './GroupList';

/** Seen by who may see balances; changed by who configures the programme. */
export const groupsResource: AdminResource = {
  name: 'groups',
  icon: Groups,
  list: { component: GroupList, permission: 'loyalty.read' },
  create: { component: GroupCreate, permission: 'loyalty.configure' },
  edit: { component: GroupEdit, permission: 'loyalty.configure' },
  recordRepresentation: 'name',
};
