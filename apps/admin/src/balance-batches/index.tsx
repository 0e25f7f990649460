import PlaylistAdd from '@mui/icons-material/PlaylistAdd';
import type { AdminResource } from '../common/adminResource';
import { BalanceBatchWizard } from './BalanceBatchWizard';

/** A page, not a list: adjusting many balances at once (a file or a segment), at /balanceBatches, for who may adjust. */
export const balanceBatchesResource: AdminResource = {
  name: 'balanceBatches',
  icon: PlaylistAdd,
  list: { component: BalanceBatchWizard, permission: 'loyalty.adjust' },
  options: { label: 'patron.balanceBatches.menu' },
};
