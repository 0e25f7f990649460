import Storefront from '@mui/icons-material/Storefront';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

export const branchesResource: AdminResource = {
  name: 'branches',
  icon: Storefront,
  list: {
    component: lazyScreen(
      () => import('./BranchList'),
      (m) => m.BranchList,
    ),
    permission: 'branches.read',
  },
  create: {
    component: lazyScreen(
      () => import('./BranchCreate'),
      (m) => m.BranchCreate,
    ),
    permission: 'branches.manage',
  },
  edit: {
    component: lazyScreen(
      () => import('./BranchEdit'),
      (m) => m.BranchEdit,
    ),
    permission: 'branches.manage',
  },
  recordRepresentation: 'code',
};
