import DonutSmall from '@mui/icons-material/DonutSmall';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** A page, not a list: the RFM segments' distribution and movement, at /rfm. */
export const rfmResource: AdminResource = {
  name: 'rfm',
  icon: DonutSmall,
  list: {
    component: lazyScreen(
      () => import('./RfmPage'),
      (m) => m.RfmPage,
    ),
    permission: 'loyalty.read',
  },
};
