import Forum from '@mui/icons-material/Forum';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** A page of the workspace's channel accounts (SMTP server, SMS gateway, bot), at /channels (admins). */
export const channelsResource: AdminResource = {
  name: 'channels',
  icon: Forum,
  list: {
    component: lazyScreen(
      () => import('./ChannelList'),
      (m) => m.ChannelList,
    ),
    permission: 'channels.manage',
  },
  options: { label: 'patron.channels.menu', group: 'messaging' },
};
