import Savings from '@mui/icons-material/Savings';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

export const currenciesResource: AdminResource = {
  name: 'currencies',
  icon: Savings,
  list: {
    component: lazyScreen(
      () => import('./CurrencyList'),
      (m) => m.CurrencyList,
    ),
    permission: 'loyalty.configure',
  },
  create: {
    component: lazyScreen(
      () => import('./CurrencyCreate'),
      (m) => m.CurrencyCreate,
    ),
    permission: 'loyalty.configure',
  },
  edit: {
    component: lazyScreen(
      () => import('./CurrencyEdit'),
      (m) => m.CurrencyEdit,
    ),
    permission: 'loyalty.configure',
  },
  recordRepresentation: 'key',
};
