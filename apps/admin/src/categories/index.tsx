import Category from '@mui/icons-material/Category';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

export const categoriesResource: AdminResource = {
  name: 'categories',
  icon: Category,
  list: {
    component: lazyScreen(
      () => import('./CategoryList'),
      (m) => m.CategoryList,
    ),
  },
  create: {
    component: lazyScreen(
      () => import('./CategoryCreate'),
      (m) => m.CategoryCreate,
    ),
    permission: 'categories.manage',
  },
  edit: {
    component: lazyScreen(
      () => import('./CategoryEdit'),
      (m) => m.CategoryEdit,
    ),
    permission: 'categories.manage',
  },
  recordRepresentation: 'name',
};
