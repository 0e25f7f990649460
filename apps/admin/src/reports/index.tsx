import SpaceDashboard from '@mui/icons-material/SpaceDashboard';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';
import { DASHBOARD_RESOURCE, REPORTS_READ } from './home';

/**
 * A page, not a list: the dashboard at /dashboard. First in the menu, so it is the home page of
 * those who hold reports.read (react-admin opens the first resource offered); others start where they did.
 */
export const dashboardResource: AdminResource = {
  name: DASHBOARD_RESOURCE,
  icon: SpaceDashboard,
  list: {
    component: lazyScreen(
      () => import('./DashboardPage'),
      (m) => m.DashboardPage,
    ),
    permission: REPORTS_READ,
  },
};
