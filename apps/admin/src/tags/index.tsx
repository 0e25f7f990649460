import LocalOffer from '@mui/icons-material/LocalOffer';
import type { AdminResource } from '../common/adminResource';
import { TagCreate } from './TagCreate';
import { TagEdit } from './TagEdit';
import { TagList } from './TagList';

export const tagsResource: AdminResource = {
  name: 'tags',
  icon: LocalOffer,
  list: { component: TagList },
  create: { component: TagCreate, permission: 'tags.manage' },
  edit: { component: TagEdit, permission: 'tags.manage' },
  recordRepresentation: 'name',
};
