import People from '@mui/icons-material/People';
import type { AdminResource } from '../common/adminResource';
import { CustomerCreate } from './CustomerCreate';
import { CustomerEdit } from './CustomerEdit';
import { CustomerList } from './CustomerList';
import { CustomerShow } from './CustomerShow';
import { CUSTOMERS_WRITE } from './permissions';

export const customersResource: AdminResource = {
  name: 'customers',
  icon: People,
  list: { component: CustomerList },
  show: { component: CustomerShow },
  create: { component: CustomerCreate, permission: CUSTOMERS_WRITE },
  edit: { component: CustomerEdit, permission: CUSTOMERS_WRITE },
  recordRepresentation: 'displayName',
};
