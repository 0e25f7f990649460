import { defineEntity, p } from '@mikro-orm/core';
import type { LocalizedText } from '@patron/sdk';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

/** A tab of the customer card and a section of the customer form. */
const AttributeGroupSchema = defineEntity({
  name: 'AttributeGroup',
  tableName: 'attribute_group',
  filters: workspaceFilter,
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: workspaceKey(),
    key: p.text(),
    label: p.json<LocalizedText>(),
    position: p.integer(),
  },
});

export class AttributeGroup extends AttributeGroupSchema.class {}
AttributeGroupSchema.setClass(AttributeGroup);

export { AttributeGroupSchema };
