import Savings from '@mui/icons-material/Savings';
import type { AdminResource } from '../common/adminResource';
import { CurrencyCreate } from './CurrencyCreate';
import { CurrencyEdit } from './CurrencyEdit';
import { CurrencyList } from './CurrencyList';

export const currenciesResource: AdminResource = {
  name: 'currencies',
  icon: Savings,
  list: { component: CurrencyList, permission: 'loyalty.configure' },
  create: { component: CurrencyCreate, permission: 'loyalty.configure' },
  edit: { component: CurrencyEdit, permission: 'loyalty.configure' },
  recordRepresentation: 'key',
};
