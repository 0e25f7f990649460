import Campaign from '@mui/icons-material/Campaign';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** Mailings: seen and reported on with mailings.read, created, started and cancelled with mailings.manage. */
export const mailingsResource: AdminResource = {
  name: 'mailings',
  icon: Campaign,
  list: {
    component: lazyScreen(
      () => import('./MailingList'),
      (m) => m.MailingList,
    ),
    permission: 'mailings.read',
  },
  show: {
    component: lazyScreen(
      () => import('./MailingShow'),
      (m) => m.MailingShow,
    ),
    permission: 'mailings.read',
  },
  create: {
    component: lazyScreen(
      () => import('./MailingCreate'),
      (m) => m.MailingCreate,
    ),
    permission: 'mailings.manage',
  },
  edit: {
    component: lazyScreen(
      () => import('./MailingEdit'),
      (m) => m.MailingEdit,
    ),
    permission: 'mailings.manage',
  },
  recordRepresentation: 'name',
  options: { label: 'patron.mailings.menu', group: 'messaging' },
};
