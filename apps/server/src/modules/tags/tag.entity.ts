import { defineEntity, p } from '@mikro-orm/core';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

/** A label with a colour; customers hold tag ids in their `tags` column (GIN-indexed). */
const TagSchema = defineEntity({
  name: 'Tag',
  tableName: 'tag',
  filters: workspaceFilter,
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: workspaceKey(),
    name: p.text(),
    color: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Tag extends TagSchema.class {}
TagSchema.setClass(Tag);

export { TagSchema };
