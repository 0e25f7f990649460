import Diversity3 from '@mui/icons-material/Diversity3';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** The screen of relation types; the card's Relations tab is in CustomerShow. */
export const relationTypesResource: AdminResource = {
  name: 'relationTypes',
  icon: Diversity3,
  list: {
    component: lazyScreen(
      () => import('./RelationTypeList'),
      (m) => m.RelationTypeList,
    ),
  },
  create: {
    component: lazyScreen(
      () => import('./RelationTypeForm'),
      (m) => m.RelationTypeCreate,
    ),
    permission: 'relations.manageTypes',
  },
  edit: {
    component: lazyScreen(
      () => import('./RelationTypeForm'),
      (m) => m.RelationTypeEdit,
    ),
    permission: 'relations.manageTypes',
  },
};
