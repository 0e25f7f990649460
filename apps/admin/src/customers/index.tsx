import People from '@mui/icons-material/People';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';
import { CustomerList } from './CustomerList';
import { CUSTOMERS_WRITE } from './permissions';

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
    permission: CUSTOMERS_WRITE,
  },
  edit: {
    component: lazyScreen(
      () => import('./CustomerEdit'),
      (m) => m.CustomerEdit,
    ),
    permission: CUSTOMERS_WRITE,
  },
  recordRepresentation: 'displayName',
};
