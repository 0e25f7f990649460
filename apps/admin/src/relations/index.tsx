import Diversity3 from '@mui/icons-material/Diversity3';
import type { AdminResource } from '../common/adminResource';
import { RelationTypeCreate, RelationTypeEdit } from './RelationTypeForm';
import { RelationTypeList } from './RelationTypeList';

/** The card's Relations tab lives in CustomerShow; this is the screen of relation types. */
export const relationTypesResource: AdminResource = {
  name: 'relationTypes',
  icon: Diversity3,
  list: { component: RelationTypeList },
  create: { component: RelationTypeCreate, permission: 'relations.manageTypes' },
  edit: { component: RelationTypeEdit, permission: 'relations.manageTypes' },
};
