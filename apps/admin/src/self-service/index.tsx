import QuestionAnswer from '@mui/icons-material/QuestionAnswer';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

export const customerRequestsResource: AdminResource = {
  name: 'customerRequests',
  icon: QuestionAnswer,
  list: {
    component: lazyScreen(
      () => import('./CustomerRequestList'),
      (m) => m.CustomerRequestList,
    ),
    permission: 'customerRequests.handle',
  },
  recordRepresentation: 'subject',
};
