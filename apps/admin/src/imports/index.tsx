import UploadFile from '@mui/icons-material/UploadFile';
import type { AdminResource } from '../common/adminResource';
import { ImportCreate } from './ImportCreate';
import { ImportList } from './ImportList';
import { ImportShow } from './ImportShow';
import { IMPORT_PERMISSION } from './importModel';

/** Imports of customers and purchase history: the list, the wizard for a new one, one import resumed. */
export const importsResource: AdminResource = {
  name: 'imports',
  icon: UploadFile,
  list: { component: ImportList, permission: IMPORT_PERMISSION },
  create: { component: ImportCreate, permission: IMPORT_PERMISSION },
  show: { component: ImportShow, permission: IMPORT_PERMISSION },
  options: { label: 'patron.imports.menu' },
};
