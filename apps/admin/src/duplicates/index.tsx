import ContentCopy from '@mui/icons-material/ContentCopy';
import type { AdminResource } from '../common/adminResource';
import { DuplicateList } from './DuplicateList';

/** Possible duplicates and merging them: for who holds customers.merge. */
export const duplicatesResource: AdminResource = {
  name: 'duplicates',
  icon: ContentCopy,
  list: { component: DuplicateList, permission: 'customers.merge' },
};
