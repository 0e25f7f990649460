import Tune from '@mui/icons-material/Tune';
import type { AdminResource } from '../common/adminResource';
import { AttributeDefinitionCreate } from './AttributeDefinitionCreate';
import { AttributeDefinitionEdit } from './AttributeDefinitionEdit';
import { AttributeDefinitionList } from './AttributeDefinitionList';

/** The attribute registry, for who may manage it. */
export const attributeDefinitionsResource: AdminResource = {
  name: 'attributeDefinitions',
  icon: Tune,
  list: { component: AttributeDefinitionList, permission: 'attributes.manage' },
  create: { component: AttributeDefinitionCreate, permission: 'attributes.manage' },
  edit: { component: AttributeDefinitionEdit, permission: 'attributes.manage' },
  recordRepresentation: 'key',
};
