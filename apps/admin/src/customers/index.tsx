import People from '@mui/icons-material/People';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';
import { CustomerList } from './CustomerList';

export const customersResource: AdminResource = {
  name: 'customers',
  icon: People,
  list: { component: CustomerList },
  show: {
    component: lazyScreen(
      () => import('./CustomerShow'),
      (m) => m.CustomerShow,
    ),
  },
  create: {
    component: lazyScreen(
      () => import('./CustomerCreate'),
      (m) => m.CustomerCreate,
    ),
    permission: 'customers.write',
  },
  edit: {
    component: lazyScreen(
      () => import('./CustomerEdit'),
      (m) => m.CustomerEdit,
    ),
    permission: 'customers.write',
  },
  recordRepresentation: 'displayName',
};
