import Drafts from '@mui/icons-material/Drafts';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

const MANAGE = 'templates.manage';

export const templatesResource: AdminResource = {
  name: 'messageTemplates',
  icon: Drafts,
  options: { group: 'messaging' },
  list: {
    component: lazyScreen(
      () => import('./TemplateList'),
      (m) => m.TemplateList,
    ),
    permission: MANAGE,
  },
  create: {
    component: lazyScreen(
      () => import('./TemplateCreate'),
      (m) => m.TemplateCreate,
    ),
    permission: MANAGE,
  },
  edit: {
    component: lazyScreen(
      () => import('./TemplateEdit'),
      (m) => m.TemplateEdit,
    ),
    permission: MANAGE,
  },
  recordRepresentation: 'name',
};
