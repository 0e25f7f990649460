import Groups from '@mui/icons-material/Groups';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** Seen by who may see balances; changed by who configures the programme. */
export const groupsResource: AdminResource = {
  name: 'groups',
  icon: Groups,
  list: {
    component: lazyScreen(
      () => import('./GroupList'),
      (m) => m.GroupList,
    ),
    permission: 'loyalty.read',
  },
  create: {
    component: lazyScreen(
      () => import('./GroupCreate'),
      (m) => m.GroupCreate,
    ),
    permission: 'loyalty.configure',
  },
  edit: {
    component: lazyScreen(
      () => import('./GroupEdit'),
      (m) => m.GroupEdit,
    ),
    permission: 'loyalty.configure',
  },
  recordRepresentation: 'name',
};
