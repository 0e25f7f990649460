import SpaceDashboard from '@mui/icons-material/SpaceDashboard';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/**
 * A page, not a list: the dashboard at /dashboard. First in the menu, so it is the home page of
 * those who hold reports.read (react-admin opens the first resource offered); others start where they did.
 */
export const dashboardResource: AdminResource = {
  name: 'dashboard',
  icon: SpaceDashboard,
  list: {
    component: lazyScreen(
      () => import('./DashboardPage'),
      (m) => m.DashboardPage,
    ),
    permission: 'reports.read',
  },
};
