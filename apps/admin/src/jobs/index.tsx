import Work from '@mui/icons-material/WorkHistory';
import type { AdminResource } from '../common/adminResource';
import { JobRunList } from './JobRunList';

/** Background jobs: their recent runs, for admins (no shipped role holds jobs.read). */
export const jobsResource: AdminResource = {
  name: 'jobs',
  icon: Work,
  list: { component: JobRunList, permission: 'jobs.read' },
};
