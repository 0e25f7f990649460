import ContentCopy from '@mui/icons-material/ContentCopy';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** Possible duplicates and merging them: for who holds customers.merge. */
export const duplicatesResource: AdminResource = {
  name: 'duplicates',
  icon: ContentCopy,
  list: {
    component: lazyScreen(
      () => import('./DuplicateList'),
      (m) => m.DuplicateList,
    ),
    permission: 'customers.merge',
  },
};
