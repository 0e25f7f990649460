import Work from '@mui/icons-material/WorkHistory';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** Background jobs: their recent runs, for admins (no shipped role holds jobs.read). */
export const jobsResource: AdminResource = {
  name: 'jobs',
  icon: Work,
  list: {
    component: lazyScreen(
      () => import('./JobRunList'),
      (m) => m.JobRunList,
    ),
    permission: 'jobs.read',
  },
};
