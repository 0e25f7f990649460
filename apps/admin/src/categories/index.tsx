import Category from '@mui/icons-material/Category';
import type { AdminResource } from '../common/adminResource';
import { CategoryCreate } from './CategoryCreate';
import { CategoryEdit } from './CategoryEdit';
import { CategoryList } from './CategoryList';

export const categoriesResource: AdminResource = {
  name: 'categories',
  icon: Category,
  list: { component: CategoryList },
  create: { component: CategoryCreate, permission: 'categories.manage' },
  edit: { component: CategoryEdit, permission: 'categories.manage' },
  recordRepresentation: 'name',
};
