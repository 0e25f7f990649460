import MilitaryTech from '@mui/icons-material/MilitaryTech';
import type { AdminResource } from '../common/adminResource';
import { TierCreate } from './TierCreate';
import { TierEdit } from './TierEdit';
import { TierList } from './TierList';

export const tiersResource: AdminResource = {
  name: 'tiers',
  icon: MilitaryTech,
  list: { component: TierList, permission: 'loyalty.configure' },
  create: { component: TierCreate, permission: 'loyalty.configure' },
  edit: { component: TierEdit, permission: 'loyalty.configure' },
  recordRepresentation: 'key',
};
