import PlaylistAdd from '@mui/icons-material/PlaylistAdd';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** A page, not a list: adjusting many balances at once (a file or a segment), at /balanceBatches, for who may adjust. */
export const balanceBatchesResource: AdminResource = {
  name: 'balanceBatches',
  icon: PlaylistAdd,
  list: {
    component: lazyScreen(
      () => import('./BalanceBatchWizard'),
      (m) => m.BalanceBatchWizard,
    ),
    permission: 'loyalty.adjust',
  },
  options: { label: 'patron.balanceBatches.menu' },
};
