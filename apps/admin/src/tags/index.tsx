import LocalOffer from '@mui/icons-material/LocalOffer';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

export const tagsResource: AdminResource = {
  name: 'tags',
  icon: LocalOffer,
  list: {
    component: lazyScreen(
      () => import('./TagList'),
      (m) => m.TagList,
    ),
  },
  create: {
    component: lazyScreen(
      () => import('./TagCreate'),
      (m) => m.TagCreate,
    ),
    permission: 'tags.manage',
  },
  edit: {
    component: lazyScreen(
      () => import('./TagEdit'),
      (m) => m.TagEdit,
    ),
    permission: 'tags.manage',
  },
  recordRepresentation: 'name',
};
