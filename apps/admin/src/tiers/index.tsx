import MilitaryTech from '@mui/icons-material/MilitaryTech';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

export const tiersResource: AdminResource = {
  name: 'tiers',
  icon: MilitaryTech,
  list: {
    component: lazyScreen(
      () => import('./TierList'),
      (m) => m.TierList,
    ),
    permission: 'loyalty.configure',
  },
  create: {
    component: lazyScreen(
      () => import('./TierCreate'),
      (m) => m.TierCreate,
    ),
    permission: 'loyalty.configure',
  },
  edit: {
    component: lazyScreen(
      () => import('./TierEdit'),
      (m) => m.TierEdit,
    ),
    permission: 'loyalty.configure',
  },
  recordRepresentation: 'key',
};
