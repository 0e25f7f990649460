import Inventory2 from '@mui/icons-material/Inventory2';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

export const productsResource: AdminResource = {
  name: 'products',
  icon: Inventory2,
  list: {
    component: lazyScreen(
      () => import('./ProductList'),
      (m) => m.ProductList,
    ),
    permission: 'products.read',
  },
  create: {
    component: lazyScreen(
      () => import('./ProductCreate'),
      (m) => m.ProductCreate,
    ),
    permission: 'products.manage',
  },
  edit: {
    component: lazyScreen(
      () => import('./ProductEdit'),
      (m) => m.ProductEdit,
    ),
    permission: 'products.manage',
  },
  recordRepresentation: 'sku',
};
