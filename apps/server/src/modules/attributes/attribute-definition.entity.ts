import { defineEntity, p } from '@mikro-orm/core';
import type { AttributeTypeName, LocalizedText } from '@patron/sdk';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

export interface AttributeChoice {
  value: string;
  label: LocalizedText;
}

const AttributeDefinitionSchema = defineEntity({
  name: 'AttributeDefinition',
  tableName: 'attribute_definition',
  filters: workspaceFilter,
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: workspaceKey(),
    key: p.text(),
    label: p.json<LocalizedText>(),
    type: p.text().$type<AttributeTypeName>(),
    system: p.boolean().default(false),
    required: p.boolean().default(false),
    unique: p.boolean().fieldName('is_unique').default(false),
    defaultValue: p.json<unknown>().nullable(),
    helpText: p.json<LocalizedText>().nullable(),
    groupKey: p.text(),
    position: p.integer(),
    shownInList: p.boolean().default(false),
    filterable: p.boolean().default(true),
    retiredAt: p.datetime().nullable(),
    choices: p.json<AttributeChoice[]>(),
    /** A module's format on top of the type (attribute-formats.ts); kept when its module is disabled. */
    format: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class AttributeDefinition extends AttributeDefinitionSchema.class {}
AttributeDefinitionSchema.setClass(AttributeDefinition);

export { AttributeDefinitionSchema };
