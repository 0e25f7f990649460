import VpnKey from '@mui/icons-material/VpnKey';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** A page of keys for partner apps (tills, web shops), at /apiKeys, for who may manage them. */
export const apiKeysResource: AdminResource = {
  name: 'apiKeys',
  icon: VpnKey,
  list: {
    component: lazyScreen(
      () => import('./ApiKeyList'),
      (m) => m.ApiKeyList,
    ),
    permission: 'apiKeys.manage',
  },
  options: { label: 'patron.apiKeys.menu' },
};
