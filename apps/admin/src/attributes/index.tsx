import Tune from '@mui/icons-material/Tune';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** The attribute registry, for who may manage it. */
export const attributeDefinitionsResource: AdminResource = {
  name: 'attributeDefinitions',
  icon: Tune,
  list: {
    component: lazyScreen(
      () => import('./AttributeDefinitionList'),
      (m) => m.AttributeDefinitionList,
    ),
    permission: 'attributes.manage',
  },
  create: {
    component: lazyScreen(
      () => import('./AttributeDefinitionCreate'),
      (m) => m.AttributeDefinitionCreate,
    ),
    permission: 'attributes.manage',
  },
  edit: {
    component: lazyScreen(
      () => import('./AttributeDefinitionEdit'),
      (m) => m.AttributeDefinitionEdit,
    ),
    permission: 'attributes.manage',
  },
  recordRepresentation: 'key',
};
