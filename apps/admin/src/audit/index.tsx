import History from '@mui/icons-material/ManageHistory';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** The audit log: read by who manages staff. */
export const auditResource: AdminResource = {
  name: 'audit',
  icon: History,
  list: {
    component: lazyScreen(
      () => import('./AuditList'),
      (m) => m.AuditList,
    ),
    permission: 'staff.manage',
  },
};
