import Webhook from '@mui/icons-material/Webhook';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** Webhooks for partner apps, at /webhooks, for admins (webhooks.manage). */
export const webhooksResource: AdminResource = {
  name: 'webhooks',
  icon: Webhook,
  list: {
    component: lazyScreen(
      () => import('./WebhookList'),
      (m) => m.WebhookList,
    ),
    permission: 'webhooks.manage',
  },
  options: { label: 'patron.webhooks.menu' },
};
