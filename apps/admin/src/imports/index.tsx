import UploadFile from '@mui/icons-material/UploadFile';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';
import { IMPORT_PERMISSION } from './importModel';

/** Imports of customers and purchase history: the list, the wizard for a new one, one import resumed. */
export const importsResource: AdminResource = {
  name: 'imports',
  icon: UploadFile,
  list: {
    component: lazyScreen(
      () => import('./ImportList'),
      (m) => m.ImportList,
    ),
    permission: IMPORT_PERMISSION,
  },
  create: {
    component: lazyScreen(
      () => import('./ImportCreate'),
      (m) => m.ImportCreate,
    ),
    permission: IMPORT_PERMISSION,
  },
  show: {
    component: lazyScreen(
      () => import('./ImportShow'),
      (m) => m.ImportShow,
    ),
    permission: IMPORT_PERMISSION,
  },
  options: { label: 'patron.imports.menu' },
};
