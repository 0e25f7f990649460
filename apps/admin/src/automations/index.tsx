import AutoMode from '@mui/icons-material/AutoMode';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

const form = lazyScreen(
  () => import('./AutomationForm'),
  (m) => m.AutomationForm,
);

/** Automations: analysts read them and their run logs, managers change them. In the Messaging group. */
export const automationsResource: AdminResource = {
  name: 'automations',
  icon: AutoMode,
  options: { group: 'messaging' },
  list: {
    component: lazyScreen(
      () => import('./AutomationList'),
      (m) => m.AutomationList,
    ),
    permission: 'automations.read',
  },
  show: {
    component: lazyScreen(
      () => import('./AutomationRuns'),
      (m) => m.AutomationRuns,
    ),
    permission: 'automations.read',
  },
  create: { component: form, permission: 'automations.manage' },
  edit: { component: form, permission: 'automations.manage' },
};
