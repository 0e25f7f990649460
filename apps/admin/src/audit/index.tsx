import History from '@mui/icons-material/ManageHistory';
import type { AdminResource } from '../common/adminResource';
import { AuditList } from './AuditList';

/** The audit log: read by who manages staff. */
export const auditResource: AdminResource = {
  name: 'audit',
  icon: History,
  list: { component: AuditList, permission: 'staff.manage' },
};
